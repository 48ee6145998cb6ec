// The environment, validated once with zod. Nothing else reads process.env (the database module
// reads its own DATABASE_URL and PGLITE_DIR).
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-MM-dd');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** For local demos only: the password of every seeded account. */
  DEMO_PASSWORD: z.string().min(8).default('LangSon@2021'),
  /** Secret that signs session tokens. Required in production; shared by every app instance. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** The public URL of the app (next-auth); https:// makes session cookies Secure. */
  NEXTAUTH_URL: z.string().url().optional(),
  /** Pretend "today" is this date (yyyy-MM-dd), so a 2021 plan's deadlines mean something in a demo. */
  SEED_TODAY: isoDate.optional(),
  /** Skip seeding the 2021 plan at start (an empty production database). */
  SEED_ON_START: z.enum(['true', 'false']).default('true'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  /** How long an account stays locked after 5 wrong passwords (OWASP: 15 minutes). */
  SIGN_IN_LOCK_SECONDS: z.coerce.number().int().positive().default(15 * 60),
  /** SMTP server for email notifications (smtp:// or smtps://, credentials in the URL); unset: in-app only. */
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^smtps?:\/\/\S+$/, 'expected smtp://… or smtps://…').optional()),
  /** The sender of notification emails. */
  MAIL_FROM: z.string().min(3).default('Theo dõi Kế hoạch KH&CN <no-reply@khcn.langson.gov.vn>'),
  /** When the reminder job runs (cron, Asia/Ho_Chi_Minh; a 6th leading field means seconds), or "off". */
  REMINDER_CRON: z.string().trim().min(1).default('*/5 * * * *'),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

// For development and tests only, so `next dev` works without setup. `npm start` generates a real
// secret into .data/auth-secret when AUTH_SECRET is not set; production refuses to run without one.
const DEV_SECRET = 'khcn-dev-secret-not-for-production-use-000';

export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === 'production') throw new Error('AUTH_SECRET must be set (32 characters or more) in production.');
  return DEV_SECRET;
}
