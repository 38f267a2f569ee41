import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../core/context/request-loaders';
import { StaffMember } from './models/staff.model';
import { StaffService } from './staff.service';

/** Batches staff-member lookups of one request into one query. */
@Injectable()
export class StaffLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly staff: StaffService,
  ) {}

  load(id: string): Promise<StaffMember | null> {
    return this.loaders
      .get<string, StaffMember | null>('staffById', async (ids) => {
        const rows = await this.staff.findByIds(ids);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => byId.get(i) ?? null);
      })
      .load(id);
  }
}
