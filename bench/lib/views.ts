/**
 * What the benchmark requests, chosen from each database's own data (its dates are relative to
 * when it was seeded): the floor, the list views the issue names, the cash report of the last
 * whole month (issue 17) and the CSV exports.
 */
import Database from 'better-sqlite3';
import { encodeListCursor } from '../../lib/tickets/filters';
import { ticketHref } from '../../lib/tickets/number';
import { LINES } from './big-estimate';
import { addDays, toLocalDate } from '../../lib/time/local-date';

/**
 * `report`: a page whose work grows with the data on purpose (a month of payments is a hundred times
 * more at 1M): held to the floor target, its 1M ÷ 10k ratio is information only.
 */
export type View = { key: string; label: string; path: string; kind: 'floor' | 'reference' | 'list' | 'report' | 'dashboard' | 'export'; rows?: number };
export type Plan = { views: View[]; bigExport: View | null };

export const SEARCH_TEXT = 'смирн';
const DEEP_PAGES = 1000;
const PAGE = 50;

/** The first and last local day of the last whole month before the one `today` falls in. */
export function lastFullMonth(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 2, 1)); // Date.UTC rolls month -1 back into the year before
  const last = new Date(Date.UTC(year, month - 1, 0)); // day 0: the last day of the month before
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

export function planViews(file: string, timeZone: string, technicianEmail: string, bigEstimateTicket: number): Plan {
  const db = new Database(file, { readonly: true });
  try {
    const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;
    const total = one<{ n: number }>('SELECT count(*) AS n FROM tickets').n;
    const newest = one<{ at: number; client: number }>('SELECT created_at AS at, client_id AS client FROM tickets ORDER BY created_at DESC, id DESC LIMIT 1');
    const day = addDays(toLocalDate(newest.at, timeZone), -1); // the last whole day
    const tech = one<{ id: number }>('SELECT id FROM employees WHERE email = ?', technicianEmail).id;
    const monthAgo = addDays(day, -29);
    const month = lastFullMonth(toLocalDate(newest.at, timeZone));
    const depth = Math.min(DEEP_PAGES * PAGE, total - PAGE) - 1;
    const deep = one<{ v: number; id: number }>('SELECT created_at AS v, id FROM tickets ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?', depth);
    const deepPage = Math.floor(depth / PAGE) + 2;

    const byStatus = db.prepare('SELECT status AS value, count(*) AS n FROM tickets GROUP BY status').all() as { value: string; n: number }[];
    const byDepartment = db.prepare('SELECT department_id AS value, count(*) AS n FROM tickets GROUP BY department_id').all() as { value: number; n: number }[];
    const candidates = [
      { query: '', n: total },
      ...byStatus.map((s) => ({ query: `status=${s.value}`, n: s.n })),
      ...byDepartment.map((d) => ({ query: `department=${d.value}`, n: d.n })),
    ];
    const closest = (target: number) => candidates.reduce((best, c) => (Math.abs(c.n - target) < Math.abs(best.n - target) ? c : best));
    const exportOf = (target: number, key: string): View => {
      const c = closest(target);
      return { key, label: `CSV export (${c.n.toLocaleString('en')} rows${c.query ? `, ${c.query}` : ''})`, path: `/tickets/export${c.query ? `?${c.query}` : ''}`, kind: 'export', rows: c.n };
    };
    const big = closest(100_000);

    const views: View[] = [
      { key: 'floor', label: 'Floor: /profile (same layout, no tickets)', path: '/profile', kind: 'floor' },
      { key: 'health', label: 'Reference: /api/health (no page)', path: '/api/health', kind: 'reference' },
      { key: 'dashboard', label: 'Dashboard / (as a manager: personal and team sections)', path: '/', kind: 'dashboard' },
      { key: 'default', label: '/tickets (default: newest first)', path: '/tickets', kind: 'list' },
      { key: 'client', label: 'Client', path: `/tickets?client=${newest.client}`, kind: 'list' },
      { key: 'dates', label: 'Creation date (one day)', path: `/tickets?from=${day}&to=${day}`, kind: 'list' },
      { key: 'status', label: 'Status (open)', path: '/tickets?status=open', kind: 'list' },
      { key: 'assignee', label: 'Assignee (a technician)', path: `/tickets?assignee=${tech}`, kind: 'list' },
      { key: 'combo', label: 'Assignee + open + last 30 days', path: `/tickets?assignee=${tech}&status=open&from=${monthAgo}&to=${day}`, kind: 'list' },
      { key: 'search', label: `Search q=${SEARCH_TEXT}`, path: `/tickets?q=${encodeURIComponent(SEARCH_TEXT)}`, kind: 'list' },
      { key: 'deep', label: `Page ${deepPage.toLocaleString('en')} (keyset cursor)`, path: `/tickets?cursor=${encodeListCursor('next', { v: deep.v, id: deep.id })}`, kind: 'list' },
      { key: 'ticket', label: `Ticket page with ${LINES} lines (issue 16)`, path: ticketHref(bigEstimateTicket), kind: 'list' },
      { key: 'cashMonth', label: `Cash report of a month (${month.from} – ${month.to}, issue 17)`, path: `/reports/payments?from=${month.from}&to=${month.to}`, kind: 'report' },
      exportOf(10_000, 'export'),
    ];
    const bigExport = big.n >= 50_000 ? exportOf(100_000, 'bigExport') : null;
    return { views, bigExport };
  } finally {
    db.close();
  }
}
