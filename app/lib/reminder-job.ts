import 'server-only';
import { Cron } from 'croner';
import { getDb } from '@/db/client';
import { runReminders, sendPendingEmails, type Mailer } from '@/db/queries/reminders';
import { env } from './env';
import { TIME_ZONE } from './i18n/locales';
import { createSmtpMailer } from './mailer';
import { appToday } from './today';

// The reminder job runs inside the app's process on croner (a small, dependency-free cron
// scheduler). pg-boss needs a PostgreSQL server and the default database is the embedded PGlite;
// the job needs no queue of its own anyway: idempotency lives in the database (dedupe keys, the
// emailed_at claim), so several app instances may each run it.

const globalForJob = globalThis as unknown as { __khcnReminderJob?: Cron };

/** One run: raise the reminders due today, then email what is pending (when SMTP_URL is set). */
export async function runReminderJob(mailer: Mailer | null): Promise<void> {
  const db = await getDb();
  const { created } = await runReminders(db, appToday());
  const emails = mailer ? await sendPendingEmails(db, mailer) : null;
  if (created || emails?.sent || emails?.failed) {
    console.log(`[khcn] Reminders: ${created} new notification(s)${emails ? `, ${emails.sent} email(s) sent, ${emails.failed} failed` : ''}.`);
  }
  for (const error of emails?.errors ?? []) console.error('[khcn] Sending a notification email failed; it will be retried.', error);
}

/**
 * Starts the job once per process (REMINDER_CRON, "off" to disable) and runs it right away.
 * Called at server start (app/lib/startup.ts), which instrumentation.ts skips during `next build`.
 */
export function startReminderJob(): Cron | null {
  const { REMINDER_CRON, SMTP_URL, MAIL_FROM, NEXTAUTH_URL } = env();
  if (REMINDER_CRON.toLowerCase() === 'off') return null;
  if (globalForJob.__khcnReminderJob) return globalForJob.__khcnReminderJob;
  const mailer = SMTP_URL ? createSmtpMailer({ url: SMTP_URL, from: MAIL_FROM, baseUrl: NEXTAUTH_URL ?? 'http://localhost:3000' }) : null;
  const job = new Cron(
    REMINDER_CRON,
    {
      name: 'khcn-reminders',
      timezone: TIME_ZONE,
      // A run still going when the next one is due is not doubled up.
      protect: true,
      // The timer alone does not keep the process alive at shutdown.
      unref: true,
      catch: (error: unknown) => console.error('[khcn] The reminder job failed; it runs again at its next time.', error),
    },
    () => runReminderJob(mailer),
  );
  globalForJob.__khcnReminderJob = job;
  void job.trigger();
  console.log(`[khcn] Reminder job scheduled (${REMINDER_CRON}, ${TIME_ZONE}); email ${mailer ? 'on' : 'off (SMTP_URL not set)'}.`);
  return job;
}
