import { transaction } from '@/db';
import { approvedSince, listDigestRecipients, openTicketsOf } from '@/db/queries/digest';
import { insertNotification, notificationExists } from '@/db/queries/notifications';
import { env } from '@/lib/env';
import { localDate } from '@/lib/i18n/format';
import { addDays, startOfLocalDay } from '@/lib/time/local-date';
import { deliverDue, type DeliveryReport } from './deliver';
import { employeeTarget } from './enqueue';
import type { DigestApprovedItem, DigestItem, NotificationContent } from './payload';
import { subjectFor } from './subjects';

/** A mail lists at most this many tickets; the summary still counts all, and links to the full list. */
export const DIGEST_MAX_ROWS = 100;

export function digestDedupeKey(employeeId: number, day: string): string {
  return `digest:${employeeId}:${day}`;
}

/** Approvals since the start of yesterday (the company's local day): what came in since the last digest, and a day's grace. */
export function approvedWindowStart(date: string, timeZone: string): Date {
  return startOfLocalDay(addDays(date, -1), timeZone);
}

export type DigestRun = { date: string; queued: number; alreadyQueued: number; delivery: DeliveryReport };

/**
 * Queues today's digest for every eligible employee who has none yet. Once per employee per
 * local day however often or concurrently it runs: the dedupe key is unique and the insert is
 * ON CONFLICT DO NOTHING, in one IMMEDIATE transaction (so another process cannot interleave).
 */
export async function enqueueDigests(now: Date = new Date()): Promise<Omit<DigestRun, 'delivery'>> {
  const timeZone = env().APP_TIMEZONE;
  const date = localDate(now, timeZone);
  return transaction(async (tx) => {
    const approvals = await approvedSince(approvedWindowStart(date, timeZone));
    let queued = 0;
    let alreadyQueued = 0;
    for (const employee of await listDigestRecipients()) {
      const dedupeKey = digestDedupeKey(employee.id, date);
      if (await notificationExists(tx, dedupeKey)) {
        alreadyQueued += 1;
        continue;
      }
      const open = await openTicketsOf(employee.id, { now, limit: DIGEST_MAX_ROWS });
      if (open.total === 0) continue;
      const tickets: DigestItem[] = open.rows.map((t) => ({
        id: t.id,
        title: t.title,
        clientName: t.clientName,
        status: t.status,
        priority: t.priority,
        createdAt: t.createdAt.getTime(),
        dueDate: t.dueDate,
        overdue: t.overdue,
      }));
      const approved: DigestApprovedItem[] = (approvals.get(employee.id) ?? []).slice(0, DIGEST_MAX_ROWS).map((a) => ({
        id: a.id,
        title: a.title,
        clientName: a.clientName,
        totalMinor: a.totalMinor,
        currency: a.currency,
        decidedAt: a.decidedAt.getTime(),
      }));
      const content: NotificationContent = {
        kind: 'digest',
        locale: employee.locale,
        // `approved` only when there is something: nothing approved, no such section.
        payload: { recipientName: employee.fullName, date, tickets, total: open.total, overdue: open.overdue, ...(approved.length > 0 ? { approved } : {}) },
      };
      // By e-mail, or in Telegram for whoever chose it in their profile (and connected a chat).
      const target = employeeTarget(employee);
      const inserted = await insertNotification(tx, {
        kind: 'digest',
        recipientType: 'employee',
        recipientAddress: target.address,
        channel: target.channel,
        locale: employee.locale,
        employeeId: employee.id,
        subject: subjectFor(content),
        payload: content.payload,
        dedupeKey,
        now,
      });
      if (inserted) queued += 1;
      else alreadyQueued += 1;
    }
    return { date, queued, alreadyQueued };
  });
}

/** What the cron endpoint does: queue today's digests, then deliver everything that is due. */
export async function runDigest(now?: Date): Promise<DigestRun> {
  const result = await enqueueDigests(now);
  const delivery = await deliverDue({ now });
  return { ...result, delivery };
}
