'use client';

import type { PointerEvent } from 'react';
import { ticketRowHtml, unpackTicketRow, type PackedTicketRow, type TicketRowColumns, type TicketRowLabels } from './ticket-row-data';

/**
 * A title is cut to two lines; its whole text becomes the tooltip when the pointer first reaches
 * it, rather than being written into every row's HTML a second time as a title attribute.
 */
function showWholeTitle(event: PointerEvent<HTMLElement>) {
  const title = event.target instanceof Element ? event.target.closest('td.t > span') : null;
  if (title instanceof HTMLElement && !title.title) title.title = title.textContent ?? '';
}

/**
 * The table's body as one HTML string, built here from the rows' data: on the server for the page's
 * HTML, and again in the browser. The page's React payload then carries each row's data instead of
 * its markup, which is three times larger and which the HTML already holds once.
 */
export function TicketRows({ rows, columns, labels }: { rows: PackedTicketRow[]; columns: TicketRowColumns; labels: TicketRowLabels }) {
  return <tbody onPointerOver={showWholeTitle} dangerouslySetInnerHTML={{ __html: rows.map((row) => ticketRowHtml(unpackTicketRow(row, columns), labels)).join('') }} />;
}
