import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { db } from '@/db';
import { auditLog, employees } from '@/db/tables';
import type { AuditEntry, FieldChanges } from '@/lib/audit-diff';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Writer = Db | Tx;
type Entity = (typeof auditLog.$inferInsert)['entityType'];
type Action = (typeof auditLog.$inferInsert)['action'];

/** Written inside the caller's transaction, so a change and its audit row commit together. */
export async function writeAudit(
  writer: Writer,
  entry: { actor: { id: number; fullName: string } | null; entityType: Entity; entityId: number; action: Action; changes?: FieldChanges },
) {
  await writer
    .insert(auditLog)
    .values({
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.fullName ?? null,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      changes: entry.changes ?? null,
    });
}

/** The History section of a detail page, newest first. */
export async function listAudit(entityType: Entity, entityId: number, limit = 100): Promise<AuditEntry[]> {
  return await db()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      changes: auditLog.changes,
      createdAt: auditLog.createdAt,
      actorId: auditLog.actorId,
      actorName: auditLog.actorName,
      currentActorName: employees.fullName,
    })
    .from(auditLog)
    .leftJoin(employees, eq(auditLog.actorId, employees.id))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
