import type { FieldError } from '../../../core/errors/domain-errors';
import { excerpt, numericLocalId, OutgoingSms, PermanentDeliveryError, RETRYABLE_4XX, SmsProvider } from './sms-provider';

export const GATEWAY_NUMBER_FORMATS = ['e164', 'national', 'international-no-plus'] as const;
export type GatewayNumberFormat = (typeof GATEWAY_NUMBER_FORMATS)[number];

/**
 * A generic SMS gateway described by configuration (non-secret; stored in messaging_settings.sms_config).
 * Values of `url`, `headers` and `body` are templates: {{to}} {{text}} {{sender}} {{localId}} {{localIdNumber}}
 * {{apiKey}} {{username}} {{password}} (the last three come from the encrypted credentials).
 */
export interface HttpGatewayConfig {
  url: string;
  method: 'POST' | 'GET';
  /** How the body is sent with POST (GET puts it in the query string). */
  contentType: 'json' | 'form';
  headers: Record<string, string>;
  body: Record<string, string>;
  /** How {{to}} is written: +989121234567, 09121234567 (foreign numbers stay E.164) or 989121234567. */
  numberFormat: GatewayNumberFormat;
  /** Dot path to the provider's message id in the JSON answer (e.g. `entries.0.messageid`); unset: our id is kept. */
  idPath?: string | null;
  /** Optional check of the JSON answer: the value at this path must equal successValue (compared as text). */
  successPath?: string | null;
  successValue?: string | null;
}

export interface GatewayCredentials {
  apiKey?: string;
  username?: string;
  password?: string;
}

export const GATEWAY_VARIABLES = ['to', 'text', 'sender', 'localId', 'localIdNumber', 'apiKey', 'username', 'password'] as const;
export const GATEWAY_SECRET_VARIABLES = ['apiKey', 'username', 'password'] as const;

const VARIABLE = /\{\{\s*([A-Za-z]\w*)\s*\}\}/g;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;
const PATH = /^[\w-]+(\.[\w-]+)*$/;

const render = (template: string, values: Record<string, string>, encode: (s: string) => string = (s) => s) =>
  template.replace(VARIABLE, (_m, name: string) => encode(values[name] ?? ''));

/** The variables a template uses. */
export const variablesOf = (template: string): string[] => [...template.matchAll(VARIABLE)].map((m) => m[1]);

/** Writes an E.164 number the way the gateway wants it. */
export function formatNumber(e164: string, format: GatewayNumberFormat): string {
  if (format === 'international-no-plus') return e164.replace(/^\+/, '');
  if (format === 'national' && e164.startsWith('+98')) return `0${e164.slice(3)}`;
  return e164;
}

/** The value at a dot path (`a.b.0.c`) of a parsed JSON value. */
export function atPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Checks a gateway configuration (as saved through GraphQL) and fills defaults. Every problem is reported with
 * its field path under `path` (e.g. `input.smsGateway.url`).
 */
export function parseGatewayConfig(input: unknown, path: string): { config?: HttpGatewayConfig; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: field ? `${path}.${field}` : path, message });
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    fail('', 'must be an object');
    return { errors };
  }
  const raw = input as Record<string, unknown>;
  const checkTemplate = (field: string, value: string) => {
    for (const name of variablesOf(value)) {
      if (!(GATEWAY_VARIABLES as readonly string[]).includes(name)) fail(field, `unknown variable {{${name}}} (known: ${GATEWAY_VARIABLES.map((v) => `{{${v}}}`).join(', ')})`);
    }
  };
  const record = (field: 'headers' | 'body', max: number): Record<string, string> => {
    const value = raw[field] ?? {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(field, 'must be an object of { name: template }');
      return {};
    }
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > max) fail(field, `at most ${max} entries`);
    for (const [key, v] of entries) {
      if (typeof v !== 'string') fail(`${field}.${key}`, 'must be a string');
      else if (v.length > 2000) fail(`${field}.${key}`, 'at most 2000 characters');
      else if (field === 'headers' && /[\r\n]/.test(v)) fail(`${field}.${key}`, 'must not contain line breaks');
      else checkTemplate(`${field}.${key}`, v);
      if (field === 'headers' && !HEADER_NAME.test(key)) fail(`${field}.${key}`, 'is not a valid header name');
      if (field === 'body' && (key.length < 1 || key.length > 100)) fail(`${field}.${key}`, 'names are 1 to 100 characters');
    }
    return Object.fromEntries(entries.filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  };

  const url = typeof raw.url === 'string' ? raw.url.trim() : '';
  if (!url) fail('url', 'is required');
  else if (url.length > 2000) fail('url', 'at most 2000 characters');
  else {
    checkTemplate('url', url);
    try {
      const sample = new URL(render(url, Object.fromEntries(GATEWAY_VARIABLES.map((v) => [v, 'x'])), encodeURIComponent));
      if (sample.protocol !== 'http:' && sample.protocol !== 'https:') fail('url', 'must be an http:// or https:// URL');
    } catch {
      fail('url', 'must be an http:// or https:// URL');
    }
  }
  const method = raw.method ?? 'POST';
  if (method !== 'POST' && method !== 'GET') fail('method', 'must be POST or GET');
  const contentType = raw.contentType ?? 'form';
  if (contentType !== 'json' && contentType !== 'form') fail('contentType', 'must be json or form');
  const numberFormat = raw.numberFormat ?? 'e164';
  if (!(GATEWAY_NUMBER_FORMATS as readonly unknown[]).includes(numberFormat)) fail('numberFormat', `must be one of ${GATEWAY_NUMBER_FORMATS.join(', ')}`);
  const headers = record('headers', 20);
  const body = record('body', 30);
  const optionalPath = (field: 'idPath' | 'successPath'): string | null => {
    const v = raw[field];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string' || !PATH.test(v)) {
      fail(field, 'must be a dot path such as entries.0.messageid');
      return null;
    }
    return v;
  };
  const idPath = optionalPath('idPath');
  const successPath = optionalPath('successPath');
  const successValue = raw.successValue === undefined || raw.successValue === null ? null : String(raw.successValue);
  if (successPath && successValue === null) fail('successValue', 'is required with successPath');
  if (!successPath && successValue !== null) fail('successPath', 'is required with successValue');

  const used = new Set([url, ...Object.values(body), ...Object.values(headers)].flatMap(variablesOf));
  for (const needed of ['to', 'text']) if (!used.has(needed)) fail('body', `must use {{${needed}}} (in the body or the URL)`);

  if (errors.length) return { errors };
  return {
    errors,
    config: { url, method: method as 'POST' | 'GET', contentType: contentType as 'json' | 'form', headers, body, numberFormat: numberFormat as GatewayNumberFormat, idPath, successPath, successValue },
  };
}

/** The secret variables ({{apiKey}}, {{username}}, {{password}}) a configuration uses. */
export function secretsUsedBy(config: HttpGatewayConfig): string[] {
  const used = new Set([config.url, ...Object.values(config.body), ...Object.values(config.headers)].flatMap(variablesOf));
  return GATEWAY_SECRET_VARIABLES.filter((v) => used.has(v));
}

/**
 * SMS through any HTTP gateway described by an HttpGatewayConfig. HTTP 4xx (except 408/425/429) and an answer that
 * fails the success check are permanent; 5xx, network errors and timeouts are retried.
 */
export class HttpGatewaySmsProvider implements SmsProvider {
  readonly name = 'http-gateway';

  constructor(
    private readonly config: HttpGatewayConfig,
    private readonly options: { credentials?: GatewayCredentials; sender?: string | null; timeoutMs?: number } = {},
  ) {}

  async send(sms: OutgoingSms): Promise<{ providerMessageId: string }> {
    const c = this.config;
    const credentials = this.options.credentials ?? {};
    const values: Record<string, string> = {
      to: formatNumber(sms.to, c.numberFormat),
      text: sms.text,
      sender: this.options.sender ?? '',
      localId: sms.localId,
      localIdNumber: numericLocalId(sms.localId),
      apiKey: credentials.apiKey ?? '',
      username: credentials.username ?? '',
      password: credentials.password ?? '',
    };
    const url = new URL(render(c.url, values, encodeURIComponent));
    const body = Object.fromEntries(Object.entries(c.body).map(([k, v]) => [k, render(v, values)]));
    const headers: Record<string, string> = { accept: 'application/json' };
    let payload: string | undefined;
    if (c.method === 'GET') {
      for (const [k, v] of Object.entries(body)) url.searchParams.append(k, v);
    } else if (c.contentType === 'json') {
      headers['content-type'] = 'application/json; charset=utf-8';
      payload = JSON.stringify(body);
    } else {
      headers['content-type'] = 'application/x-www-form-urlencoded; charset=utf-8';
      payload = new URLSearchParams(body).toString();
    }
    for (const [k, v] of Object.entries(c.headers)) headers[k.toLowerCase()] = render(v, values);

    let res: Response;
    let raw: string;
    try {
      res = await fetch(url, { method: c.method, headers, body: payload, signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000) });
      raw = await res.text();
    } catch (e) {
      const error = e as Error;
      throw new Error(`${this.name}: ${error.name === 'TimeoutError' ? 'no answer in time' : (error.cause as Error | undefined)?.message ?? error.message}`);
    }
    const detail = `${this.name} HTTP ${res.status}: ${excerpt(raw)}`;
    if (res.status >= 400 && res.status < 500 && !RETRYABLE_4XX.has(res.status)) throw new PermanentDeliveryError(detail);
    if (!res.ok) throw new Error(detail);
    if (!c.idPath && !c.successPath) return { providerMessageId: sms.localId };

    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      // Accepted (2xx) but unreadable: retrying might send twice, so it is not retried.
      throw new PermanentDeliveryError(`${this.name}: the answer is not JSON: ${excerpt(raw)}`);
    }
    if (c.successPath) {
      const value = atPath(json, c.successPath);
      if (value === undefined || String(value) !== c.successValue) {
        throw new PermanentDeliveryError(`${this.name}: refused (${c.successPath} = ${JSON.stringify(value) ?? 'missing'}, expected ${c.successValue}): ${excerpt(raw)}`);
      }
    }
    if (!c.idPath) return { providerMessageId: sms.localId };
    const id = atPath(json, c.idPath);
    if (id === undefined || id === null || typeof id === 'object') {
      throw new PermanentDeliveryError(`${this.name}: no message id at ${c.idPath} in the answer: ${excerpt(raw)}`);
    }
    return { providerMessageId: String(id) };
  }
}
