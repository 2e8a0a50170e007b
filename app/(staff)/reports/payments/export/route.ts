import { listCashPayments, type CashPaymentRow } from '@/db/queries/cash-report';
import { currentStaff } from '@/lib/auth/session';
import type { Cursor } from '@/lib/domain/cursor';
import { decodeCursor } from '@/lib/domain/cursor';
import { env } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import { cashRangeInstants, resolveCashRange, signedAmount } from '@/lib/payments/cash-report';
import { canSeeCashReport } from '@/lib/permissions';
import { signInRedirect } from '@/lib/security/sign-in-redirect';
import { csvAmount, csvCell, csvLine, UTF8_BOM } from '@/lib/tickets/csv';
import { formatTicketNumber } from '@/lib/tickets/number';
import { formatIsoLocal } from '@/lib/time/format';
import { toLocalDate } from '@/lib/time/local-date';

export const dynamic = 'force-dynamic';

/** Rows read per query: each batch is its own short read. */
const BATCH = 1000;

/**
 * GET /reports/payments/export?from=&to=: every payment of the report's days as CSV, one line
 * each in the order taken, a refund negative, streamed in keyset batches; the same days the page
 * shows for the same params (bad ones fall back to today). Managers and admins only. UTF-8 with a
 * BOM; Russian uses ";" and a decimal comma, English "," and a point.
 */
export async function GET(request: Request): Promise<Response> {
  const staff = await currentStaff();
  const url = new URL(request.url);
  if (!staff) return Response.redirect(signInRedirect(`${url.pathname}${url.search}`), 303);
  if (!canSeeCashReport(staff)) return new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
  const timeZone = env().APP_TIMEZONE;
  const today = toLocalDate(new Date(), timeZone);
  const params = Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)] as const).map(([k, all]) => [k, all.length === 1 ? all[0] : all]));
  const range = resolveCashRange(params, today);
  const { start, end } = cashRangeInstants(range, timeZone);
  const t = messagesFor(staff.locale);
  const c = t.cashReport;
  const separator = t.ticketList.csvSeparator;
  const h = c.columns;
  const header = [h.time, h.ticket, h.client, h.kind, h.method, h.amount, h.currency, h.takenBy, h.reason];
  // The amount is ours, digits only ("-150,00"): it skips the formula guard, which would turn a
  // refund into text ("'-150,00") that a spreadsheet no longer adds up. Every other cell is guarded.
  const line = (r: CashPaymentRow) =>
    [
      csvCell(formatIsoLocal(r.createdAt, timeZone)),
      csvCell(formatTicketNumber(r.ticketId)),
      csvCell(r.clientName),
      csvCell(t.payments.kinds[r.kind]),
      csvCell(t.payments.methods[r.method]),
      csvAmount(signedAmount(r.kind, r.amountMinor), separator),
      csvCell(r.currency),
      csvCell(r.takenByName),
      csvCell(r.reason),
    ].join(separator) + '\r\n';
  const encoder = new TextEncoder();

  let after: Cursor | undefined;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(header, separator)));
      },
      async pull(controller) {
        const page = await listCashPayments(start, end, after ? { after } : {}, BATCH);
        controller.enqueue(encoder.encode(page.rows.map(line).join('')));
        const next = decodeCursor(page.nextCursor);
        if (next) after = next;
        else controller.close();
      },
    },
    { highWaterMark: 1 },
  );
  const name = range.from === range.to ? range.from : `${range.from}_${range.to}`;
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${c.csvFile}-${name}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
