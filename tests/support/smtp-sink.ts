// SMTP servers on 127.0.0.1 (smtp-server) that keep who received which notification: the
// X-KHCN-Notification header app/lib/mailer.ts puts on every email. One port per app instance,
// so a test can tell which instance sent a message.
import { SMTPServer } from 'smtp-server';
import { freePort } from './app-server';

export type Delivery = { port: number; to: string[]; notificationId: number };

export type SmtpSink = { ports: number[]; received: Delivery[]; stop: () => Promise<void> };

function notificationIdOf(raw: string): number {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  return Number(/^x-khcn-notification:\s*(\d+)/im.exec(head)?.[1] ?? NaN);
}

async function listen(port: number, received: Delivery[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        received.push({ port, to: session.envelope.rcptTo.map((r) => r.address), notificationId: notificationIdOf(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}

export async function startSmtpSink(count: number): Promise<SmtpSink> {
  const received: Delivery[] = [];
  const ports: number[] = [];
  const servers: SMTPServer[] = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    ports.push(port);
    servers.push(await listen(port, received));
  }
  return {
    ports,
    received,
    stop: async () => {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
