'use client';

import { html } from './html';

/** A cell's text, or its text as a link or a time, or with a class other than its column's. */
export type HtmlCell = string | { text: string; href?: string; datetime?: string; className?: string; testId?: string };

export type HtmlRow = {
  cells: HtmlCell[];
  className?: string;
  /** What sort of row this is (`data-kind`), for a stylesheet or a test to tell rows apart. */
  kind?: string;
  /** `data-testid`, when not the table's `rowTestId` (a total row). */
  testId?: string;
};

type Props = {
  rows: HtmlRow[];
  /** Each column's class, given once for every row; a cell's own class replaces its column's. */
  columnClasses?: (string | null)[];
  /** `data-testid` on every row that does not name its own. */
  rowTestId?: string;
};

function cellHtml(cell: HtmlCell, columnClass: string | null | undefined) {
  const { text, href, datetime, className = columnClass, testId } = typeof cell === 'string' ? { text: cell } : cell;
  const content = href ? html`<a href="${href}">${text}</a>` : datetime ? html`<time datetime="${datetime}">${text}</time>` : text;
  return html`<td${className && html` class="${className}"`}${testId && html` data-testid="${testId}"`}>${content}</td>`;
}

/** The rows' markup (every value escaped): HtmlRows' body, and the tables built whole as one string. */
export function htmlRowsMarkup(rows: HtmlRow[], columnClasses: (string | null)[] = [], rowTestId?: string): string {
  const rowHtml = ({ testId = rowTestId, ...row }: HtmlRow) =>
    html`<tr${testId && html` data-testid="${testId}"`}${row.kind && html` data-kind="${row.kind}"`}${row.className && html` class="${row.className}"`}>${row.cells.map((cell, i) => cellHtml(cell, columnClasses[i]))}</tr>`.value;
  return rows.map(rowHtml).join('');
}

/**
 * A read-only table's body as one HTML string (every value escaped), built here from the rows'
 * cells: on the server for the page's HTML, and again in the browser. The page's React payload then
 * carries the cells' text instead of the rows' markup, which the HTML already holds once.
 */
export function HtmlRows({ rows, columnClasses = [], rowTestId }: Props) {
  return <tbody dangerouslySetInnerHTML={{ __html: htmlRowsMarkup(rows, columnClasses, rowTestId) }} />;
}
