/**
 * The ticket list's vocabulary, shared by its URL (lib/tickets/filters.ts) and its queries
 * (db/queries/ticket-list.ts): the filters, the sorts and what a page cursor of each sort holds.
 * Pure: no database, so both layers may import it.
 */
import type { Priority, Status } from '@/lib/domain/enums';

/** Filters already validated and resolved (dates as UTC instants of local-day bounds). */
export type TicketListFilters = {
  clientId?: number;
  assigneeId?: number | 'none';
  statuses?: readonly Status[];
  departmentId?: number;
  priorities?: readonly Priority[];
  createdFrom?: Date; // inclusive
  createdBefore?: Date; // exclusive
  /** An FTS5 MATCH expression made by `ticketSearchMatch`, never raw user input. */
  search?: string;
  /** YYYY-MM-DD: only tickets due before this day (with open statuses: the overdue ones). */
  dueBefore?: string;
  /** Only warranty returns (tickets.warranty_return_of_id set), read through tickets_warranty_return_idx. */
  warrantyReturn?: boolean;
  /** Only tickets with a balance due (total above what was paid), read through tickets_balance_due_idx. */
  balanceDue?: boolean;
  /** Only tickets whose client wrote and waits for an answer, read through tickets_client_replied_idx. */
  clientReplied?: boolean;
};

/**
 * created: newest first; -created: oldest first; updated: last changed first; due: soonest due
 * first, tickets without a due date last (newest first); priority: most urgent first, then newest;
 * total: the highest estimate total first, tickets without lines last (newest first).
 */
export const TICKET_SORTS = ['created', '-created', 'updated', 'due', 'priority', 'total'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

/** A page boundary: the sort value and id of a row (the shape of db/queries/keyset's Cursor). */
type CursorValue = { v: string | number | null; id: number };

export const RANK_BASE = 1e13; // a priority cursor is rank * RANK_BASE + created_at in ms: one number
export const RANKS: Record<Priority, number> = { urgent: 3, high: 2, normal: 1, low: 0 };

/** Does this cursor fit the sort (a hand-edited or stale one may not)? */
export function cursorFitsSort(cursor: CursorValue, sort: TicketSort): boolean {
  const v = cursor.v;
  if (sort === 'due') return v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
  if (sort === 'total') return v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return false;
  return sort !== 'priority' || Object.values(RANKS).includes(Math.floor(v / RANK_BASE));
}

/** One row of a ticket list, as the list queries read it and the ticket table shows it. */
export type TicketListRow = {
  id: number;
  title: string;
  status: Status;
  priority: Priority;
  createdAt: Date;
  dueDate: string | null;
  clientId: number;
  clientName: string;
  assigneeId: number | null;
  assigneeName: string | null;
  /** The ticket's total in minor units (null: no lines yet) and its currency; read by the ticket list, not by every table. */
  estimateMinor?: number | null;
  currency?: string;
  /** Paid so far (minor units); with the total, the balance due the list shows. */
  paidMinor?: number;
  /** Since when the client has been waiting for an answer (null: not waiting); the list marks such rows. */
  clientRepliedAt?: Date | null;
};
