import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/**
 * The time scheduled jobs see. In production it is the system clock; a test process started with FAKE_CLOCK_AT
 * (NODE_ENV=test only) gets a clock it moves with set()/advance(), to cross midnights, Nowruz and leap days.
 */
@Injectable()
export class Clock {
  private fixed: number | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const at = config.NODE_ENV === 'test' ? config.FAKE_CLOCK_AT : undefined;
    this.fixed = at ? Date.parse(at) : null;
    if (this.fixed !== null && Number.isNaN(this.fixed)) throw new Error(`FAKE_CLOCK_AT is not a date: ${at}`);
  }

  now(): Date {
    return new Date(this.fixed ?? Date.now());
  }

  get isFake(): boolean {
    return this.fixed !== null;
  }

  set(at: Date | string): void {
    if (this.fixed === null) throw new Error('The clock is real: start the process with FAKE_CLOCK_AT to move it');
    this.fixed = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.set(new Date(this.now().getTime() + ms));
  }
}
