/**
 * The "Balance due" quick view (due=1): tickets whose total is above what was paid, newest first,
 * read through the partial index tickets_balance_due_idx; the list shows what is still to pay.
 */
import { randomBytes } from 'node:crypto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { TicketTable } from '@/components/tickets/ticket-table';
import { tickets } from '@/db/tables';
import { listTickets, ticketListQuery } from '@/db/queries/ticket-list';
import { countTicketList } from '@/db/queries/ticket-counts';
import { messagesFor } from '@/lib/i18n/messages';
import { parseTicketListParams, resolveTicketFilters, ticketsHref } from '@/lib/tickets/filters';
import { makeClient, makeDepartment } from '../helpers/records';
import { onPostgres, setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();

/** Total and paid in minor units: only the first two owe anything. */
const TICKETS: [string, number | null, number][] = [
  ['owes part', 300_000, 100_000],
  ['owes all', 5_000, 0],
  ['paid in full', 200_000, 200_000],
  ['overpaid', 1_000, 2_000],
  ['no lines', null, 0],
];

beforeAll(async () => {
  const db = database();
  const departmentId = (await makeDepartment(db)).id;
  const clientId = (await makeClient(db)).id;
  for (const [i, [title, estimateMinor, paidMinor]] of TICKETS.entries()) {
    await db
      .insert(tickets)
      .values({ publicToken: randomBytes(16).toString('base64url'), kind: 'repair', channel: 'walk_in', title, clientId, departmentId, estimateMinor, paidMinor, createdAt: new Date(Date.UTC(2026, 10, 1 + i)) });
  }
});

const filters = () => resolveTicketFilters(parseTicketListParams({ due: '1' }).params, { staffId: 1, today: '2026-12-02', timeZone: 'Europe/Moscow', phoneRegion: 'RU' }).filters;

describe('due=1, the balance due', () => {
  it('lists only tickets that still owe money, newest first, and counts them', async () => {
    expect((await listTickets(filters())).rows.map((r) => r.title)).toEqual(['owes all', 'owes part']);
    expect((await countTicketList(filters())).total).toBe(2);
  });

  // SQLite's query plan (EXPLAIN QUERY PLAN on its own connection), as in ticket-list-plans.test.ts, which runs on SQLite alone.
  it.skipIf(onPostgres())('reads them through the partial index, with no sort and no scan of all tickets', () => {
    const { sql: text, params } = ticketListQuery(filters(), {}, 50, 'created').toSQL();
    const plan = (database().$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/tickets_balance_due_idx/);
    expect(plan).not.toMatch(/TEMP B-TREE|SCAN tickets\b(?! USING)/);
  });

  it('is kept in the URL and shows what is left to pay under the total', async () => {
    const { params } = parseTicketListParams({ due: '1' });
    expect(ticketsHref(params)).toBe('/tickets?due=1');
    const rows = (await listTickets(filters())).rows;
    const markup = renderToStaticMarkup(createElement(TicketTable, { rows, t: messagesFor('en'), locale: 'en', timeZone: 'Europe/Moscow', show: ['total'] }));
    const html = markup.replace(/\u00a0/g, ' ');
    expect(html).toContain('to pay RUB 2,000.00');
    expect(html).toContain('to pay RUB 50.00');
  });
});
