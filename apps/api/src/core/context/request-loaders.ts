import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';

/**
 * Per-request DataLoaders kept in the request's continuation-local storage: batching within a request,
 * no caching across requests or callers, and no request-scoped providers bubbling through Nest.
 */
@Injectable()
export class RequestLoaders {
  constructor(private readonly cls: ClsService) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>): DataLoader<K, V> {
    const slot = `loader:${name}`;
    if (!this.cls.isActive()) return new DataLoader(batch);
    let loader = this.cls.get(slot) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader(batch);
      this.cls.set(slot, loader);
    }
    return loader;
  }
}
