import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { DomainEvents } from '../../core/events/domain-events';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { ConflictError, NotFoundError } from '../../core/errors/domain-errors';
import { WorkspaceEntity } from './workspace.entity';
import { UpdateWorkspaceInput } from './dto/update-workspace.input';
import { WorkspaceEvents } from './workspaces.events';

const DEFAULT_PRIMARY_COLOR = '#0f766e';

/** The workspace's settings as read by hot paths (time zone for Jalali dates, currency, name); a frozen snapshot. */
export type WorkspaceSettings = Readonly<Pick<WorkspaceEntity, 'id' | 'name' | 'slug' | 'timezone' | 'defaultLocale' | 'displayCurrency'>>;

/** How long a process keeps a workspace's settings: a change made through another replica shows within this. */
export const SETTINGS_TTL_MS = 5_000;

@Injectable()
export class WorkspacesService {
  private readonly cached = new Map<string, { at: number; settings: Promise<WorkspaceSettings> }>();

  constructor(
    private readonly db: TenantDb,
    private readonly events: DomainEvents,
    private readonly context: RequestContext,
  ) {}

  /**
   * The caller's workspace settings, kept in process for SETTINGS_TTL_MS (read on every order and document; a change
   * through update() in this process applies at once, one through another replica within the TTL).
   */
  settings(workspaceId = this.db.currentWorkspaceId() ?? this.context.workspaceId()): Promise<WorkspaceSettings> {
    if (!workspaceId) return this.current().then(snapshot);
    const hit = this.cached.get(workspaceId);
    if (hit && Date.now() - hit.at < SETTINGS_TTL_MS) return hit.settings;
    const settings = this.db.tx(async (em) => {
      const ws = await em.findOne(WorkspaceEntity, { where: { id: workspaceId } });
      if (!ws) throw new NotFoundError('Workspace');
      return snapshot(ws);
    }, workspaceId);
    this.cached.set(workspaceId, { at: Date.now(), settings });
    settings.catch(() => this.cached.get(workspaceId)?.settings === settings && this.cached.delete(workspaceId));
    if (this.cached.size > 10_000) this.cached.delete(this.cached.keys().next().value!);
    return settings;
  }

  /** The caller's workspace. */
  current(): Promise<WorkspaceEntity> {
    return this.db.tx(async (em) => {
      const ws = await em.findOne(WorkspaceEntity, { where: {} });
      if (!ws) throw new NotFoundError('Workspace');
      return ws;
    });
  }

  findBySlug(slug: string): Promise<WorkspaceEntity | null> {
    return this.db.system((em) => em.findOne(WorkspaceEntity, { where: { slug } }));
  }

  /** Creates a workspace inside an open system transaction (sign-up, seeding). */
  async create(
    em: EntityManager,
    input: { name: string; slug: string; defaultLocale?: 'fa' | 'en'; timezone?: string },
  ): Promise<WorkspaceEntity> {
    const taken = await em.exists(WorkspaceEntity, { where: { slug: input.slug } });
    if (taken) throw new ConflictError(`The address "${input.slug}" is already taken`, { field: 'workspaceSlug' });
    const ws = em.create(WorkspaceEntity, {
      name: input.name,
      slug: input.slug,
      timezone: input.timezone ?? 'Asia/Tehran',
      defaultLocale: input.defaultLocale ?? 'fa',
      displayCurrency: 'IRT',
      branding: { primaryColor: DEFAULT_PRIMARY_COLOR },
    });
    const saved = await em.save(ws);
    await this.events.publish(WorkspaceEvents.Created, { workspaceId: saved.id });
    return saved;
  }

  /** A free slug derived from a name (Latin letters and digits; Persian names fall back to a random one). */
  async suggestSlug(em: EntityManager, name: string): Promise<string> {
    const base = name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30);
    const stem = base.length >= 3 ? base : 'ws';
    for (let i = 0; i < 20; i++) {
      const candidate = i === 0 && stem !== 'ws' ? stem : `${stem}-${Math.random().toString(36).slice(2, 8)}`;
      if (!(await em.exists(WorkspaceEntity, { where: { slug: candidate } }))) return candidate;
    }
    throw new ConflictError('Could not find a free workspace address; choose one');
  }

  update(input: UpdateWorkspaceInput): Promise<WorkspaceEntity> {
    return this.db.tx(async (em) => {
      const ws = await em.findOne(WorkspaceEntity, { where: {} });
      if (!ws) throw new NotFoundError('Workspace');
      Object.assign(ws, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      const saved = await em.save(ws);
      this.db.afterCommit(() => this.cached.delete(saved.id));
      return saved;
    });
  }
}

const snapshot = (ws: WorkspaceEntity): WorkspaceSettings =>
  Object.freeze({ id: ws.id, name: ws.name, slug: ws.slug, timezone: ws.timezone, defaultLocale: ws.defaultLocale, displayCurrency: ws.displayCurrency });
