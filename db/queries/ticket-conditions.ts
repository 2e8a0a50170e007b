import 'server-only';
import { eq, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { tickets } from '@/db/tables';
import type { Priority, Status } from '@/lib/domain/enums';
import type { TicketListFilters } from '@/lib/tickets/list-vocabulary';
import { searchMatches } from './ticket-search';

/** Undefined: any status; an empty list: none (overdue and only closed statuses asked for). */
function statusIn(values: readonly Status[] | undefined) {
  if (!values) return undefined;
  if (values.length === 0) return sql`0`;
  return values.length === 1 ? eq(tickets.status, values[0]) : inArray(tickets.status, [...values]);
}

function priorityIn(values: readonly Priority[] | undefined) {
  if (!values?.length) return undefined;
  return values.length === 1 ? eq(tickets.priority, values[0]) : inArray(tickets.priority, [...values]);
}

/** One condition per filter; `except` leaves one out (the status tabs count every status). */
export function ticketConditions(f: TicketListFilters, except?: 'statuses'): SQL[] {
  const conditions: (SQL | undefined)[] = [
    f.clientId !== undefined ? eq(tickets.clientId, f.clientId) : undefined,
    f.assigneeId === 'none' ? isNull(tickets.assigneeId) : f.assigneeId !== undefined ? eq(tickets.assigneeId, f.assigneeId) : undefined,
    except === 'statuses' ? undefined : statusIn(f.statuses),
    f.departmentId !== undefined ? eq(tickets.departmentId, f.departmentId) : undefined,
    priorityIn(f.priorities),
    f.createdFrom ? gte(tickets.createdAt, f.createdFrom) : undefined,
    f.createdBefore ? lt(tickets.createdAt, f.createdBefore) : undefined,
    f.dueBefore ? lt(tickets.dueDate, f.dueBefore) : undefined,
    // Written as the partial index tickets_warranty_return_idx is, so the planner may use it.
    f.warrantyReturn ? isNotNull(tickets.warrantyReturnOfId) : undefined,
    // Written exactly as the partial index tickets_balance_due_idx is, so the planner may use it.
    f.balanceDue ? sql`${tickets.estimateMinor} > ${tickets.paidMinor}` : undefined,
    // Written as the partial index tickets_client_replied_idx is, so the planner may use it.
    f.clientReplied ? isNotNull(tickets.clientRepliedAt) : undefined,
    f.search ? searchMatches(f.search) : undefined,
  ];
  return conditions.filter((c): c is SQL => c !== undefined);
}
