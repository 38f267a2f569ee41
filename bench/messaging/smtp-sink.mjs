// A local SMTP server for the messaging benchmark: accepts every message, counts it and its distinct
// X-Peyvand-Message-Id (read from the header block only, no full MIME parse), reports to the parent over IPC.
import { SMTPServer } from 'smtp-server';

let received = 0;
const ids = new Set();
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 1024 * 1024,
  onData(stream, _session, callback) {
    let head = '';
    let done = false;
    stream.on('data', (chunk) => {
      if (done) return;
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end >= 0) {
        done = true;
        const m = /^X-Peyvand-Message-Id:\s*(\S+)/im.exec(head.slice(0, end));
        if (m) ids.add(m[1]);
      }
    });
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
setInterval(() => process.send({ received, distinct: ids.size }), 500);
process.on('disconnect', () => process.exit(0));
