import 'server-only';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { db, transaction } from '@/db';
import { telegramLinks } from '@/db/tables';
import type { Writer } from './audit';
import { first } from '@/db/exec';

/** Whose chat a start code binds: a client (status page, receipt) or an employee (profile). */
export type LinkOwner = { clientId: number } | { employeeId: number };

function ownerCondition(owner: LinkOwner) {
  return 'clientId' in owner ? eq(telegramLinks.clientId, owner.clientId) : eq(telegramLinks.employeeId, owner.employeeId);
}

/** The owner's newest code that is neither used nor expired, so a page shown twice shows one link. */
export async function findUsableLinkCode(owner: LinkOwner, now: Date): Promise<string | undefined> {
  return (await first(
    db()
      .select({ code: telegramLinks.code })
      .from(telegramLinks)
      .where(and(ownerCondition(owner), isNull(telegramLinks.usedAt), gt(telegramLinks.expiresAt, now)))
      .orderBy(desc(telegramLinks.expiresAt))
      .limit(1),
  ))?.code;
}

export async function insertLinkCode(owner: LinkOwner, code: string, now: Date, expiresAt: Date) {
  await transaction(async (tx) =>
    await tx
    .insert(telegramLinks)
    .values({
      code,
      clientId: 'clientId' in owner ? owner.clientId : null,
      employeeId: 'employeeId' in owner ? owner.employeeId : null,
      createdAt: now,
      expiresAt,
    }),
  );
}

/**
 * Uses a code: one conditional UPDATE, so of two /start updates with the same code only one gets
 * the owner back. Undefined: unknown, already used or expired.
 */
export async function consumeLinkCode(writer: Writer, code: string, now: Date): Promise<{ clientId: number | null; employeeId: number | null } | undefined> {
  return await first(
    writer
      .update(telegramLinks)
      .set({ usedAt: now })
      .where(and(eq(telegramLinks.code, code), isNull(telegramLinks.usedAt), sql`${telegramLinks.expiresAt} > ${now.getTime()}`))
      .returning({ clientId: telegramLinks.clientId, employeeId: telegramLinks.employeeId }),
  );
}
