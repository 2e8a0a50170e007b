import { and, count, eq, inArray, like, ne, or, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { clients, tickets } from '@/db/schema';
import { diffFields } from '@/lib/audit-diff';
import { OPEN_STATUSES } from '@/lib/domain/enums';
import { writeAudit } from './audit';
import { keysetClauses, toPage, type Page, type PageRequest } from './keyset';
import { textMatches } from './search';

export const CLIENTS_PAGE_SIZE = 50;

export type ClientOrder = 'name' | 'newest';
/** `phoneDigits`: digit runs to find inside stored E.164 numbers (a search typed as a phone). */
export type ClientListFilters = { q?: string; phoneDigits?: readonly string[] };
export type ClientValues = Pick<
  typeof clients.$inferInsert,
  'kind' | 'name' | 'contactPerson' | 'phone' | 'email' | 'locale' | 'notify' | 'notes'
>;
type Actor = { id: number; fullName: string };

/** What the audit log records of a client; every editable field. */
export const AUDITED_CLIENT_FIELDS = ['kind', 'name', 'contactPerson', 'phone', 'email', 'locale', 'notify', 'notes'] as const;

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
export function listClients(f: ClientListFilters, order: ClientOrder, page: PageRequest = {}, size = CLIENTS_PAGE_SIZE) {
  const { where, orderBy } =
    order === 'newest'
      ? keysetClauses(clients.createdAt, clients.id, 'desc', page)
      : keysetClauses(clients.name, clients.id, 'asc', page);
  const rows = db()
    .select(listColumns)
    .from(clients)
    .where(and(clientSearch(f), where))
    .orderBy(...orderBy)
    .limit(size + 1)
    .all();
  return toPage(rows, size, page, (row) => (order === 'newest' ? row.createdAt.getTime() : row.name));
}

export type ClientListRow = ReturnType<typeof listClients> extends Page<infer R> ? R : never;

/** Open tickets per client of one page, in one grouped query. */
export function openTicketCounts(clientIds: readonly number[]): Map<number, number> {
  if (clientIds.length === 0) return new Map();
  const rows = db()
    .select({ clientId: tickets.clientId, n: count() })
    .from(tickets)
    .where(and(inArray(tickets.clientId, [...clientIds]), inArray(tickets.status, [...OPEN_STATUSES])))
    .groupBy(tickets.clientId)
    .all();
  return new Map(rows.map((r) => [r.clientId, r.n]));
}

export function getClient(id: number) {
  return db().select().from(clients).where(eq(clients.id, id)).get();
}

export type DuplicateClient = { id: number; name: string; phone: string | null; email: string | null };

/** Other clients with the same E.164 phone or the same (lower-case) e-mail. */
export function findClientDuplicates(match: { phone: string | null; email: string | null; excludeId?: number }): DuplicateClient[] {
  const same = or(
    match.phone ? eq(clients.phone, match.phone) : undefined,
    match.email ? eq(clients.email, match.email.toLowerCase()) : undefined,
  );
  if (!same) return [];
  return db()
    .select({ id: clients.id, name: clients.name, phone: clients.phone, email: clients.email })
    .from(clients)
    .where(and(same, match.excludeId !== undefined ? ne(clients.id, match.excludeId) : undefined))
    .orderBy(clients.id)
    .limit(10)
    .all();
}

export function createClient(values: ClientValues, actor: Actor): number {
  return db().transaction((tx) => {
    const row = tx.insert(clients).values(values).returning().get();
    // Empty notes are no news: the History of a new client lists what was actually given.
    const changes = diffFields(null, { ...row, notes: row.notes || null }, AUDITED_CLIENT_FIELDS);
    writeAudit(tx, { actor, entityType: 'client', entityId: row.id, action: 'create', changes });
    return row.id;
  });
}

export type UpdateResult = 'updated' | 'unchanged' | 'not_found';

export function updateClient(id: number, values: ClientValues, actor: Actor): UpdateResult {
  return db().transaction((tx) => {
    const before = tx.select().from(clients).where(eq(clients.id, id)).get();
    if (!before) return 'not_found';
    const changes = diffFields(before, { ...before, ...values }, AUDITED_CLIENT_FIELDS);
    if (Object.keys(changes).length === 0) return 'unchanged';
    tx.update(clients).set(values).where(eq(clients.id, id)).run();
    writeAudit(tx, { actor, entityType: 'client', entityId: id, action: 'update', changes });
    return 'updated';
  });
}

export type DeleteResult = { ok: true } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'has_tickets'; tickets: number };

/** Deletes a client without tickets; one with tickets is left as is and the count is returned. */
export function deleteClient(id: number, actor: Actor): DeleteResult {
  return db().transaction((tx): DeleteResult => {
    const before = tx.select().from(clients).where(eq(clients.id, id)).get();
    if (!before) return { ok: false, reason: 'not_found' };
    const n = tx.select({ n: count() }).from(tickets).where(eq(tickets.clientId, id)).get()?.n ?? 0;
    if (n > 0) return { ok: false, reason: 'has_tickets', tickets: n };
    tx.delete(clients).where(eq(clients.id, id)).run();
    writeAudit(tx, { actor, entityType: 'client', entityId: id, action: 'delete', changes: diffFields(before, null, AUDITED_CLIENT_FIELDS) });
    return { ok: true };
  });
}
