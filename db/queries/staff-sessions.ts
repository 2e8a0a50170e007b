import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import { db, transaction } from '@/db';
import { preparedRead } from '@/db/prepared';
import { employees, staffSessions } from '@/db/tables';
import type { Writer } from './audit';
import { affected, one } from '@/db/exec';

/** Last-seen is written at most this often: a page view must not turn into a write every time. */
const TOUCH_EVERY_MS = 5 * 60_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A new sign-in's row; the returned token goes into the (signed, encrypted) session cookie only. */
export async function createStaffSession(input: { employeeId: number; userAgent: string; address: string; ttlMs: number }, now = new Date()): Promise<{ id: number; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const row = await transaction((tx) =>
    one(
      tx
        .insert(staffSessions)
        .values({
          tokenHash: hashOf(token),
          employeeId: input.employeeId,
          userAgent: input.userAgent.slice(0, 300),
          address: input.address.slice(0, 100),
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + input.ttlMs),
        })
        .returning({ id: staffSessions.id }),
    ),
  );
  return { id: row.id, token };
}

const sessionByHash = preparedRead(['tokenHash'], (on, p) =>
  on
    .select({
      sessionId: staffSessions.id,
      lastSeenAt: staffSessions.lastSeenAt,
      expiresAt: staffSessions.expiresAt,
      id: employees.id,
      fullName: employees.fullName,
      email: employees.email,
      role: employees.role,
      locale: employees.locale,
      active: employees.active,
      departmentId: employees.departmentId,
      sessionVersion: employees.sessionVersion,
    })
    .from(staffSessions)
    .innerJoin(employees, eq(employees.id, staffSessions.employeeId))
    .where(eq(staffSessions.tokenHash, p.tokenHash))
    .limit(1),
);

/**
 * The employee behind a live session token, as every request needs them: one read by the token's
 * unique hash, prepared once; whether the session is still live is compared here (a prepared
 * read takes no timestamps).
 */
export async function findSessionEmployee(token: string, now = new Date()) {
  const [found] = await sessionByHash({ tokenHash: hashOf(token) });
  return found && found.expiresAt.getTime() > now.getTime() ? found : undefined;
}

export async function touchStaffSession(sessionId: number, lastSeenAt: Date, now = new Date()) {
  if (now.getTime() - lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await transaction(async (tx) => await tx.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, sessionId)));
}

export type StaffSessionRow = { id: number; userAgent: string; address: string; createdAt: Date; lastSeenAt: Date };

/** An employee's live sessions, most recently used first. */
export async function listStaffSessions(employeeId: number, now = new Date()): Promise<StaffSessionRow[]> {
  return await db()
    .select({ id: staffSessions.id, userAgent: staffSessions.userAgent, address: staffSessions.address, createdAt: staffSessions.createdAt, lastSeenAt: staffSessions.lastSeenAt })
    .from(staffSessions)
    .where(and(eq(staffSessions.employeeId, employeeId), gt(staffSessions.expiresAt, now)))
    .orderBy(desc(staffSessions.lastSeenAt), desc(staffSessions.id));
}

/** Ends one session of this employee; false when there was none (another's, or already ended). */
export async function endStaffSession(employeeId: number, sessionId: number): Promise<boolean> {
  return transaction(async (tx) => affected(await tx.delete(staffSessions).where(and(eq(staffSessions.id, sessionId), eq(staffSessions.employeeId, employeeId)))) > 0);
}

export async function endStaffSessionByToken(token: string) {
  await transaction(async (tx) => await tx.delete(staffSessions).where(eq(staffSessions.tokenHash, hashOf(token))));
}

/** Every session of an employee: sign out everywhere, a new password, deactivation. */
export async function endAllStaffSessions(writer: Writer, employeeId: number): Promise<number> {
  return affected(await writer.delete(staffSessions).where(eq(staffSessions.employeeId, employeeId)));
}

export async function pruneExpiredStaffSessions(now = new Date()): Promise<number> {
  return transaction(async (tx) => affected(await tx.delete(staffSessions).where(lte(staffSessions.expiresAt, now))));
}

