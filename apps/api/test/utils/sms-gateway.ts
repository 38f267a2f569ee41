import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface SmsGateway {
  url: string;
  /** Every SMS it was asked to send, in order (receptor without '+', as Kavenegar takes it). */
  sent: Array<{ receptor: string; message: string }>;
  close(): Promise<void>;
}

/** A Kavenegar-compatible SMS provider on loopback that accepts and records every message. */
export async function startSmsGateway(): Promise<SmsGateway> {
  const sent: SmsGateway['sent'] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(raw));
      sent.push({ receptor: form.receptor, message: form.message });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ return: { status: 200, message: 'تایید شد' }, entries: [{ messageid: 9000 + sent.length }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent, close: () => new Promise<void>((r) => server.close(() => r())) };
}
