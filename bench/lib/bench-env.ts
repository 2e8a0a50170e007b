/**
 * What every benchmark serves with: a production build in `dist`, fixed secrets, Moscow time, the
 * Russian interface, and no mail service (notifications stay in the embedded outbox: nothing
 * leaves the machine). WORKERS is each benchmark's own choice.
 */
export const BENCH_TIME_ZONE = 'Europe/Moscow';

/** The demo accounts the page benchmarks sign in as and plan their views around. */
export const MANAGER = { email: 'manager@demo.test', password: 'demo-password' };
export const TECHNICIAN = 'tech@demo.test';

export function benchEnv(dist: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: dist,
    AUTH_SECRET: 'bench-auth-secret-0123456789-abcdefghijklmnop',
    CRON_SECRET: 'bench-cron-secret-0123456789',
    APP_TIMEZONE: BENCH_TIME_ZONE,
    DEFAULT_LOCALE: 'ru',
    RESEND_API_KEY: '',
  };
}
