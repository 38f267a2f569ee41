import { Module } from '@nestjs/common';

/** Scheduled customer work: follow-up plans and calls, important-date messages, win-back. */
@Module({})
export class AutomationModule {}
