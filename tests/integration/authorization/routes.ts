import type { Arranged } from './arrange';

/**
 * Every route handler, who may call it, and a request to make. 'staff': any signed-in employee;
 * 'managers': a signed-in manager or admin (a technician gets 403);
 * 'cron': the bearer CRON_SECRET, whoever is signed in; 'public': anyone. next-auth's own
 * handler is its library's business and is left out. A new route missing here fails the test.
 */
export type RouteEntry = {
  file: string;
  method: 'GET' | 'POST';
  access: 'public' | 'staff' | 'managers' | 'cron';
  url: string | ((a: Arranged) => Promise<string>);
  /** The dynamic segments of the route, e.g. { id }. */
  params?: (url: string) => Record<string, string>;
};

export const ROUTES: RouteEntry[] = [
  { file: 'app/api/health/route.ts', method: 'GET', access: 'public', url: '/api/health' },
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
];

export const EXCLUDED_ROUTES = ['app/api/auth/[...nextauth]/route.ts'];
