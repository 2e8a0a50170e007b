import { and, desc, eq, gte, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { clients, tickets } from '@/db/schema';
import type { Priority, Status } from '@/lib/domain/enums';

export const PAGE_SIZE = 50;

/** Filters already validated and resolved (dates as UTC instants of local-day bounds). */
export type TicketListFilters = {
  clientId?: number;
  assigneeId?: number | 'none';
  statuses?: readonly Status[];
  departmentId?: number;
  priorities?: readonly Priority[];
  createdFrom?: Date; // inclusive
  createdBefore?: Date; // exclusive
};

export type TicketCursor = { createdAt: Date; id: number };

export function ticketConditions(f: TicketListFilters): SQL[] {
  const conditions: (SQL | undefined)[] = [
    f.clientId !== undefined ? eq(tickets.clientId, f.clientId) : undefined,
    f.assigneeId === 'none' ? isNull(tickets.assigneeId) : f.assigneeId !== undefined ? eq(tickets.assigneeId, f.assigneeId) : undefined,
    f.statuses?.length === 1 ? eq(tickets.status, f.statuses[0]) : f.statuses?.length ? inArray(tickets.status, [...f.statuses]) : undefined,
    f.departmentId !== undefined ? eq(tickets.departmentId, f.departmentId) : undefined,
    f.priorities?.length === 1 ? eq(tickets.priority, f.priorities[0]) : f.priorities?.length ? inArray(tickets.priority, [...f.priorities]) : undefined,
    f.createdFrom ? gte(tickets.createdAt, f.createdFrom) : undefined,
    f.createdBefore ? lt(tickets.createdAt, f.createdBefore) : undefined,
  ];
  return conditions.filter((c): c is SQL => c !== undefined);
}

/** Rows strictly after the cursor in (created_at DESC, id DESC) order. */
function olderThan(cursor: TicketCursor): SQL {
  return or(lt(tickets.createdAt, cursor.createdAt), and(eq(tickets.createdAt, cursor.createdAt), lt(tickets.id, cursor.id)))!;
}

/** Newest first, keyset-paged: page 20,000 costs what page 1 costs. */
export function ticketListQuery(f: TicketListFilters, cursor: TicketCursor | null = null) {
  return db()
    .select({
      id: tickets.id,
      title: tickets.title,
      status: tickets.status,
      priority: tickets.priority,
      createdAt: tickets.createdAt,
      dueDate: tickets.dueDate,
      assigneeId: tickets.assigneeId,
      clientName: clients.name,
    })
    .from(tickets)
    .innerJoin(clients, eq(tickets.clientId, clients.id))
    .where(and(...ticketConditions(f), cursor ? olderThan(cursor) : undefined))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(PAGE_SIZE + 1);
}
