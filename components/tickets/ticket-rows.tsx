'use client';

import { ticketRowHtml, unpackTicketRow, type PackedTicketRow, type TicketRowColumns, type TicketRowLabels } from './ticket-row-data';

/**
 * The table's body as one HTML string, built here from the rows' data: on the server for the page's
 * HTML, and again in the browser. The page's React payload then carries each row's data instead of
 * its markup, which is three times larger and which the HTML already holds once.
 */
export function TicketRows({ rows, columns, labels }: { rows: PackedTicketRow[]; columns: TicketRowColumns; labels: TicketRowLabels }) {
  return <tbody dangerouslySetInnerHTML={{ __html: rows.map((row) => ticketRowHtml(unpackTicketRow(row, columns), labels)).join('') }} />;
}
