import { describe, expect, it, vi } from 'vitest';
import {
  countOpenByStatus,
  countUnassignedOpen,
  createdAndClosedPerDay,
  listWaitingForEmployee,
  medianIntakeToReady,
  openTicketsPerEmployee,
  overdueTickets,
} from '@/db/queries/dashboard';
import { db } from '@/db';
import { ticketListQuery } from '@/db/queries/ticket-list';
import type { TicketListFilters, TicketSort } from '@/lib/tickets/list-vocabulary';
import { OPEN_STATUSES } from '@/lib/domain/enums';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();

function plan(filters: TicketListFilters, sort: TicketSort = 'created', after?: { v: string | number | null; id: number }) {
  const { sql: text, params } = ticketListQuery(filters, after ? { after } : {}, 50, sort).toSQL();
  const rows = database().$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

/**
 * Every view reads an index range in the order it shows (or, for several statuses, one range per
 * status merged by a sorter that stops after a page): no view scans the tickets table.
 */
describe('every list view is an index range', () => {
  const cases: [string, TicketListFilters, TicketSort, string, RegExp | null][] = [
    ['open tickets (six statuses)', { statuses: OPEN_STATUSES }, 'created', 'tickets_status_created_idx', null],
    ['my open tickets', { assigneeId: 1, statuses: OPEN_STATUSES }, 'created', 'tickets_assignee_status_created_idx', null],
    ['an employee\'s closed tickets', { assigneeId: 1, statuses: ['closed'] }, 'created', 'tickets_assignee_status_created_idx', /TEMP B-TREE/],
    ['department + open', { departmentId: 1, statuses: OPEN_STATUSES }, 'created', 'tickets_status_created_idx', null],
    ['overdue, soonest due first', { statuses: OPEN_STATUSES, dueBefore: '2026-03-10' }, 'due', 'tickets_status_due_idx', null],
    ['everything by due date', {}, 'due', 'tickets_due_idx', /TEMP B-TREE/],
    ['everything by priority (urgent segment)', {}, 'priority', 'tickets_priority_created_idx', /TEMP B-TREE/],
    ['recently changed', {}, 'updated', 'tickets_updated_idx', /TEMP B-TREE/],
    ['oldest first', {}, '-created', 'tickets_created_idx', /TEMP B-TREE/],
    ['client + open + date range', { clientId: 1, statuses: OPEN_STATUSES, createdFrom: new Date(0), createdBefore: new Date() }, 'created', 'tickets_client_created_idx', /TEMP B-TREE/],
  ];

  it.each(cases)('%s', (_name, filters, sort, index, forbidden) => {
    const detail = plan(filters, sort);
    expect(detail).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}`));
    expect(detail).not.toMatch(/SCAN tickets(?! USING)/);
    if (forbidden) expect(detail).not.toMatch(forbidden);
  });

  it('a page 1,000 pages deep is a range from the cursor, not a scan from the top', () => {
    const detail = plan({}, 'created', { v: 1_772_000_000_000, id: 950_000 });
    expect(detail).toMatch(/SEARCH tickets USING (COVERING )?INDEX tickets_created_idx \(created_at<\?\)/);
  });

  it('a search reads the FTS index in rowid order and looks tickets up by id', () => {
    const detail = plan({ search: '"x"*' });
    expect(detail).toMatch(/SCAN ticket_search VIRTUAL TABLE/);
    expect(detail).toMatch(/SEARCH tickets USING INTEGER PRIMARY KEY/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });
});

/**
 * The plans of every statement `run` prepares. Parameters are bound as NULL: the plan depends on
 * the statement's shape (no ANALYZE statistics here), not on the values.
 */
async function plansOf(run: () => unknown): Promise<{ sql: string; plan: string }[]> {
  const client = db().$client;
  const prepare = client.prepare.bind(client);
  const seen: string[] = [];
  const spy = vi.spyOn(client, 'prepare').mockImplementation((source: string) => {
    seen.push(source);
    return prepare(source);
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return seen.map((text) => {
    const nulls = Array.from({ length: (text.match(/\?/g) ?? []).length }, () => null);
    const rows = prepare(`EXPLAIN QUERY PLAN ${text}`).all(...nulls) as { detail: string }[];
    return { sql: text, plan: rows.map((r) => r.detail).join('\n') };
  });
}

/**
 * The dashboard counts open tickets per status, per assignee and unassigned. Migration 0010
 * dropped the (status, assignee_id) index these once read: (status, created_at, id) and
 * (assignee_id, status, created_at, id) cover the same lookups, and no figure may fall back to
 * reading the whole tickets table.
 */
describe('every dashboard figure is read through an index', () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2026, 2, 1);
  const figures: [string, () => unknown, RegExp][] = [
    ['open tickets by status', () => countOpenByStatus(), /USING COVERING INDEX tickets_status_created_idx/],
    ['open tickets nobody holds', () => countUnassignedOpen(), /USING COVERING INDEX tickets_assignee_status_created_idx \(assignee_id=\? AND status=\?\)/],
    ['overdue tickets', () => overdueTickets('2026-03-16', 10), /USING (COVERING )?INDEX tickets_status_due_idx/],
    ['open tickets per employee', () => openTicketsPerEmployee(), /USING COVERING INDEX tickets_assignee_status_created_idx \(assignee_id=\? AND status=\?\)/],
    ['my tickets waiting', () => listWaitingForEmployee(1, 5), /USING (COVERING )?INDEX tickets_assignee_status_created_idx \(assignee_id=\? AND status=\?\)/],
    ['created and closed per day', () => createdAndClosedPerDay([start, start + DAY, start + 2 * DAY]), /USING COVERING INDEX tickets_created_idx/],
    ['median time to ready', () => medianIntakeToReady(new Date(start), new Date(start + 30 * DAY)), /USING (COVERING )?INDEX tickets_first_ready_idx/],
  ];

  it.each(figures)('%s', async (_name, run, expected) => {
    const plans = await plansOf(run);
    expect(plans.length).toBeGreaterThan(0);
    const all = plans.map((p) => p.plan).join('\n');
    expect(all).toMatch(expected);
    for (const { sql, plan } of plans) {
      // A plain SCAN of tickets (no index) reads every row: a million at scale.
      expect(plan, sql).not.toMatch(/SCAN tickets(?! USING)/);
      expect(plan, sql).not.toMatch(/SCAN t(?! USING)\b/);
    }
  });

  it('the index the later ones made redundant is gone', () => {
    const names = database().$client.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets'`).all() as { name: string }[];
    expect(names.map((n) => n.name)).not.toContain('tickets_status_assignee_idx');
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['tickets_status_created_idx', 'tickets_assignee_status_created_idx']));
  });
});
