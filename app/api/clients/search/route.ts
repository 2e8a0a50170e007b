import { z } from 'zod';
import { findClientsForPicker } from '@/db/queries/client-picker';
import { currentStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

const query = z.string().trim().min(1).max(100);
const NO_STORE = { 'Cache-Control': 'no-store' };

async function apiStrings() {
  return (await getT()).ticketIntake.api;
}

/**
 * The ticket intake's client picker: `GET /api/clients/search?q=` answers at most 10 clients
 * (id, name, kind, formatted phone, e-mail) matching the name, the e-mail or the phone's digits.
 * Staff only; the proxy lets /api through, so the session is checked here.
 */
export async function GET(request: Request): Promise<Response> {
  if (!(await currentStaff())) {
    return Response.json({ error: 'unauthorized', message: (await apiStrings()).unauthorized }, { status: 401, headers: NO_STORE });
  }
  const parsed = query.safeParse(new URL(request.url).searchParams.get('q') ?? undefined);
  if (!parsed.success) {
    return Response.json({ error: 'invalid_query', message: (await apiStrings()).badQuery }, { status: 400, headers: NO_STORE });
  }
  const clients = await findClientsForPicker(parsed.data, env().PHONE_REGION);
  return Response.json({ clients }, { headers: NO_STORE });
}
