import { describe, expect, it } from 'vitest';
import { packTicketRow, ticketRowHtml, unpackTicketRow, type TicketRowColumns, type TicketRowData } from '@/components/tickets/ticket-row-data';

const labels = {
  statuses: { new: 'New', diagnostics: 'Diagnostics', awaiting_approval: 'Awaiting approval', in_progress: 'In progress', awaiting_parts: 'Awaiting parts', ready: 'Ready', closed: 'Closed', cancelled: 'Cancelled' },
  priorities: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  unassigned: 'Unassigned',
  none: '—',
  replied: 'client replied',
} as const;

const base = { id: 42, title: 'Screen <cracked> & "dim"', status: 'in_progress', replied: true, day: '2026-12-04', created: '4 Dec 2026', due: '—', late: false } as const;

/** What TicketTable's rowData gives for each choice of columns. */
function rowsFor(columns: TicketRowColumns): TicketRowData[] {
  const optional = (assignee: TicketRowData['assignee'], total: TicketRowData['total']) => ({
    ...(columns.priority && { priority: 'urgent' as const }),
    ...(columns.client && { client: { id: 7, name: 'Анна Смирнова' } }),
    ...(columns.assignee && { assignee }),
    ...(columns.total && { total }),
  });
  return [
    { ...base, ...optional({ id: 3, name: 'Михаил' }, { amount: '1 500,00 ₽', toPay: 'to pay 500,00 ₽' }) },
    { ...base, late: true, replied: false, ...optional(null, null) },
    { ...base, ...optional({ id: 4, name: '' }, { amount: '0,00 ₽', toPay: null }) },
  ];
}

const everyChoice: TicketRowColumns[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((bits) => ({
  priority: Boolean(bits & 1),
  client: Boolean(bits & 2),
  assignee: Boolean(bits & 4),
  total: Boolean(bits & 8),
}));

describe('ticket rows in the page payload', () => {
  it('come back from their packed form as they were, for every choice of columns', () => {
    for (const columns of everyChoice) {
      for (const row of rowsFor(columns)) {
        const packed = JSON.parse(JSON.stringify(packTicketRow(row)));
        expect(unpackTicketRow(packed, columns)).toEqual(row);
        expect(ticketRowHtml(unpackTicketRow(packed, columns), labels)).toBe(ticketRowHtml(row, labels));
      }
    }
  });

  it('carry no names of fields, so fifty rows cost their values only', () => {
    const row = rowsFor({ priority: true, client: true, assignee: true, total: true })[0];
    const packed = JSON.stringify(packTicketRow(row));
    expect(packed).not.toMatch(/"(id|title|status|client|assignee|total|created)":/);
    expect(packed.length).toBeLessThan(JSON.stringify(row).length * 0.75);
  });
});
