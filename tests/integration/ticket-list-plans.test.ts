import { describe, expect, it } from 'vitest';
import { ticketListQuery, type TicketListFilters, type TicketSort } from '@/db/queries/ticket-list';
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
