// The channel settings form: API settings → form values, and form values → the update input (pure; tested).
//
// Secrets (DKIM private key, SMS credentials) are write-only: the API says only whether they are set. Each one is
// edited with a mode: keep what is stored, replace it with a new value, or clear it.
import { toLatinDigits } from '@peyvand/text';
import type {
  MessagingSettingsFieldsFragment,
  SmsGatewayContentType,
  SmsGatewayMethod,
  SmsNumberFormat,
  SmsProviderKind,
  UpdateMessagingSettingsInput,
} from '@/gql/graphql';
import { minutesToTime, timeToMinutes } from './time-of-day';

export type SecretMode = 'keep' | 'replace' | 'clear';
export const CREDENTIAL_FIELDS = ['apiKey', 'username', 'password'] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

export interface Pair {
  name: string;
  value: string;
}

export interface SettingsFormValues {
  emailFromName: string;
  emailFromAddress: string;
  emailReplyTo: string;
  dkimDomain: string;
  dkimSelector: string;
  dkimPrivateKey: string;
  dkimKeyMode: SecretMode;
  smsProvider: SmsProviderKind;
  smsSender: string;
  kavenegarUrl: string;
  smsGateway: {
    url: string;
    method: SmsGatewayMethod;
    contentType: SmsGatewayContentType;
    headers: Pair[];
    body: Pair[];
    numberFormat: SmsNumberFormat;
    idPath: string;
    successPath: string;
    successValue: string;
  };
  smsCredentials: Record<CredentialField, string>;
  credentialModes: Record<CredentialField, SecretMode>;
  emailPerSecond: number | string;
  smsPerSecond: number | string;
  quietHoursStart: string;
  quietHoursEnd: string;
}

/** A gateway to start from: form-encoded POST of to / text / from. */
export const DEFAULT_GATEWAY_BODY: Pair[] = [
  { name: 'to', value: '{{to}}' },
  { name: 'text', value: '{{text}}' },
  { name: 'from', value: '{{sender}}' },
];

const pairsOf = (record: unknown): Pair[] =>
  record && typeof record === 'object' && !Array.isArray(record)
    ? Object.entries(record as Record<string, unknown>).map(([name, value]) => ({ name, value: String(value ?? '') }))
    : [];

export function settingsToForm(s: MessagingSettingsFieldsFragment): SettingsFormValues {
  const g = s.smsGateway;
  return {
    emailFromName: s.emailFromName ?? '',
    emailFromAddress: s.emailFromAddress ?? '',
    emailReplyTo: s.emailReplyTo ?? '',
    dkimDomain: s.dkimDomain ?? '',
    dkimSelector: s.dkimSelector ?? '',
    dkimPrivateKey: '',
    dkimKeyMode: 'keep',
    smsProvider: s.smsProvider,
    smsSender: s.smsSender ?? '',
    kavenegarUrl: s.kavenegarUrl ?? '',
    smsGateway: {
      url: g?.url ?? '',
      method: g?.method ?? 'POST',
      contentType: g?.contentType ?? 'FORM',
      headers: pairsOf(g?.headers),
      body: g ? pairsOf(g.body) : DEFAULT_GATEWAY_BODY.map((p) => ({ ...p })),
      numberFormat: g?.numberFormat ?? 'E164',
      idPath: g?.idPath ?? '',
      successPath: g?.successPath ?? '',
      successValue: g?.successValue ?? '',
    },
    smsCredentials: { apiKey: '', username: '', password: '' },
    credentialModes: { apiKey: 'keep', username: 'keep', password: 'keep' },
    emailPerSecond: s.emailPerSecond,
    smsPerSecond: s.smsPerSecond,
    quietHoursStart: minutesToTime(s.quietHoursStart),
    quietHoursEnd: minutesToTime(s.quietHoursEnd),
  };
}

const text = (v: string) => v.trim() || null;
const record = (pairs: Pair[]) => Object.fromEntries(pairs.filter((p) => p.name.trim()).map((p) => [p.name.trim(), p.value]));
const int = (v: number | string) => (typeof v === 'number' ? v : Number(toLatinDigits(String(v).trim())));

/**
 * The update input: every non-secret field as it is in the form (empty text clears it), provider-specific parts
 * only for the provider chosen (the others' stored configuration is kept), and secrets only when replaced or cleared.
 */
export function formToInput(v: SettingsFormValues): UpdateMessagingSettingsInput {
  const input: UpdateMessagingSettingsInput = {
    emailFromName: text(v.emailFromName),
    emailFromAddress: text(v.emailFromAddress)?.toLowerCase() ?? null,
    emailReplyTo: text(v.emailReplyTo)?.toLowerCase() ?? null,
    dkimDomain: text(v.dkimDomain)?.toLowerCase() ?? null,
    dkimSelector: text(v.dkimSelector),
    smsProvider: v.smsProvider,
    smsSender: text(toLatinDigits(v.smsSender).replace(/[\s-]/g, '')),
    emailPerSecond: int(v.emailPerSecond),
    smsPerSecond: int(v.smsPerSecond),
    quietHoursStart: timeToMinutes(v.quietHoursStart),
    quietHoursEnd: timeToMinutes(v.quietHoursEnd),
  };
  if (v.dkimKeyMode === 'replace' && v.dkimPrivateKey.trim()) input.dkimPrivateKey = v.dkimPrivateKey.trim();
  if (v.dkimKeyMode === 'clear') input.clearDkimKey = true;
  if (v.smsProvider === 'KAVENEGAR') input.kavenegarUrl = text(v.kavenegarUrl);
  if (v.smsProvider === 'HTTP_GATEWAY') {
    const g = v.smsGateway;
    input.smsGateway = {
      url: g.url.trim(),
      method: g.method,
      contentType: g.contentType,
      headers: record(g.headers),
      body: record(g.body),
      numberFormat: g.numberFormat,
      idPath: text(g.idPath),
      successPath: text(g.successPath),
      successValue: g.successPath.trim() ? g.successValue : null,
    };
  }
  const credentials: Partial<Record<CredentialField, string | null>> = {};
  for (const field of CREDENTIAL_FIELDS) {
    const mode = v.credentialModes[field];
    if (mode === 'replace' && v.smsCredentials[field]) credentials[field] = v.smsCredentials[field];
    if (mode === 'clear') credentials[field] = null;
  }
  if (Object.keys(credentials).length) input.smsCredentials = credentials;
  return input;
}

/** The credentials the chosen provider uses. */
export function credentialFieldsFor(provider: string): readonly CredentialField[] {
  if (provider === 'KAVENEGAR') return ['apiKey'];
  if (provider === 'HTTP_GATEWAY') return CREDENTIAL_FIELDS;
  return [];
}
