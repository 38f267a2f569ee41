import { Inject, Injectable, Logger } from '@nestjs/common';
import { createPrivateKey } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { RequestContext } from '../../../core/context/request-context';
import { SecretBox } from '../../../core/crypto/secret-box';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, FieldError } from '../../../core/errors/domain-errors';
import { GatewayCredentials, HttpGatewayConfig, parseGatewayConfig, secretsUsedBy } from '../channels/http-gateway.provider';
import { MessagingSettingsEntity, SmsConfig, SmsProviderSetting } from './messaging-settings.entity';
import { MessagingSettings, SmsGatewayConfigModel, SmsGatewayContentType, SmsGatewayMethod, SmsNumberFormat, SmsProviderKind, UpdateMessagingSettingsInput } from './messaging-settings.model';

export interface DkimKey {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

export interface Mailbox {
  name: string;
  address: string;
}

/** A workspace's messaging settings as the channels and the dispatcher use them (secrets decrypted). */
export interface WorkspaceMessagingSettings {
  workspaceId: string;
  /** Changes on every save (strictly increasing); null while the workspace runs on defaults. Cache keys use it. */
  updatedAt: Date | null;
  /** The From of this workspace's mail: its own name/address, the server's MAIL_FROM where unset. */
  emailFrom: Mailbox;
  emailReplyTo: string | null;
  /** Set only when domain, selector and key are all configured. */
  dkim: DkimKey | null;
  smsProvider: SmsProviderSetting;
  smsSender: string | null;
  kavenegarUrl: string | null;
  smsGateway: HttpGatewayConfig | null;
  smsCredentials: GatewayCredentials;
  /** Why a stored secret could not be decrypted (ENCRYPTION_KEY changed): the channel needing it fails with this. */
  dkimError: string | null;
  smsCredentialsError: string | null;
  emailPerSecond: number;
  smsPerSecond: number;
  /** Minutes of the day in the workspace time zone (workspaces.timezone); start > end spans midnight. */
  quietHours: { start: number; end: number };
}

export const MESSAGING_DEFAULTS = { smsProvider: 'DEFAULT' as SmsProviderSetting, emailPerSecond: 50, smsPerSecond: 10, quietHoursStart: 22 * 60, quietHoursEnd: 8 * 60 };

/**
 * How long forWorkspace reuses a read (channels call it for every message). A save in this process takes effect at
 * once; other replicas see it within this time.
 */
export const SETTINGS_CACHE_MS = 1000;

const dkimContext = (workspaceId: string) => `messaging_settings.dkim_private_key_enc:${workspaceId}`;
const credentialsContext = (workspaceId: string) => `messaging_settings.sms_credentials_enc:${workspaceId}`;

/** "Name <address>" or a bare address. */
export function parseMailbox(value: string): Mailbox {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  return m ? { name: m[1].trim(), address: m[2].trim() } : { name: '', address: value.trim() };
}

/** Why a PEM is not usable as a DKIM signing key (nodemailer signs with RSA-SHA256), or null. */
function dkimKeyProblem(pem: string): string | null {
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'rsa') return 'must be an RSA private key (DKIM signs with rsa-sha256)';
    if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 1024) return 'must be at least 1024 bits (2048 recommended)';
    return null;
  } catch {
    return 'must be an unencrypted private key in PEM (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)';
  }
}

const defaults = (workspaceId: string): MessagingSettingsEntity =>
  Object.assign(new MessagingSettingsEntity(), {
    workspaceId, emailFromName: null, emailFromAddress: null, emailReplyTo: null, dkimDomain: null, dkimSelector: null, dkimPrivateKeyEnc: null,
    smsProvider: MESSAGING_DEFAULTS.smsProvider, smsSender: null, smsConfig: {}, smsCredentialsEnc: null,
    emailPerSecond: MESSAGING_DEFAULTS.emailPerSecond, smsPerSecond: MESSAGING_DEFAULTS.smsPerSecond,
    quietHoursStart: MESSAGING_DEFAULTS.quietHoursStart, quietHoursEnd: MESSAGING_DEFAULTS.quietHoursEnd, updatedAt: null as unknown as Date,
  });

interface Secrets {
  dkimKey: string | null;
  credentials: GatewayCredentials;
  dkimError: string | null;
  credentialsError: string | null;
}

/**
 * Per-workspace channel settings (From/Reply-To/DKIM, SMS provider and credentials, rates, quiet hours). Secrets are
 * SecretBox values bound to their column and workspace, written here and decrypted only for the channels: the
 * GraphQL type says whether they are set, never what they are.
 */
@Injectable()
export class MessagingSettingsService {
  private readonly logger = new Logger(MessagingSettingsService.name);
  /** Decrypted secrets per workspace, valid while the row's updated_at is unchanged. */
  private readonly secretsCache = new Map<string, { version: number; secrets: Secrets }>();
  /** Recent forWorkspace results (see SETTINGS_CACHE_MS). */
  private readonly recent = new Map<string, { at: number; settings: WorkspaceMessagingSettings }>();

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get(): Promise<MessagingSettings> {
    const workspaceId = this.context.workspaceId()!;
    return this.db.tx(async (em) => this.toModel((await this.row(em, workspaceId)) ?? defaults(workspaceId)));
  }

  /**
   * The settings the channels and the dispatcher apply. With `em` (an open transaction of that workspace) the row is
   * read in it; without, a read of the last SETTINGS_CACHE_MS may be reused.
   */
  async forWorkspace(workspaceId: string, em?: EntityManager): Promise<WorkspaceMessagingSettings> {
    if (!em) {
      const hit = this.recent.get(workspaceId);
      if (hit && Date.now() - hit.at < SETTINGS_CACHE_MS) return hit.settings;
    }
    const row = (em ? await this.row(em, workspaceId) : await this.db.tx((tx) => this.row(tx, workspaceId), workspaceId)) ?? defaults(workspaceId);
    const settings = this.toSettings(row);
    this.recent.set(workspaceId, { at: Date.now(), settings });
    return settings;
  }

  private toSettings(row: MessagingSettingsEntity): WorkspaceMessagingSettings {
    const workspaceId = row.workspaceId;
    const secrets = this.secrets(row);
    const dkim =
      row.dkimDomain && row.dkimSelector && secrets.dkimKey ? { domainName: row.dkimDomain, keySelector: row.dkimSelector, privateKey: secrets.dkimKey } : null;
    return {
      workspaceId,
      updatedAt: row.updatedAt ?? null,
      emailFrom: this.emailFrom(row),
      emailReplyTo: row.emailReplyTo,
      dkim,
      smsProvider: row.smsProvider,
      smsSender: row.smsSender,
      kavenegarUrl: row.smsConfig.kavenegar?.url ?? null,
      smsGateway: row.smsConfig.gateway ?? null,
      smsCredentials: secrets.credentials,
      dkimError: secrets.dkimError,
      smsCredentialsError: secrets.credentialsError,
      emailPerSecond: row.emailPerSecond,
      smsPerSecond: row.smsPerSecond,
      quietHours: { start: row.quietHoursStart, end: row.quietHoursEnd },
    };
  }

  /** Saves (upserts) the settings of the caller's workspace; every problem is reported at once, with its field. */
  update(input: UpdateMessagingSettingsInput): Promise<MessagingSettings> {
    const workspaceId = this.context.workspaceId()!;
    return this.db.tx(async (em) => {
      const current = (await this.row(em, workspaceId)) ?? defaults(workspaceId);
      const next = Object.assign(new MessagingSettingsEntity(), current, { smsConfig: { ...current.smsConfig } as SmsConfig });
      const errors: FieldError[] = [];
      const err = (field: string, message: string) => errors.push({ field: `input.${field}`, message });
      const text = (value: string | null | undefined, was: string | null) => (value === undefined ? was : value?.trim() || null);

      next.emailFromName = text(input.emailFromName, current.emailFromName);
      next.emailFromAddress = text(input.emailFromAddress, current.emailFromAddress);
      next.emailReplyTo = text(input.emailReplyTo, current.emailReplyTo);
      next.dkimDomain = text(input.dkimDomain, current.dkimDomain)?.toLowerCase() ?? null;
      next.dkimSelector = text(input.dkimSelector, current.dkimSelector);
      if (input.clearDkimKey || input.dkimPrivateKey === null) next.dkimPrivateKeyEnc = null;
      if (input.dkimPrivateKey) {
        const problem = dkimKeyProblem(input.dkimPrivateKey);
        if (problem) err('dkimPrivateKey', problem);
        else {
          const pem = createPrivateKey(input.dkimPrivateKey).export({ type: 'pkcs8', format: 'pem' }).toString();
          next.dkimPrivateKeyEnc = this.box.encrypt(pem, dkimContext(workspaceId));
        }
      }
      const dkimParts = { dkimDomain: !!next.dkimDomain, dkimSelector: !!next.dkimSelector, dkimPrivateKey: !!next.dkimPrivateKeyEnc || !!input.dkimPrivateKey };
      if (Object.values(dkimParts).some(Boolean)) {
        for (const [field, set] of Object.entries(dkimParts)) if (!set) err(field, 'is required for DKIM signing (dkimDomain, dkimSelector and dkimPrivateKey go together)');
      }

      if (input.smsProvider !== undefined) next.smsProvider = input.smsProvider ?? MESSAGING_DEFAULTS.smsProvider;
      next.smsSender = text(input.smsSender, current.smsSender);
      if (input.kavenegarUrl !== undefined) {
        if (input.kavenegarUrl) next.smsConfig.kavenegar = { url: input.kavenegarUrl.trim() };
        else delete next.smsConfig.kavenegar;
      }
      if (input.smsGateway === null) delete next.smsConfig.gateway;
      else if (input.smsGateway) {
        const parsed = parseGatewayConfig(input.smsGateway, 'input.smsGateway');
        errors.push(...parsed.errors);
        if (parsed.config) next.smsConfig.gateway = parsed.config;
      }

      let credentials: GatewayCredentials = input.clearSmsCredentials ? {} : { ...this.secrets(current).credentials };
      for (const [key, value] of Object.entries(input.smsCredentials ?? {}) as Array<[keyof GatewayCredentials, string | null | undefined]>) {
        if (value === undefined) continue;
        if (value === null || value === '') delete credentials[key];
        else credentials[key] = value;
      }
      credentials = Object.fromEntries(Object.entries(credentials).filter(([, v]) => v));
      next.smsCredentialsEnc = Object.keys(credentials).length ? this.box.encrypt(JSON.stringify(credentials), credentialsContext(workspaceId)) : null;

      if (next.smsProvider === SmsProviderKind.KAVENEGAR && !credentials.apiKey) err('smsCredentials.apiKey', 'is required for KAVENEGAR');
      if (next.smsProvider === SmsProviderKind.HTTP_GATEWAY) {
        if (!next.smsConfig.gateway) {
          if (!input.smsGateway) err('smsGateway', 'is required for HTTP_GATEWAY');
        } else {
          for (const secret of secretsUsedBy(next.smsConfig.gateway)) {
            if (!credentials[secret as keyof GatewayCredentials]) err(`smsCredentials.${secret}`, `is required: the gateway templates use {{${secret}}}`);
          }
        }
      }

      const num = (value: number | null | undefined, was: number, fallback: number) => (value === undefined ? was : (value ?? fallback));
      next.emailPerSecond = num(input.emailPerSecond, current.emailPerSecond, MESSAGING_DEFAULTS.emailPerSecond);
      next.smsPerSecond = num(input.smsPerSecond, current.smsPerSecond, MESSAGING_DEFAULTS.smsPerSecond);
      next.quietHoursStart = num(input.quietHoursStart, current.quietHoursStart, MESSAGING_DEFAULTS.quietHoursStart);
      next.quietHoursEnd = num(input.quietHoursEnd, current.quietHoursEnd, MESSAGING_DEFAULTS.quietHoursEnd);

      if (errors.length) throw new BadInputError(errors);
      this.recent.delete(workspaceId);
      this.db.afterCommit(() => this.recent.delete(workspaceId));
      // updated_at strictly increases, even for two saves within one millisecond: caches key on it.
      await em.query(
        `INSERT INTO messaging_settings (workspace_id, email_from_name, email_from_address, email_reply_to, dkim_domain, dkim_selector, dkim_private_key_enc,
                                         sms_provider, sms_sender, sms_config, sms_credentials_enc, email_per_second, sms_per_second, quiet_hours_start, quiet_hours_end)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (workspace_id) DO UPDATE SET
           email_from_name = EXCLUDED.email_from_name, email_from_address = EXCLUDED.email_from_address, email_reply_to = EXCLUDED.email_reply_to,
           dkim_domain = EXCLUDED.dkim_domain, dkim_selector = EXCLUDED.dkim_selector, dkim_private_key_enc = EXCLUDED.dkim_private_key_enc,
           sms_provider = EXCLUDED.sms_provider, sms_sender = EXCLUDED.sms_sender, sms_config = EXCLUDED.sms_config,
           sms_credentials_enc = EXCLUDED.sms_credentials_enc, email_per_second = EXCLUDED.email_per_second, sms_per_second = EXCLUDED.sms_per_second,
           quiet_hours_start = EXCLUDED.quiet_hours_start, quiet_hours_end = EXCLUDED.quiet_hours_end,
           updated_at = greatest(now(), messaging_settings.updated_at + interval '1 millisecond')`,
        [
          workspaceId, next.emailFromName, next.emailFromAddress, next.emailReplyTo, next.dkimDomain, next.dkimSelector, next.dkimPrivateKeyEnc,
          next.smsProvider, next.smsSender, JSON.stringify(next.smsConfig), next.smsCredentialsEnc, next.emailPerSecond, next.smsPerSecond,
          next.quietHoursStart, next.quietHoursEnd,
        ],
      );
      return this.toModel((await this.row(em, workspaceId))!);
    });
  }

  private row(em: EntityManager, workspaceId: string): Promise<MessagingSettingsEntity | null> {
    return em.findOneBy(MessagingSettingsEntity, { workspaceId });
  }

  private emailFrom(row: MessagingSettingsEntity): Mailbox {
    const fallback = parseMailbox(this.config.MAIL_FROM);
    return { name: row.emailFromName ?? fallback.name, address: row.emailFromAddress ?? fallback.address };
  }

  private secrets(row: MessagingSettingsEntity): Secrets {
    if (!row.dkimPrivateKeyEnc && !row.smsCredentialsEnc) return { dkimKey: null, credentials: {}, dkimError: null, credentialsError: null };
    const version = row.updatedAt?.getTime() ?? 0;
    const cached = this.secretsCache.get(row.workspaceId);
    if (cached && cached.version === version) return cached.secrets;
    const secrets: Secrets = { dkimKey: null, credentials: {}, dkimError: null, credentialsError: null };
    const problem = (what: string, e: unknown) => {
      const message = `the stored ${what} cannot be decrypted (${(e as Error).message}); enter it again in the messaging settings`;
      this.logger.error({ workspaceId: row.workspaceId }, message);
      return message;
    };
    try {
      if (row.dkimPrivateKeyEnc) secrets.dkimKey = this.box.decrypt(row.dkimPrivateKeyEnc, dkimContext(row.workspaceId));
    } catch (e) {
      secrets.dkimError = problem('DKIM private key', e);
    }
    try {
      if (row.smsCredentialsEnc) secrets.credentials = JSON.parse(this.box.decrypt(row.smsCredentialsEnc, credentialsContext(row.workspaceId)));
    } catch (e) {
      secrets.credentialsError = problem('SMS credentials', e);
    }
    this.secretsCache.set(row.workspaceId, { version, secrets });
    return secrets;
  }

  private toModel(row: MessagingSettingsEntity): MessagingSettings {
    const from = this.emailFrom(row);
    const gateway = row.smsConfig.gateway;
    const smsGateway: SmsGatewayConfigModel | null = gateway
      ? {
          url: gateway.url, method: gateway.method as SmsGatewayMethod, contentType: gateway.contentType as SmsGatewayContentType, headers: gateway.headers,
          body: gateway.body, numberFormat: gateway.numberFormat as SmsNumberFormat, idPath: gateway.idPath ?? null, successPath: gateway.successPath ?? null,
          successValue: gateway.successValue ?? null,
        }
      : null;
    return {
      emailFromName: row.emailFromName,
      emailFromAddress: row.emailFromAddress,
      emailReplyTo: row.emailReplyTo,
      emailFrom: from.name ? `${from.name} <${from.address}>` : from.address,
      dkimDomain: row.dkimDomain,
      dkimSelector: row.dkimSelector,
      dkimKeySet: !!row.dkimPrivateKeyEnc,
      smsProvider: row.smsProvider as SmsProviderKind,
      smsSender: row.smsSender,
      kavenegarUrl: row.smsConfig.kavenegar?.url ?? null,
      smsGateway,
      smsCredentialsSet: !!row.smsCredentialsEnc,
      smsCredentialFields: Object.keys(this.secrets(row).credentials).sort(),
      emailPerSecond: row.emailPerSecond,
      smsPerSecond: row.smsPerSecond,
      quietHoursStart: row.quietHoursStart,
      quietHoursEnd: row.quietHoursEnd,
      updatedAt: row.updatedAt ?? null,
    };
  }
}
