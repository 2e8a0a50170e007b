import 'server-only';
import { and, count, eq, inArray, like, ne, or, type SQL } from 'drizzle-orm';
import { db, type Db } from '@/db';
import { clients, tickets } from '@/db/tables';
import { OPEN_STATUSES } from '@/lib/domain/enums';
import { keysetClauses, toPage, type Page, type PageRequest } from './keyset';
import { textMatches } from './search';
import { first, one } from '@/db/exec';

export const CLIENTS_PAGE_SIZE = 50;

export type ClientOrder = 'name' | 'newest';
/** `phoneDigits`: digit runs to find inside stored E.164 numbers (a search typed as a phone). */
export type ClientListFilters = { q?: string; phoneDigits?: readonly string[] };
export type ClientValues = Pick<
  typeof clients.$inferInsert,
  'kind' | 'name' | 'contactPerson' | 'phone' | 'email' | 'locale' | 'notify' | 'preferredChannel' | 'notes'
>;

const listColumns = {
  id: clients.id,
  kind: clients.kind,
  name: clients.name,
  contactPerson: clients.contactPerson,
  phone: clients.phone,
  email: clients.email,
  locale: clients.locale,
  createdAt: clients.createdAt,
};

function clientSearch(f: ClientListFilters): SQL | undefined {
  const text = textMatches(f.q, [clients.name, clients.contactPerson, clients.email, clients.phone]);
  const digits = (f.phoneDigits ?? []).filter((d) => /^\d+$/.test(d)).map((d) => like(clients.phone, `%${d}%`));
  return digits.length ? or(text, ...digits) : text;
}

/** By name A→Z (default) or newest first, keyset-paged. */
export async function listClients(f: ClientListFilters, order: ClientOrder, page: PageRequest = {}, size = CLIENTS_PAGE_SIZE) {
  const { where, orderBy } =
    order === 'newest'
      ? keysetClauses(clients.createdAt, clients.id, 'desc', page)
      : keysetClauses(clients.name, clients.id, 'asc', page);
  const rows = await db()
    .select(listColumns)
    .from(clients)
    .where(and(clientSearch(f), where))
    .orderBy(...orderBy)
    .limit(size + 1);
  return toPage(rows, size, page, (row) => (order === 'newest' ? row.createdAt.getTime() : row.name));
}

export type ClientListRow = Awaited<ReturnType<typeof listClients>> extends Page<infer R> ? R : never;

/** Open tickets per client of one page, in one grouped query. */
export async function openTicketCounts(clientIds: readonly number[]): Promise<Map<number, number>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db()
    .select({ clientId: tickets.clientId, n: count() })
    .from(tickets)
    .where(and(inArray(tickets.clientId, [...clientIds]), inArray(tickets.status, [...OPEN_STATUSES])))
    .groupBy(tickets.clientId);
  return new Map(rows.map((r) => [r.clientId, r.n]));
}

export async function getClient(id: number) {
  return await first(db().select().from(clients).where(eq(clients.id, id)).limit(1));
}

export type DuplicateClient = { id: number; name: string; phone: string | null; email: string | null };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type ClientWriter = Db | Tx;
export type ClientRow = typeof clients.$inferSelect;

/** Other clients with the same E.164 phone or the same (lower-case) e-mail. */
export async function findClientDuplicates(
  match: { phone: string | null; email: string | null; excludeId?: number },
  w: ClientWriter = db(),
): Promise<DuplicateClient[]> {
  const same = or(
    match.phone ? eq(clients.phone, match.phone) : undefined,
    match.email ? eq(clients.email, match.email.toLowerCase()) : undefined,
  );
  if (!same) return [];
  return await w
    .select({ id: clients.id, name: clients.name, phone: clients.phone, email: clients.email })
    .from(clients)
    .where(and(same, match.excludeId !== undefined ? ne(clients.id, match.excludeId) : undefined))
    .orderBy(clients.id)
    .limit(10);
}

export async function findClientForUpdate(w: ClientWriter, id: number): Promise<ClientRow | undefined> {
  return await first(w.select().from(clients).where(eq(clients.id, id)).limit(1));
}

export async function insertClient(w: ClientWriter, values: ClientValues): Promise<ClientRow> {
  return await one(w.insert(clients).values(values).returning());
}

export async function updateClientRow(w: ClientWriter, id: number, values: ClientValues) {
  await w.update(clients).set(values).where(eq(clients.id, id));
}

export async function countClientTickets(w: ClientWriter, id: number): Promise<number> {
  return (await first(w.select({ n: count() }).from(tickets).where(eq(tickets.clientId, id)).limit(1)))?.n ?? 0;
}

export async function deleteClientRow(w: ClientWriter, id: number) {
  await w.delete(clients).where(eq(clients.id, id));
}
