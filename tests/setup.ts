// Tests never read a developer's .env: each integration file sets its own database.
process.env.APP_TIMEZONE ??= 'Europe/Moscow';
process.env.DEFAULT_LOCALE ??= 'ru';
process.env.APP_URL ??= 'http://localhost:3000';

import { vi } from 'vitest';

// Outside a Next request there is no cache to revalidate and no request headers.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers({ 'accept-language': 'en' }),
}));
