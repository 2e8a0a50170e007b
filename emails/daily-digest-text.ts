import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import type { DigestApprovedEmailRow, DigestEmailRow } from './daily-digest';

/** Plain-text readers show a fixed-width font, commonly 72–80 characters wide; lines stay within the narrower. */
export const TEXT_WIDTH = 72;
const GAP = '  ';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Columns on screen, not bytes or UTF-16 units: "Ёлка" and "Tree" are both four wide. */
export function textWidth(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/** One line of at most `width` columns; a longer text ends in "…". */
function fit(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (textWidth(line) <= width) return line;
  const kept = Array.from(graphemes.segment(line), (s) => s.segment).slice(0, width - 1);
  return `${kept.join('').trimEnd()}…`;
}

/**
 * The digest's ticket table for the plain-text part: number, due date, age and status in padded
 * columns, then the title, the client and the link under it, one ticket per block. A long title
 * is cut to the line; the link is never cut, so it still opens.
 */
export function digestTextTable({ locale, tickets }: { locale: Locale; tickets: DigestEmailRow[] }): string {
  const t = messagesFor(locale);
  const s = t.notifications.email.digest;
  const statuses = t.statuses;
  const cells = tickets.map((r) => ({
    number: formatTicketNumber(r.id),
    due: r.overdue ? `${r.due ?? '—'} (${s.overdue})` : (r.due ?? '—'),
    age: s.ageDays(r.ageDays),
    status: statuses[r.status],
    r,
  }));
  const widthOf = (key: 'number' | 'due' | 'age', header: string) => Math.max(textWidth(header), ...cells.map((c) => textWidth(c[key])));
  const w = { number: widthOf('number', s.number), due: widthOf('due', s.due), age: widthOf('age', s.age) };
  const indent = ' '.repeat(w.number + GAP.length);
  const statusWidth = TEXT_WIDTH - (w.number + w.due + w.age + 3 * GAP.length);
  const line = (number: string, due: string, age: string, status: string) =>
    [padEnd(number, w.number), padEnd(due, w.due), padEnd(age, w.age), fit(status, statusWidth)].join(GAP).trimEnd();
  const rule = (width: number) => '-'.repeat(width);

  const blocks = cells.map(({ number, due, age, status, r }) =>
    [
      line(number, due, age, status),
      `${indent}${fit(r.title, TEXT_WIDTH - indent.length)}`,
      `${indent}${fit(`${s.client}: ${r.clientName}`, TEXT_WIDTH - indent.length)}`,
      `${indent}${r.url}`,
    ].join('\n'),
  );
  const header = [line(s.number, s.due, s.age, s.status), line(rule(w.number), rule(w.due), rule(w.age), rule(Math.min(statusWidth, 20)))];
  return `${header.join('\n')}\n${blocks.join('\n\n')}`;
}

/**
 * "Approved since yesterday — start work" for the plain-text part: the heading, then per ticket
 * its number and title on one line, the client, total and time of approval, and the link.
 * Empty when nothing was approved (the mail then has no such section).
 */
export function digestApprovedText({ locale, rows }: { locale: Locale; rows: DigestApprovedEmailRow[] }): string {
  if (rows.length === 0) return '';
  const a = messagesFor(locale).notifications.email.digest.approved;
  const blocks = rows.map((r) => {
    const number = formatTicketNumber(r.id);
    const indent = ' '.repeat(number.length + GAP.length);
    return [
      `${number}${GAP}${fit(r.title, TEXT_WIDTH - indent.length)}`,
      `${indent}${fit(`${a.client}: ${r.clientName}`, TEXT_WIDTH - indent.length)}`,
      `${indent}${fit(`${a.total}: ${r.total} · ${a.when}: ${r.when}`, TEXT_WIDTH - indent.length)}`,
      `${indent}${r.url}`,
    ].join('\n');
  });
  return `${a.heading}\n${a.intro(rows.length)}\n\n${blocks.join('\n\n')}`;
}
