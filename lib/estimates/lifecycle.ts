import type { Writer } from '@/db/queries/audit';
import { insertEstimateRow, latestEstimate, withdrawPendingEstimate, type Estimate } from '@/db/queries/estimates';
import { insertTicketEvent, type Ticket } from '@/db/queries/tickets';
import { enqueueEstimateSent } from '@/lib/notifications/enqueue';
import { frozenLines, pricedTicketLines } from './lines';

/**
 * The estimate's part of the ticket's lifecycle, called inside the transaction of the change
 * that causes it (a status move or a line change), so a version and its events commit with it.
 */
type Actor = { id: number; fullName: string } | null;

/** Withdraws the version awaiting the client, if any, with its event. */
export async function withdrawEstimate(tx: Writer, ticket: Ticket, actor: Actor): Promise<Estimate | undefined> {
  const withdrawn = await withdrawPendingEstimate(tx, ticket.id);
  if (withdrawn) {
    await insertTicketEvent(tx, ticket.id, actor, { kind: 'estimate_withdrawn', details: { version: withdrawn.version } });
  }
  return withdrawn;
}

/**
 * Freezes the ticket's lines as the next version (withdrawing the one before) and mails it to the
 * client. Returns undefined when the ticket has no lines: there is nothing to send.
 */
export async function sendEstimate(tx: Writer, ticket: Ticket, actor: Actor, opts: { mail: boolean }): Promise<Estimate | undefined> {
  await withdrawEstimate(tx, ticket, actor);
  const priced = await pricedTicketLines(tx, ticket);
  if (priced.lines.length === 0) return undefined;
  const version = ((await latestEstimate(ticket.id, tx))?.version ?? 0) + 1;
  const estimate = await insertEstimateRow(tx, {
    ticketId: ticket.id,
    version,
    lines: frozenLines(priced),
    discountMinor: priced.totals.discountMinor,
    totalMinor: priced.totals.totalMinor,
    currency: ticket.currency,
    diagnosis: ticket.diagnosis,
    departmentId: ticket.departmentId,
    state: 'pending',
  });
  await insertTicketEvent(tx, ticket.id, actor, { kind: 'estimate_sent', details: { version, totalMinor: estimate.totalMinor, currency: estimate.currency } });
  // A status move to awaiting_approval mails the estimate with the status; a revision mails it alone.
  if (opts.mail) await enqueueEstimateSent(tx, ticket, estimate);
  return estimate;
}

export type ClosingGap = 'diagnosis' | 'workDone' | 'lines' | 'balance';

/**
 * What a repair lacks to be closed: a diagnosis, and the work done and final lines unless the
 * client declined the repair (then the device goes back as it came, with a diagnosis only); and,
 * either way, the balance paid (total less what was paid). A consultation needs none of them.
 */
export function closingGaps(ticket: Ticket, lineCount: number): ClosingGap[] {
  if (ticket.kind !== 'repair') return [];
  const gaps: ClosingGap[] = [];
  if (!ticket.diagnosis.trim()) gaps.push('diagnosis');
  if (ticket.outcome !== 'returned_without_repair') {
    if (!ticket.workDone.trim()) gaps.push('workDone');
    if (lineCount === 0) gaps.push('lines');
  }
  if ((ticket.estimateMinor ?? 0) - ticket.paidMinor > 0) gaps.push('balance');
  return gaps;
}
