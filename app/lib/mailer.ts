import 'server-only';
import { createTranslator } from 'next-intl';
import nodemailer from 'nodemailer';
import type { Mailer, NotificationEmail } from '@/db/queries/reminders';
import messages from '@/messages/vi/notifications.json';
import { formatDay } from './format';

export type ComposedEmail = { subject: string; text: string; html: string };

// Emails go out in Vietnamese: accounts carry no language of their own, and the department works in Vietnamese.
const t = createTranslator({ locale: 'vi', messages, namespace: 'notifications' });

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Subject and body of one notification email, with a link to the task (or to the notifications page). */
export function composeEmail(email: NotificationEmail, baseUrl: string): ComposedEmail {
  const code = email.taskCode ?? '';
  const due = formatDay(email.dueDate);
  const url = new URL(email.taskId ? `/tasks/${email.taskId}` : '/notifications', baseUrl).toString();
  const lines = [
    t('email.greeting', { name: email.recipientName }),
    '',
    t(`kinds.${email.kind}`, { code }),
    ...(email.taskCode ? [t('email.task', { code, title: email.taskTitle ?? '' })] : []),
    ...(email.dueDate ? [t('email.dueDate', { due })] : []),
    ...(email.kind === 'completion_returned' ? [t('email.reason', { reason: email.message })] : []),
    '',
    t('email.link', { url }),
    '',
    t('email.footer'),
  ];
  const html = lines
    .map((line) => (line === '' ? '' : `<p>${escapeHtml(line).replace(escapeHtml(url), `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`)}</p>`))
    .join('\n');
  return { subject: t(`email.subject.${email.kind}`, { code, due }), text: lines.join('\n'), html };
}

/**
 * Sends through the SMTP server of SMTP_URL. Short time limits: the claim of a notification is
 * held in a database transaction while its email is sent (db/queries/reminders.ts), and on the
 * embedded database an open transaction makes other queries wait.
 */
export function createSmtpMailer(options: { url: string; from: string; baseUrl: string }): Mailer & { close: () => void } {
  const transport = nodemailer.createTransport({ url: options.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    async send(email) {
      const { subject, text, html } = composeEmail(email, options.baseUrl);
      // The notification's id travels in a header, so a delivery can be traced back to its row.
      await transport.sendMail({ from: options.from, to: email.to, subject, text, html, headers: { 'X-KHCN-Notification': String(email.notificationId) } });
    },
    close: () => transport.close(),
  };
}
