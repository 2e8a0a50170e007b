import { listCatalogItems } from '@/db/queries/catalog';
import { currentStaff } from '@/lib/auth/session';
import { catalogCsvHeader, catalogCsvLine } from '@/lib/catalog/csv';
import { catalogQueryWords } from '@/lib/catalog/search-key';
import type { Cursor } from '@/lib/domain/cursor';
import { decodeCursor } from '@/lib/domain/cursor';
import { env } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import { signInRedirect } from '@/lib/security/sign-in-redirect';
import { UTF8_BOM } from '@/lib/tickets/csv';
import { toLocalDate } from '@/lib/time/local-date';
import { catalogListParams } from '@/lib/validation/catalog';

export const dynamic = 'force-dynamic';

/** Rows read per query: each batch is its own short read. */
const BATCH = 1000;

/**
 * GET /catalog/export?q=&kind=&active=: the items of the list's view as CSV, in the format the
 * import reads back (lib/catalog/csv.ts), streamed in keyset batches. Everyone signed in reads
 * the price list, so everyone may export it.
 */
export async function GET(request: Request): Promise<Response> {
  const staff = await currentStaff();
  const url = new URL(request.url);
  if (!staff) return Response.redirect(signInRedirect(`${url.pathname}${url.search}`), 303);
  const params = catalogListParams.parse(Object.fromEntries(url.searchParams));
  const filters = { words: catalogQueryWords(params.q), kind: params.kind, active: params.active };
  const t = messagesFor(staff.locale);
  const encoder = new TextEncoder();
  const today = toLocalDate(new Date(), env().APP_TIMEZONE);

  let after: Cursor | undefined;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + catalogCsvHeader(t)));
      },
      async pull(controller) {
        const page = await listCatalogItems(filters, after ? { after } : {}, BATCH);
        controller.enqueue(encoder.encode(page.rows.map((r) => catalogCsvLine(r, t)).join('')));
        const next = decodeCursor(page.nextCursor);
        if (next) after = next;
        else controller.close();
      },
    },
    { highWaterMark: 1 },
  );
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="price-list-${today}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
