import { stopCode } from '@/lib/channels/stop-codes';
import type { Arranged } from './arrange';

/**
 * Every route handler, who may call it, and a request to make. 'staff': any signed-in employee;
 * 'managers': a signed-in manager or admin (a technician gets 403);
 * 'cron': the bearer CRON_SECRET, whoever is signed in; 'webhook': only a caller with the provider's
 * secret (a header or a signature), signed in or not; 'public': anyone. next-auth's own
 * handler is its library's business and is left out. A new route missing here fails the test.
 */
export type RouteEntry = {
  file: string;
  method: 'GET' | 'POST';
  access: 'public' | 'staff' | 'managers' | 'cron' | 'webhook';
  url: string | ((a: Arranged) => Promise<string>);
  /** The dynamic segments of the route, e.g. { id }. */
  params?: (url: string) => Record<string, string>;
  /** A form body to post (the RFC 8058 one-click stop). */
  body?: string;
  /** The status that admits the caller when it is not a 2xx (a redirect: the short status link). */
  admits?: number;
};

export const ROUTES: RouteEntry[] = [
  { file: 'app/api/health/route.ts', method: 'GET', access: 'public', url: '/api/health' },
  { file: 'app/icons.svg/route.ts', method: 'GET', access: 'public', url: '/icons.svg' },
  { file: 'app/api/clients/search/route.ts', method: 'GET', access: 'staff', url: '/api/clients/search?q=a' },
  { file: 'app/api/employees/search/route.ts', method: 'GET', access: 'staff', url: '/api/employees/search?q=a' },
  { file: 'app/(staff)/tickets/export/route.ts', method: 'GET', access: 'staff', url: '/tickets/export' },
  { file: 'app/(staff)/catalog/export/route.ts', method: 'GET', access: 'staff', url: '/catalog/export' },
  { file: 'app/(staff)/reports/payments/export/route.ts', method: 'GET', access: 'managers', url: '/reports/payments/export' },
  { file: 'app/api/catalog/search/route.ts', method: 'GET', access: 'staff', url: '/api/catalog/search?q=a' },
  {
    file: 'app/api/attachments/[id]/route.ts',
    method: 'GET',
    access: 'staff',
    url: async (a) => `/api/attachments/${(await a.attachment()).id}`,
    params: (url) => ({ id: url.split('/')[3] }),
  },
  {
    file: 'app/api/attachments/[id]/thumbnail/route.ts',
    method: 'GET',
    access: 'staff',
    url: async (a) => `/api/attachments/${(await a.attachment()).id}/thumbnail`,
    params: (url) => ({ id: url.split('/')[3] }),
  },
  {
    file: 'app/(staff)/help/img/[lang]/[file]/route.ts',
    method: 'GET',
    access: 'staff',
    url: '/help/img/en/login.png',
    params: () => ({ lang: 'en', file: 'login.png' }),
  },
  { file: 'app/api/cron/digest/route.ts', method: 'GET', access: 'cron', url: '/api/cron/digest' },
  { file: 'app/api/cron/digest/route.ts', method: 'POST', access: 'cron', url: '/api/cron/digest' },
  { file: 'app/api/telegram/webhook/route.ts', method: 'POST', access: 'webhook', url: '/api/telegram/webhook' },
  { file: 'app/api/webhooks/resend/route.ts', method: 'POST', access: 'webhook', url: '/api/webhooks/resend' },
  // Issue 18: the links in a client's messages, public by design (the key is in the code).
  {
    file: 'app/s/[code]/route.ts',
    method: 'GET',
    access: 'public',
    url: async (a) => `/s/${(await a.ticket(null)).publicToken.slice(0, 12)}`,
    params: (url) => ({ code: url.split('/')[2] }),
    admits: 307,
  },
  {
    file: 'app/api/stop/[code]/route.ts',
    method: 'POST',
    access: 'public',
    url: async (a) => `/api/stop/${stopCode(a.client.id, 'email')}`,
    params: (url) => ({ code: url.split('/')[3] }),
    body: 'List-Unsubscribe=One-Click',
  },
  {
    file: 'app/api/stop/[code]/route.ts',
    method: 'GET',
    access: 'public',
    url: async (a) => `/api/stop/${stopCode(a.client.id, 'email')}`,
    params: (url) => ({ code: url.split('/')[3] }),
    admits: 303,
  },
];

export const EXCLUDED_ROUTES = ['app/api/auth/[...nextauth]/route.ts'];
