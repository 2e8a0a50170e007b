import { and, count, eq, gte, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { clients, employees, tickets } from '@/db/schema';
import { CLOSED_STATUSES, OPEN_STATUSES, type Priority, type Status } from '@/lib/domain/enums';
import { keysetClauses, toPage, type Page, type PageRequest } from './keyset';

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

export const OPEN: readonly Status[] = OPEN_STATUSES;
export const CLOSED: readonly Status[] = CLOSED_STATUSES;

export function ticketConditions(f: TicketListFilters): SQL[] {
  const one = <T>(column: Parameters<typeof eq>[0], values: readonly T[] | undefined) =>
    values?.length === 1 ? eq(column, values[0]) : values?.length ? inArray(column, [...values]) : undefined;
  const conditions: (SQL | undefined)[] = [
    f.clientId !== undefined ? eq(tickets.clientId, f.clientId) : undefined,
    f.assigneeId === 'none' ? isNull(tickets.assigneeId) : f.assigneeId !== undefined ? eq(tickets.assigneeId, f.assigneeId) : undefined,
    one(tickets.status, f.statuses),
    f.departmentId !== undefined ? eq(tickets.departmentId, f.departmentId) : undefined,
    one(tickets.priority, f.priorities),
    f.createdFrom ? gte(tickets.createdAt, f.createdFrom) : undefined,
    f.createdBefore ? lt(tickets.createdAt, f.createdBefore) : undefined,
  ];
  return conditions.filter((c): c is SQL => c !== undefined);
}

const assignee = alias(employees, 'assignee');

/** Newest first, keyset-paged: page 20,000 costs what page 1 costs. */
export function ticketListQuery(f: TicketListFilters, page: PageRequest = {}, size = PAGE_SIZE) {
  const { where, orderBy } = keysetClauses(tickets.createdAt, tickets.id, 'desc', page);
  return db()
    .select({
      id: tickets.id,
      title: tickets.title,
      status: tickets.status,
      priority: tickets.priority,
      createdAt: tickets.createdAt,
      dueDate: tickets.dueDate,
      clientId: tickets.clientId,
      clientName: clients.name,
      assigneeId: tickets.assigneeId,
      assigneeName: assignee.fullName,
    })
    .from(tickets)
    .innerJoin(clients, eq(tickets.clientId, clients.id))
    .leftJoin(assignee, eq(tickets.assigneeId, assignee.id))
    .where(and(...ticketConditions(f), where))
    .orderBy(...orderBy)
    .limit(size + 1);
}

export type TicketListRow = Awaited<ReturnType<ReturnType<typeof ticketListQuery>['all']>>[number];

export function listTickets(f: TicketListFilters, page: PageRequest = {}, size = PAGE_SIZE): Page<TicketListRow> {
  return toPage(ticketListQuery(f, page, size).all(), size, page, (row) => row.createdAt.getTime());
}

export function countTickets(f: TicketListFilters): number {
  return db().select({ n: count() }).from(tickets).where(and(...ticketConditions(f))).get()?.n ?? 0;
}
