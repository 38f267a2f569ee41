import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { HttpGatewayConfig, HttpGatewaySmsProvider, parseGatewayConfig } from './http-gateway.provider';
import { numericLocalId, PermanentDeliveryError } from './sms-provider';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A gateway on loopback: records requests; `answer` decides the reply. */
async function startGateway() {
  const seen: Seen[] = [];
  let answer: (req: Seen, res: ServerResponse) => void = (_req, res) => res.end(JSON.stringify({ ok: true, data: { id: 'gw-1' } }));
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const s = { method: req.method!, url: req.url!, headers: req.headers, body };
      seen.push(s);
      answer(s, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    answer: (fn: typeof answer) => (answer = fn),
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const sms = { to: '+989121234567', text: 'سلام نرگس، کد شما ۱۲۳۴ است & more', localId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' };

describe('generic HTTP SMS gateway adapter', () => {
  let gw: Awaited<ReturnType<typeof startGateway>>;
  const config = (c: Partial<HttpGatewayConfig>): HttpGatewayConfig => ({
    url: `${gw.url}/send`, method: 'POST', contentType: 'form', headers: {}, body: { to: '{{to}}', text: '{{text}}' }, numberFormat: 'e164', ...c,
  });

  beforeAll(async () => (gw = await startGateway()));
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.seen.length = 0;
    gw.answer((_req, res) => res.end(JSON.stringify({ ok: true, data: { id: 'gw-1' } })));
  });

  it('POSTs a form built from the templates, with credentials, sender and our id for de-duplication', async () => {
    const provider = new HttpGatewaySmsProvider(
      config({
        body: { receptor: '{{to}}', message: '{{text}}', from: '{{sender}}', uid: '{{localId}}', num: '{{localIdNumber}}', user: '{{username}}', pass: '{{password}}' },
        headers: { Authorization: 'Bearer {{apiKey}}', 'X-Static': 'yes' },
        numberFormat: 'national', idPath: 'data.id',
      }),
      { credentials: { apiKey: 'key-1', username: 'shop', password: 'p@ss' }, sender: '10004346' },
    );
    expect(await provider.send(sms)).toEqual({ providerMessageId: 'gw-1' });
    const [req] = gw.seen;
    expect(req).toMatchObject({ method: 'POST', url: '/send' });
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(req.headers.authorization).toBe('Bearer key-1');
    expect(req.headers['x-static']).toBe('yes');
    expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({
      receptor: '09121234567', message: sms.text, from: '10004346', uid: sms.localId, num: numericLocalId(sms.localId), user: 'shop', pass: 'p@ss',
    });
  });

  it('sends JSON, or GET with the fields in the query string (URL templates encoded), in each number format', async () => {
    await new HttpGatewaySmsProvider(config({ contentType: 'json', numberFormat: 'international-no-plus' })).send(sms);
    expect(gw.seen[0].headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(gw.seen[0].body)).toEqual({ to: '989121234567', text: sms.text });

    await new HttpGatewaySmsProvider(config({ method: 'GET', url: `${gw.url}/api/{{apiKey}}/send`, body: { to: '{{to}}', text: '{{text}}' } }), { credentials: { apiKey: 'a/b c' } }).send(sms);
    const url = new URL(gw.seen[1].url, gw.url);
    expect(gw.seen[1].method).toBe('GET');
    expect(url.pathname).toBe('/api/a%2Fb%20c/send');
    expect(Object.fromEntries(url.searchParams)).toEqual({ to: '+989121234567', text: sms.text });
    expect(gw.seen[1].body).toBe('');
  });

  it('without idPath keeps our id; checks successPath/successValue on the JSON answer', async () => {
    expect(await new HttpGatewaySmsProvider(config({})).send(sms)).toEqual({ providerMessageId: sms.localId });
    expect(await new HttpGatewaySmsProvider(config({ successPath: 'ok', successValue: 'true', idPath: 'data.id' })).send(sms)).toEqual({ providerMessageId: 'gw-1' });
    gw.answer((_r, res) => res.end(JSON.stringify({ ok: false, error: 'insufficient credit' })));
    const refused = new HttpGatewaySmsProvider(config({ successPath: 'ok', successValue: 'true' })).send(sms);
    await expect(refused).rejects.toThrow(PermanentDeliveryError);
    await expect(new HttpGatewaySmsProvider(config({ successPath: 'ok', successValue: 'true' })).send(sms)).rejects.toThrow(/refused \(ok = false, expected true\).*insufficient credit/);
    await expect(new HttpGatewaySmsProvider(config({ idPath: 'data.id' })).send(sms)).rejects.toThrow(/no message id at data.id/);
  });

  it('4xx is permanent with the body excerpt; 5xx, 429, refused connections and timeouts are retried', async () => {
    gw.answer((_r, res) => { res.statusCode = 422; res.end('{"error":"invalid receptor 0912"}'); });
    const e = await new HttpGatewaySmsProvider(config({})).send(sms).catch((x) => x);
    expect(e).toBeInstanceOf(PermanentDeliveryError);
    expect(e.message).toBe('http-gateway HTTP 422: {"error":"invalid receptor 0912"}');

    for (const status of [500, 503, 429]) {
      gw.answer((_r, res) => { res.statusCode = status; res.end('try later'); });
      const err = await new HttpGatewaySmsProvider(config({})).send(sms).catch((x) => x);
      expect(err).toBeInstanceOf(Error);
      expect(err).not.toBeInstanceOf(PermanentDeliveryError);
      expect(err.message).toBe(`http-gateway HTTP ${status}: try later`);
    }

    const closed = await startGateway();
    const closedUrl = closed.url;
    await closed.close();
    const refused = await new HttpGatewaySmsProvider(config({ url: `${closedUrl}/send` })).send(sms).catch((x) => x);
    expect(refused).not.toBeInstanceOf(PermanentDeliveryError);
    expect(refused.message).toMatch(/^http-gateway: .*ECONNREFUSED/);

    gw.answer(() => undefined); // never answers
    const silent = await new HttpGatewaySmsProvider(config({}), { timeoutMs: 50 }).send(sms).catch((x) => x);
    expect(silent).not.toBeInstanceOf(PermanentDeliveryError);
    expect(silent.message).toBe('http-gateway: no answer in time');
  });

  it('validates a configuration at save, naming each field', () => {
    const ok = parseGatewayConfig({ url: 'https://sms.example.ir/api/{{apiKey}}/send', body: { to: '{{to}}', msg: '{{text}}' } }, 'input.smsGateway');
    expect(ok.errors).toEqual([]);
    expect(ok.config).toMatchObject({ method: 'POST', contentType: 'form', numberFormat: 'e164', headers: {}, idPath: null });

    const bad = parseGatewayConfig(
      { url: 'ftp://x', method: 'PUT', headers: { 'Bad Header': 'x', 'X-Ok': 'a\r\nb' }, body: { to: '{{phone}}' }, numberFormat: 'local', idPath: 'a..b', successValue: '1' },
      'input.smsGateway',
    );
    expect(bad.config).toBeUndefined();
    expect(bad.errors).toEqual(expect.arrayContaining([
      { field: 'input.smsGateway.url', message: 'must be an http:// or https:// URL' },
      { field: 'input.smsGateway.method', message: 'must be POST or GET' },
      { field: 'input.smsGateway.numberFormat', message: 'must be one of e164, national, international-no-plus' },
      { field: 'input.smsGateway.headers.Bad Header', message: 'is not a valid header name' },
      { field: 'input.smsGateway.headers.X-Ok', message: 'must not contain line breaks' },
      { field: 'input.smsGateway.body.to', message: expect.stringContaining('unknown variable {{phone}}') },
      { field: 'input.smsGateway.idPath', message: 'must be a dot path such as entries.0.messageid' },
      { field: 'input.smsGateway.successPath', message: 'is required with successValue' },
      { field: 'input.smsGateway.body', message: 'must use {{to}} (in the body or the URL)' },
      { field: 'input.smsGateway.body', message: 'must use {{text}} (in the body or the URL)' },
    ]));
    expect(parseGatewayConfig({ body: { a: '{{to}} {{text}}' } }, 'input.smsGateway').errors).toEqual([{ field: 'input.smsGateway.url', message: 'is required' }]);
  });
});
