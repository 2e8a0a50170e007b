import { listTicketsForExport, type TicketExportRow } from '@/db/queries/ticket-list';
import type { Cursor } from '@/lib/domain/cursor';
import { currentStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { signInRedirect } from '@/lib/security/sign-in-redirect';
import { messagesFor } from '@/lib/i18n/messages';
import { formatPhone } from '@/lib/phone';
import { csvAmount, csvLine, UTF8_BOM } from '@/lib/tickets/csv';
import { parseTicketListParams, resolveTicketFilters } from '@/lib/tickets/filters';
import { formatTicketNumber } from '@/lib/tickets/number';
import { formatIsoLocal } from '@/lib/time/format';
import { toLocalDate } from '@/lib/time/local-date';

export const dynamic = 'force-dynamic';

/** Rows read per query: each batch is its own short read, so the export never holds the table. */
const BATCH = 1000;

function searchParamsOf(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/**
 * GET /tickets/export?<the list's params>: every ticket of the view as CSV, streamed in keyset
 * batches (memory stays flat however many rows), UTF-8 with a BOM, headers in the employee's
 * language; Russian uses ";" between cells, as a Russian Excel expects, English ",".
 */
export async function GET(request: Request): Promise<Response> {
  const staff = await currentStaff();
  const url = new URL(request.url);
  if (!staff) return Response.redirect(signInRedirect(`${url.pathname}${url.search}`), 303);
  const { APP_TIMEZONE: timeZone, PHONE_REGION: phoneRegion } = env();
  const today = toLocalDate(new Date(), timeZone);
  const { params } = parseTicketListParams(searchParamsOf(url));
  const { filters } = resolveTicketFilters({ ...params, cursor: undefined }, { staffId: staff.id, timeZone, today, phoneRegion });
  const t = messagesFor(staff.locale);
  const h = t.ticketList.csv;
  const separator = t.ticketList.csvSeparator;
  const encoder = new TextEncoder();
  const header = [h.number, h.created, h.updated, h.status, h.priority, h.kind, h.title, h.client, h.clientPhone, h.assignee, h.department, h.due, h.device, h.serial, h.total];
  const line = (r: TicketExportRow) =>
    csvLine(
      [
        formatTicketNumber(r.id),
        formatIsoLocal(r.createdAt, timeZone),
        formatIsoLocal(r.updatedAt, timeZone),
        t.statuses[r.status],
        t.priorities[r.priority],
        t.tickets.kinds[r.kind],
        r.title,
        r.clientName,
        r.clientPhone && formatPhone(r.clientPhone),
        r.assigneeName,
        r.departmentName,
        r.dueDate,
        [r.deviceType, r.brand, r.model].filter(Boolean).join(' '),
        r.serialNumber,
        csvAmount(r.estimateMinor, separator),
      ],
      separator,
    );

  let after: Cursor | undefined;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(header, separator)));
      },
      async pull(controller) {
        const page = await listTicketsForExport(filters, params.sort, after ? { after } : {}, BATCH);
        controller.enqueue(encoder.encode(page.rows.map(line).join('')));
        if (page.next) after = page.next;
        else controller.close();
      },
    },
    { highWaterMark: 1 },
  );
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tickets-${today}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
