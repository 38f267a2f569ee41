import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { NotFoundError } from '../../../core/errors/domain-errors';
import { WorkspaceEntity } from '../../workspaces/workspace.entity';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { UpdateClubSettingsInput } from './dto/club.inputs';
import { ClubSettingsEntity } from './entities/club-settings.entity';
import { ClubApproach, ClubSettings, PublicClub } from './models/club.models';

const DEFAULT_COLOR = '#0f766e';

/** What a workspace's club is, with defaults for a workspace that never saved its settings. */
export interface ResolvedClubSettings extends ClubSettings {
  workspaceId: string;
  defaultLocale: 'fa' | 'en';
  displayCurrency: string;
}

/** Whether people may join by signing up themselves (AFTER_PURCHASE: only customers who have bought). */
export const signUpOpen = (approach: ClubApproach): boolean => approach !== ClubApproach.AFTER_PURCHASE;
/** Whether a first purchase makes the customer a member (OPEN: members join by signing up only). */
export const joinsOnPurchase = (approach: ClubApproach): boolean => approach !== ClubApproach.OPEN;

@Injectable()
export class ClubSettingsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly workspaces: WorkspacesService,
  ) {}

  get(): Promise<ClubSettings> {
    return this.db.tx((em) => this.settingsIn(em));
  }

  update(input: UpdateClubSettingsInput): Promise<ClubSettings> {
    return this.db.tx(async (em) => {
      const current = await this.settingsIn(em);
      const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);
      const stored = await em.findOneBy(ClubSettingsEntity, { workspaceId: current.workspaceId });
      const next = {
        workspaceId: current.workspaceId,
        enabled: input.enabled ?? current.enabled,
        approach: input.approach ?? current.approach,
        afterSalesPanel: input.afterSalesPanel ?? current.afterSalesPanel,
        displayNameFa: blankToNull(input.displayNameFa) !== undefined ? blankToNull(input.displayNameFa)! : (stored?.displayNameFa ?? null),
        displayNameEn: blankToNull(input.displayNameEn) !== undefined ? blankToNull(input.displayNameEn)! : (stored?.displayNameEn ?? null),
        logoUrl: input.logoUrl !== undefined ? input.logoUrl || null : (stored?.logoUrl ?? null),
        primaryColor: input.primaryColor !== undefined ? input.primaryColor?.toLowerCase() || null : (stored?.primaryColor ?? null),
      };
      await em.upsert(ClubSettingsEntity, next, ['workspaceId']);
      return this.settingsIn(em);
    });
  }

  /** The settings of the open transaction's workspace. */
  async settingsIn(em: EntityManager): Promise<ResolvedClubSettings> {
    const ws = await em.findOne(WorkspaceEntity, { where: {} });
    if (!ws) throw new NotFoundError('Workspace');
    return this.resolve(ws, await em.findOneBy(ClubSettingsEntity, { workspaceId: ws.id }));
  }

  /** The workspace of a club address, or NOT_FOUND. */
  async workspaceBySlug(slug: string): Promise<WorkspaceEntity> {
    const ws = await this.workspaces.findBySlug(slug.trim().toLowerCase());
    if (!ws) throw new NotFoundError('Club', slug);
    return ws;
  }

  async publicClub(slug: string): Promise<PublicClub> {
    const ws = await this.workspaceBySlug(slug);
    const s = await this.db.tx((em) => this.settingsIn(em), ws.id);
    return {
      slug: s.slug, enabled: s.enabled, nameFa: s.displayNameFa, nameEn: s.displayNameEn, logoUrl: s.logoUrl, primaryColor: s.primaryColor,
      approach: s.approach, signUpOpen: s.enabled && signUpOpen(s.approach), afterSalesPanel: s.afterSalesPanel,
      displayCurrency: s.displayCurrency, defaultLocale: s.defaultLocale,
    };
  }

  clubUrl(slug: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/club/${slug}`;
  }

  private resolve(ws: WorkspaceEntity, row: ClubSettingsEntity | null): ResolvedClubSettings {
    return {
      workspaceId: ws.id,
      enabled: row?.enabled ?? true,
      approach: (row?.approach as ClubApproach) ?? ClubApproach.BOTH,
      afterSalesPanel: row?.afterSalesPanel ?? true,
      displayNameFa: row?.displayNameFa ?? ws.name,
      displayNameEn: row?.displayNameEn ?? ws.name,
      logoUrl: row?.logoUrl ?? ws.branding?.logoUrl ?? null,
      primaryColor: row?.primaryColor ?? ws.branding?.primaryColor ?? DEFAULT_COLOR,
      slug: ws.slug,
      url: this.clubUrl(ws.slug),
      defaultLocale: ws.defaultLocale,
      displayCurrency: ws.displayCurrency,
    };
  }
}
