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
