import { searchActiveCatalogItems } from '@/db/queries/catalog';
import { currentStaff } from '@/lib/auth/session';
import { catalogCodeKey, catalogQueryWords } from '@/lib/catalog/search-key';
import { getT } from '@/lib/i18n/server';
import { catalogSearchParams } from '@/lib/validation/catalog';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };
const LIMIT = 10;

/**
 * The ticket page's price-list picker: `GET /api/catalog/search?q=&kind=` answers
 * `{ items: [{ id, kind, code, name, priceMinor, warrantyDays, stockOnHand }] }`, at most 10
 * ACTIVE items whose code or name words begin with the typed words (Russian or Latin letters),
 * an exact code first, then by name; an empty q gives the first 10 by name. Staff only; the
 * proxy lets /api through, so the session is checked here.
 */
export async function GET(request: Request): Promise<Response> {
  if (!(await currentStaff())) {
    return Response.json({ error: 'unauthorized', message: (await getT()).catalog.search.unauthorized }, { status: 401, headers: NO_STORE });
  }
  const url = new URL(request.url);
  const parsed = catalogSearchParams.safeParse({ q: url.searchParams.get('q') ?? undefined, kind: url.searchParams.get('kind') ?? undefined });
  if (!parsed.success) {
    return Response.json({ error: 'invalid_query', message: (await getT()).catalog.search.badQuery }, { status: 400, headers: NO_STORE });
  }
  const { q, kind } = parsed.data;
  const items = await searchActiveCatalogItems({ words: catalogQueryWords(q), codeKey: catalogCodeKey(q), kind }, LIMIT);
  return Response.json({ items }, { headers: NO_STORE });
}
