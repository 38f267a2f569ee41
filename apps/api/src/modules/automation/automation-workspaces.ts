import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../core/database/tenant-db.service';

export interface WorkspaceInfo {
  id: string;
  timezone: string;
  locale: 'fa' | 'en';
}

/** The workspaces a scheduled job works through (as the system: jobs span workspaces), with their zone and language. */
@Injectable()
export class AutomationWorkspaces {
  constructor(private readonly db: TenantDb) {}

  list(only?: string): Promise<WorkspaceInfo[]> {
    return this.db.system((em) =>
      em.query(`SELECT id, timezone, default_locale AS locale FROM workspaces WHERE ($1::uuid IS NULL OR id = $1) ORDER BY id`, [only ?? null]),
    );
  }
}
