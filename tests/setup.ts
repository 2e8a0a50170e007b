// Tests never read a developer's .env: each integration file sets its own database.
process.env.APP_TIMEZONE ??= 'Europe/Moscow';
process.env.DEFAULT_LOCALE ??= 'ru';
process.env.APP_URL ??= 'http://localhost:3000';
// Status messages go out at once unless a test is about merging quick moves (it sets its own window).
process.env.NOTIFY_MERGE_SECONDS ??= '0';

import { vi } from 'vitest';

// Outside a Next request there is no cache to revalidate and no request headers.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers({ 'accept-language': 'en' }),
}));
