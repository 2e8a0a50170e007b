import { z } from 'zod';

/**
 * The one place that reads process.env. Parsed lazily (first call), so `next build`
 * never needs run-time secrets; `instrumentation.ts` calls it at server start so a
 * bad setting stops the server with a message that names every variable at fault.
 */
const DEV_AUTH_SECRET = 'dev-only-auth-secret-change-me-0123456789';
const DEV_CRON_SECRET = 'dev-only-cron-secret';

const isProduction = () =>
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const COMPRESSIONS = ['fast', 'small', 'off'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Moscow');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.preprocess(emptyToUndefined, z.string().default('./data/crm.db')),
  AUTH_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  CRON_SECRET: z.preprocess(emptyToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  APP_URL: z.preprocess(emptyToUndefined, z.url().default('http://localhost:3000')),
  APP_TIMEZONE: z.preprocess(emptyToUndefined, timeZone.default('Europe/Moscow')),
  DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(['ru', 'en']).default('ru')),
  PHONE_REGION: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter region such as RU').default('RU')),
  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default('Service Desk <no-reply@service-desk.local>')),
  ATTACHMENTS_DIR: z.preprocess(emptyToUndefined, z.string().default('./data/attachments')),
  COMPANY_NAME: z.preprocess(emptyToUndefined, z.string().default('Service Desk')),
  COMPANY_PHONE: z.preprocess(emptyToUndefined, z.string().default('+7 495 000-00-00')),
  COMPANY_EMAIL: z.preprocess(emptyToUndefined, z.string().default('support@service-desk.local')),
  COMPANY_ADDRESS: z.preprocess(emptyToUndefined, z.string().default('')),
  // The executor's legal details on the receipt and the certificate (consumer-service rules): shown when set.
  COMPANY_LEGAL_NAME: z.preprocess(emptyToUndefined, z.string().default('')),
  COMPANY_TAX_ID: z.preprocess(emptyToUndefined, z.string().default('')),
  COMPANY_REG_ID: z.preprocess(emptyToUndefined, z.string().default('')),
  // Issue 18: client channels. SMS through SMS.ru (docs/decisions/sms-provider.md); without a key
  // SMS stay readable in /outbox, like mail without RESEND_API_KEY. *_BASE_URL: tests point them at fakes.
  SMS_PROVIDER: z.preprocess(emptyToUndefined, z.enum(['smsru']).default('smsru')),
  SMS_API_KEY: optionalString,
  SMS_SENDER: optionalString,
  SMS_BASE_URL: z.preprocess(emptyToUndefined, z.url().default('https://sms.ru')),
  TELEGRAM_BOT_TOKEN: optionalString,
  /** The bot's @name without the @, for the t.me deep links (the token alone does not say it). */
  TELEGRAM_BOT_USERNAME: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9_]{5,32}$/, 'must be the bot\'s username without @').optional()),
  TELEGRAM_BASE_URL: z.preprocess(emptyToUndefined, z.url().default('https://api.telegram.org')),
  TELEGRAM_WEBHOOK_SECRET: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z, a-z, 0-9, _ and -').optional()),
  RESEND_WEBHOOK_SECRET: optionalString,
  /** The domain whose mail Resend receives: replies go to reply+<code>@INBOUND_DOMAIN. Unset: no reply address. */
  INBOUND_DOMAIN: z.preprocess(emptyToUndefined, z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'must be a domain such as replies.example.ru').optional()),
  /** Status messages to a client wait this long, so quick moves make one message (0: send at once). */
  NOTIFY_MERGE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int('must be a whole number').min(0).max(3600).default(120)),
  /** `npm start`'s server processes on the one port; unset: one per core. 1 serves in a single process. */
  WORKERS: z.preprocess(emptyToUndefined, z.coerce.number().int('must be a whole number').min(1).max(64).optional()),
  /** How `npm start` compresses its answers: fast (least CPU), small (fewest bytes) or off (a proxy in front does it). */
  COMPRESSION: z.preprocess(emptyToUndefined, z.enum(COMPRESSIONS, 'must be fast, small or off').default('fast')),
  // How many proxies in front of the app append to X-Forwarded-For; 0 = clients connect directly.
  TRUSTED_PROXY_HOPS: z.preprocess(emptyToUndefined, z.coerce.number().int('must be a whole number').min(0).max(10).default(0)),
});

export type Env = Omit<z.infer<typeof schema>, 'AUTH_SECRET' | 'CRON_SECRET'> & {
  AUTH_SECRET: string;
  CRON_SECRET: string;
};

export class EnvError extends Error {
  constructor(problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>, production = isProduction()): Env {
  const parsed = schema.safeParse(source);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  if (production) {
    if (!source.AUTH_SECRET) problems.push('AUTH_SECRET: required in production');
    if (!source.CRON_SECRET) problems.push('CRON_SECRET: required in production');
  }
  if (problems.length > 0 || !parsed.success) throw new EnvError(problems);
  return {
    ...parsed.data,
    AUTH_SECRET: parsed.data.AUTH_SECRET ?? DEV_AUTH_SECRET,
    CRON_SECRET: parsed.data.CRON_SECRET ?? DEV_CRON_SECRET,
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change settings between cases; production never calls this. */
export function resetEnvForTests() {
  cached = undefined;
}
