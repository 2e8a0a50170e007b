import { z } from 'zod';
import { listEmployees } from '@/db/queries/employees';
import { currentStaff } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

const query = z.string().trim().min(1).max(100);
const NO_STORE = { 'Cache-Control': 'no-store' };
const LIMIT = 10;

/** What the ticket list's assignee picker shows of an employee; nothing more leaves the server. */
type PickedEmployee = { id: number; name: string; detail: string; active: boolean };

async function apiStrings() {
  return (await getT()).ticketList.api;
}

/**
 * The assignee picker of the ticket list: `GET /api/employees/search?q=` answers at most 10
 * employees (active or not: a former employee still has tickets) whose name, e-mail, position or
 * phone matches. Staff only; the proxy lets /api through, so the session is checked here.
 */
export async function GET(request: Request): Promise<Response> {
  if (!(await currentStaff())) {
    return Response.json({ error: 'unauthorized', message: (await apiStrings()).unauthorized }, { status: 401, headers: NO_STORE });
  }
  const parsed = query.safeParse(new URL(request.url).searchParams.get('q') ?? undefined);
  if (!parsed.success) {
    return Response.json({ error: 'invalid_query', message: (await apiStrings()).badQuery }, { status: 400, headers: NO_STORE });
  }
  const rows = (await listEmployees({ q: parsed.data, sort: 'name' }, {}, LIMIT)).rows;
  const employees: PickedEmployee[] = rows.map((e) => ({
    id: e.id,
    name: e.fullName,
    detail: [e.position, e.departmentName].filter(Boolean).join(' · '),
    active: e.active,
  }));
  return Response.json({ employees }, { headers: NO_STORE });
}
