/**
 * The ticket table's rows as data and as HTML: built on the server (ticket-table.tsx packs them)
 * and turned into markup by TicketRows, on the server for the page's HTML and again in the browser.
 * A plain module, so the server may call what a client component's module would only reference.
 */
import { html } from '@/components/ui/html';
import type { Priority, Status } from '@/lib/domain/enums';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { statusListHref } from '@/lib/tickets/status-token';

/**
 * One row of the ticket table as the server formatted it (dates and money in the reader's language
 * and the company's zone), without markup. A field that is absent is a column the table leaves out.
 */
export type TicketRowData = {
  id: number;
  title: string;
  status: Status;
  /** Absent for a normal priority: the badge marks the tickets that differ from the rest. */
  priority?: Priority;
  client?: { id: number; name: string };
  /** null: nobody is responsible yet. */
  assignee?: { id: number; name: string } | null;
  /** The total, and what is still to pay when that is not all; null: no lines yet. */
  total?: { amount: string; toPay: string | null } | null;
  /** The client wrote and nobody has answered yet (issue 18). */
  replied: boolean;
  /** The creation day: YYYY-MM-DD in the company's zone, and as the reader reads it. */
  day: string;
  created: string;
  due: string;
  late: boolean;
};

export type TicketRowLabels = {
  statuses: Record<Status, string>;
  priorities: Record<Priority, string>;
  unassigned: string;
  /** A total of a ticket without lines, and the due date of a ticket without one. */
  none: string;
  replied: string;
};

const STATUS_TONE: Record<Status, string> = {
  new: 'ti',
  diagnostics: 'tp',
  awaiting_approval: 'tw',
  in_progress: 'tp',
  awaiting_parts: 'tw',
  ready: 'ts',
  closed: 'tn',
  cancelled: 'tn',
};
const PRIORITY_TONE: Record<Priority, string> = { low: 'tn', normal: 'tn', high: 'tw', urgent: 'td' };

/** One row as HTML; every value is escaped by `html`. The classes are the table's (ticket-table.tsx). */
export function ticketRowHtml(row: TicketRowData, labels: TicketRowLabels): string {
  const { client, assignee, total } = row;
  return html`<tr><td class="n"><a href="${ticketHref(row.id)}">${formatTicketNumber(row.id)}</a></td><td class="t"><span>${row.title}</span></td>${
    client && html`<td class="c"><a href="/clients/${client.id}">${client.name}</a></td>`
  }<td class="s"><a href="${statusListHref(row.status)}" class="b ${STATUS_TONE[row.status]}">${labels.statuses[row.status]}</a>${
    row.priority && html`<a href="/tickets?priority=${row.priority}" class="b ${PRIORITY_TONE[row.priority]}">${labels.priorities[row.priority]}</a>`
  }${row.replied && html`<a href="/tickets?replied=1" class="b tp" data-testid="row-replied">${labels.replied}</a>`}</td>${
    assignee === undefined
      ? null
      : assignee
        ? html`<td class="a"><a href="/employees/${assignee.id}">${assignee.name}</a></td>`
        : html`<td class="a"><span class="none">${labels.unassigned}</span></td>`
  }${
    total === undefined
      ? null
      : total
        ? html`<td class="m">${total.amount}${total.toPay && html`<span class="due" data-testid="row-due">${total.toPay}</span>`}</td>`
        : html`<td class="m">${labels.none}</td>`
  }<td class="d"><a href="/tickets?from=${row.day}&amp;to=${row.day}">${row.created}</a></td><td class="${row.late ? 'd late' : 'd'}">${row.due}</td></tr>`.value;
}

/** Which optional columns the table shows: said once for all its rows. */
export type TicketRowColumns = { priority: boolean; client: boolean; assignee: boolean; total: boolean };

/**
 * A row as it travels in the page's React payload: its values in this order, without their names
 * (written out as an object's keys, fifty times over, they were a third of the rows' payload).
 * Flags are 0 or 1; a column the table leaves out is null.
 */
export type PackedTicketRow = [
  id: number,
  title: string,
  status: Status,
  priority: Priority | null,
  clientId: number | null,
  clientName: string | null,
  assigneeId: number | null,
  assigneeName: string | null,
  totalAmount: string | null,
  totalToPay: string | null,
  replied: 0 | 1,
  day: string,
  created: string,
  due: string,
  late: 0 | 1,
];

export function packTicketRow(row: TicketRowData): PackedTicketRow {
  const { client, assignee, total } = row;
  return [
    row.id,
    row.title,
    row.status,
    row.priority ?? null,
    client?.id ?? null,
    client?.name ?? null,
    assignee?.id ?? null,
    assignee?.name ?? null,
    total?.amount ?? null,
    total?.toPay ?? null,
    row.replied ? 1 : 0,
    row.day,
    row.created,
    row.due,
    row.late ? 1 : 0,
  ];
}

export function unpackTicketRow(packed: PackedTicketRow, columns: TicketRowColumns): TicketRowData {
  const [id, title, status, priority, clientId, clientName, assigneeId, assigneeName, amount, toPay, replied, day, created, due, late] = packed;
  return {
    id,
    title,
    status,
    ...(columns.priority && priority !== null && { priority }),
    ...(columns.client && clientId !== null && { client: { id: clientId, name: clientName ?? '' } }),
    ...(columns.assignee && { assignee: assigneeId === null ? null : { id: assigneeId, name: assigneeName ?? '' } }),
    ...(columns.total && { total: amount === null ? null : { amount, toPay } }),
    replied: replied === 1,
    day,
    created,
    due,
    late: late === 1,
  };
}
