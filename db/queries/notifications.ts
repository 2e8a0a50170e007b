import 'server-only';
import { and, asc, count, eq, gt, lt, lte, not, sql } from 'drizzle-orm';
import { db, transaction } from '@/db';
import { clients, employees, notifications, tickets } from '@/db/tables';
import type { Locale, MessageChannel } from '@/lib/domain/enums';
import { NOTIFICATION_KINDS, NOTIFICATION_STATES } from '@/lib/domain/enums';
import type { Writer } from './audit';
import { clientReachColumns } from './client-channels';
import { keysetClauses, toPage, type PageRequest } from './keyset';
import { affected, first } from '@/db/exec';
import type { OutboxState } from '@/lib/domain/enums';

export type Notification = typeof notifications.$inferSelect;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

export type NewNotification = {
  kind: NotificationKindName;
  recipientType: 'client' | 'employee';
  recipientAddress: string;
  /** Default e-mail. */
  channel?: MessageChannel;
  locale: Locale;
  ticketId?: number | null;
  employeeId?: number | null;
  subject: string;
  payload: object;
  dedupeKey: string;
  now?: Date;
  /** When it may go out (default: now); a client's status message waits NOTIFY_MERGE_SECONDS. */
  sendAt?: Date;
};

/**
 * Writes a pending row inside the caller's transaction. A second row with the same dedupe key is
 * silently skipped (the unique index decides, so concurrent callers cannot both win).
 * Returns whether this call inserted it.
 */
export async function insertNotification(writer: Writer, row: NewNotification): Promise<boolean> {
  const now = row.now ?? new Date();
  const result = await writer
    .insert(notifications)
    .values({
      kind: row.kind,
      recipientType: row.recipientType,
      recipientAddress: row.recipientAddress,
      channel: row.channel ?? 'email',
      locale: row.locale,
      ticketId: row.ticketId ?? null,
      employeeId: row.employeeId ?? null,
      subject: row.subject,
      html: '',
      text: '',
      payload: row.payload as Record<string, unknown>,
      dedupeKey: row.dedupeKey,
      state: 'pending',
      nextAttemptAt: row.sendAt ?? now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: notifications.dedupeKey });
  return affected(result) > 0;
}

export async function notificationExists(writer: Writer, dedupeKey: string): Promise<boolean> {
  return await first(writer.select({ id: notifications.id }).from(notifications).where(eq(notifications.dedupeKey, dedupeKey)).limit(1)) !== undefined;
}

/** Pending rows whose time has come, oldest due first. */
export async function dueNotificationIds(now: Date, limit: number): Promise<number[]> {
  return (await db()
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.state, 'pending'), lte(notifications.nextAttemptAt, now)))
    .orderBy(asc(notifications.nextAttemptAt), asc(notifications.id))
    .limit(limit))
    .map((r) => r.id);
}

/**
 * Takes a due row for one delivery attempt: counts the attempt and pushes the next attempt to
 * `leaseUntil`, in one statement. Only one of several concurrent sweeps gets the row; if this
 * process dies while sending, the lease runs out and a later sweep tries again.
 */
export async function claimNotification(id: number, now: Date, leaseUntil: Date): Promise<Notification | undefined> {
  return transaction(async (tx) =>
    await first(
      tx
        .update(notifications)
        .set({ attempts: sql`${notifications.attempts} + 1`, nextAttemptAt: leaseUntil, claimedAt: now, updatedAt: now })
        .where(and(eq(notifications.id, id), eq(notifications.state, 'pending'), lte(notifications.nextAttemptAt, now)))
        .returning(),
    ),
  );
}

export async function saveRendered(id: number, mail: { subject: string; html: string; text: string }) {
  await transaction(async (tx) => await tx.update(notifications).set(mail).where(eq(notifications.id, id)));
}

/** `sentBody`: what went out, when it differs from the stored body (a status link regenerated since it was rendered). */
export async function markSent(id: number, at: Date, transport: string, providerMessageId: string | null, sentBody?: { html: string; text: string }) {
  await transaction(async (tx) =>
    await tx
      .update(notifications)
      .set({ state: 'sent', transport, providerMessageId, sentAt: at, lastError: null, claimedAt: null, updatedAt: at, ...sentBody })
      .where(eq(notifications.id, id)),
  );
}

/**
 * Makes rows that a process which has since ended had taken for an attempt due again: a server
 * killed between taking a row and recording the outcome would otherwise keep it for the whole
 * lease (LEASE_MS). Called once by a starting server, for claims older than its start. Should a
 * `npm run digest` started earlier still be sending one of them, the mail goes out under the
 * same idempotency key, which the mail service answers once.
 */
export async function releaseAbandonedClaims(startedAt: Date, now = new Date()): Promise<number> {
  return transaction(
    async (tx) =>
      affected(
        await tx
          .update(notifications)
          .set({ claimedAt: null, nextAttemptAt: now, updatedAt: now })
          .where(and(eq(notifications.state, 'pending'), lt(notifications.claimedAt, startedAt))),
      ),
  );
}

/** A failed attempt: try again at `retryAt`, or give up (state `failed`) when it is null. */
export async function markAttemptFailed(id: number, at: Date, error: string, transport: string, retryAt: Date | null) {
  await transaction(async (tx) =>
    await tx
      .update(notifications)
      .set(
        retryAt
          ? { lastError: error, transport, nextAttemptAt: retryAt, claimedAt: null, updatedAt: at }
          : { state: 'failed', lastError: error, transport, claimedAt: null, updatedAt: at },
      )
      .where(eq(notifications.id, id)),
  );
}

/** Puts a failed row back in the queue with a fresh set of attempts. False when it was not failed. */
export async function requeueFailed(id: number, now = new Date()): Promise<boolean> {
  const result = await transaction(async (tx) =>
    await tx
      .update(notifications)
      .set({ state: 'pending', attempts: 0, nextAttemptAt: now, updatedAt: now })
      .where(and(eq(notifications.id, id), eq(notifications.state, 'failed'))),
  );
  return affected(result) > 0;
}

export async function getNotification(id: number): Promise<Notification | undefined> {
  return await first(db().select().from(notifications).where(eq(notifications.id, id)).limit(1));
}

export type OutboxFilters = { state?: OutboxState; kind?: NotificationKindName };

/** A row finished without a mail service: stored as sent, but it never left the server (lib/notifications/outbox-state.ts). */
const isKept = sql<number>`(${notifications.state} = 'sent' AND coalesce(${notifications.transport}, '') = 'outbox')`;

/** A row's state as the outbox shows it: kept mail is not "sent". */
function outboxStateIs(state: OutboxState) {
  if (state === 'kept') return isKept;
  if (state === 'sent') return and(eq(notifications.state, 'sent'), not(isKept));
  return eq(notifications.state, state);
}

/** The /outbox list, newest first, paged by (created_at, id). */
export async function listNotifications(f: OutboxFilters, page: PageRequest, size = 50) {
  const { where, orderBy } = keysetClauses(notifications.createdAt, notifications.id, 'desc', page);
  const rows = await db()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      state: notifications.state,
      recipientType: notifications.recipientType,
      recipientAddress: notifications.recipientAddress,
      channel: notifications.channel,
      subject: notifications.subject,
      attempts: notifications.attempts,
      transport: notifications.transport,
      lastError: notifications.lastError,
      createdAt: notifications.createdAt,
      sentAt: notifications.sentAt,
    })
    .from(notifications)
    .where(
      and(
        f.state ? outboxStateIs(f.state) : undefined,
        f.kind ? eq(notifications.kind, f.kind) : undefined,
        where,
      ),
    )
    .orderBy(...orderBy)
    .limit(size + 1);
  return toPage(rows, size, page, (r) => r.createdAt.getTime());
}

/**
 * The counts above the /outbox list. `kept` rows (finished without a mail service: state `sent`,
 * transport `outbox`) are counted apart from the ones that really went out.
 */
export async function countNotificationsByState(): Promise<Record<NotificationState | 'kept', number>> {
  const counts: Record<NotificationState | 'kept', number> = { pending: 0, sent: 0, kept: 0, failed: 0, merged: 0 };
  const rows = await db().select({ state: notifications.state, kept: isKept, n: count() }).from(notifications).groupBy(notifications.state, isKept);
  for (const r of rows) counts[r.kept ? 'kept' : r.state] += r.n;
  return counts;
}

/** Who a ticket's client is, for mail: read inside the enqueueing transaction. */
export async function clientRecipient(writer: Writer, clientId: number) {
  return await first(
    writer
      .select({
        id: clients.id,
        name: clients.name,
        contactPerson: clients.contactPerson,
        kind: clients.kind,
        ...clientReachColumns,
        notify: clients.notify,
        locale: clients.locale,
      })
      .from(clients)
      .where(eq(clients.id, clientId))
      .limit(1),
  );
}

export async function employeeRecipient(writer: Writer, employeeId: number) {
  return await first(
    writer
      .select({
        id: employees.id,
        fullName: employees.fullName,
        email: employees.email,
        active: employees.active,
        locale: employees.locale,
        digestOptOut: employees.digestOptOut,
        telegramChatId: employees.telegramChatId,
        notifyVia: employees.notifyVia,
      })
      .from(employees)
      .where(eq(employees.id, employeeId))
      .limit(1),
  );
}

/** The ticket's public token as it is now: a mail carries this link, whatever it was queued with. */
export async function ticketPublicToken(ticketId: number): Promise<string | undefined> {
  return (await first(db().select({ token: tickets.publicToken }).from(tickets).where(eq(tickets.id, ticketId)).limit(1)))?.token;
}

/**
 * A client's status message still waiting out its merge window: not yet taken by a sweep (never
 * tried) and not yet due. A later move of the same ticket rewrites or withdraws it instead of
 * queueing a second message. Read in the enqueueing (immediate) transaction, so no sweep can take
 * it between this read and the write.
 */
export async function heldStatusMessage(writer: Writer, ticketId: number, now: Date): Promise<Notification | undefined> {
  return await first(
    writer
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.ticketId, ticketId),
          eq(notifications.kind, 'status_changed'),
          eq(notifications.recipientType, 'client'),
          eq(notifications.state, 'pending'),
          eq(notifications.attempts, 0),
          gt(notifications.nextAttemptAt, now),
        ),
      )
      .orderBy(asc(notifications.id))
      .limit(1),
  );
}

/** The held message now says something else (the latest status, a revised estimate). */
export async function rewriteHeldMessage(writer: Writer, id: number, patch: { subject: string; payload: object }, now: Date) {
  await writer
    .update(notifications)
    .set({ subject: patch.subject, payload: patch.payload as Record<string, unknown>, html: '', text: '', updatedAt: now })
    .where(and(eq(notifications.id, id), eq(notifications.state, 'pending'), eq(notifications.attempts, 0)));
}

/** The held message is withdrawn: a later move undid it or the client is not told of the latest status. */
export async function markMerged(writer: Writer, id: number, now: Date) {
  await writer
    .update(notifications)
    .set({ state: 'merged', updatedAt: now })
    .where(and(eq(notifications.id, id), eq(notifications.state, 'pending'), eq(notifications.attempts, 0)));
}
