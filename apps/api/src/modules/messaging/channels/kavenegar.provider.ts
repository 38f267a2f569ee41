import { excerpt, numericLocalId, OutgoingSms, PermanentDeliveryError, RETRYABLE_4XX, SmsProvider } from './sms-provider';

export interface KavenegarOptions {
  url: string;
  apiKey: string;
  sender?: string;
  timeoutMs?: number;
}

/**
 * Kavenegar-compatible HTTP API: POST {url}/v1/{apiKey}/sms/send.json (form: receptor, message, sender, localid),
 * answering { return: { status, message }, entries: [{ messageid }] }. `localid` (numeric, derived from our message id)
 * makes Kavenegar return the first send instead of sending again. HTTP 4xx is permanent; 5xx, network errors and
 * timeouts are retried.
 */
export class KavenegarSmsProvider implements SmsProvider {
  readonly name = 'kavenegar';

  constructor(private readonly options: KavenegarOptions) {}

  async send(sms: OutgoingSms): Promise<{ providerMessageId: string }> {
    const body = new URLSearchParams({ receptor: sms.to.replace(/^\+/, ''), message: sms.text });
    if (this.options.sender) body.set('sender', this.options.sender);
    body.set('localid', numericLocalId(sms.localId));
    const url = `${this.options.url.replace(/\/$/, '')}/v1/${encodeURIComponent(this.options.apiKey)}/sms/send.json`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
    });
    const raw = await res.text();
    let json: { return?: { status?: number; message?: string }; entries?: Array<{ messageid?: number | string }> } = {};
    try {
      json = JSON.parse(raw);
    } catch {
      /* not JSON: keep the raw text in the error */
    }
    const detail = `${this.name} HTTP ${res.status}${json.return ? ` (${json.return.status}: ${json.return.message})` : `: ${excerpt(raw, 200)}`}`;
    if (res.status >= 400 && res.status < 500 && !RETRYABLE_4XX.has(res.status)) throw new PermanentDeliveryError(detail);
    if (!res.ok || json.return?.status !== 200) throw new Error(detail);
    const id = json.entries?.[0]?.messageid;
    if (id === undefined) throw new Error(`${this.name}: no message id in the answer`);
    return { providerMessageId: String(id) };
  }
}
