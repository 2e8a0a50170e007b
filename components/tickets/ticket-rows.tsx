'use client';

import { html } from '@/components/ui/html';
import type { Priority, Status } from '@/lib/domain/enums';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';

/**
 * One row of the ticket table as the server formatted it (dates and money in the reader's language
 * and the company's zone), without markup. A field that is absent is a column the table leaves out.
 */
export type TicketRowData = {
  id: number;
  title: string;
  status: Status;
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
  noLines: string;
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
  return html`<tr><td class="n"><a href="${ticketHref(row.id)}">${formatTicketNumber(row.id)}</a></td><td class="t"><span title="${row.title}">${row.title}</span></td>${
    client && html`<td class="c"><a href="/clients/${client.id}">${client.name}</a></td>`
  }<td class="s"><a href="/tickets?status=${row.status}" class="b ${STATUS_TONE[row.status]}">${labels.statuses[row.status]}</a>${
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
        ? html`<td class="m" data-testid="row-total">${total.amount}${total.toPay && html`<span class="due" data-testid="row-due">${total.toPay}</span>`}</td>`
        : html`<td class="m" data-testid="row-total"><span class="none">${labels.noLines}</span></td>`
  }<td class="d"><a href="/tickets?from=${row.day}&amp;to=${row.day}">${row.created}</a></td><td class="${row.late ? 'd late' : 'd'}">${row.due}</td></tr>`.value;
}

/**
 * The table's body as one HTML string, built here from the rows' data: on the server for the page's
 * HTML, and again in the browser. The page's React payload then carries each row's data instead of
 * its markup, which is three times larger and which the HTML already holds once.
 */
export function TicketRows({ rows, labels }: { rows: TicketRowData[]; labels: TicketRowLabels }) {
  return <tbody dangerouslySetInnerHTML={{ __html: rows.map((row) => ticketRowHtml(row, labels)).join('') }} />;
}
