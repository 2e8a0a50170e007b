import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { preparedRead } from '@/db/prepared';
import { estimates } from '@/db/tables';
import type { Writer } from './audit';
import { first, one } from '@/db/exec';

export type Estimate = typeof estimates.$inferSelect;
export type NewEstimate = typeof estimates.$inferInsert;

/** The newest version of a ticket's estimate (any state), or undefined when none was ever sent. */
const latestOfTicket = preparedRead(['ticketId'], (on, p) => on.select().from(estimates).where(eq(estimates.ticketId, p.ticketId)).orderBy(desc(estimates.version)).limit(1));

export async function latestEstimate(ticketId: number, writer: Writer = db()): Promise<Estimate | undefined> {
  return (await latestOfTicket({ ticketId }, writer))[0];
}

/** What the ticket page shows of the newest version: its state, total and decision, not its lines. */
export type EstimateSummary = Pick<Estimate, 'version' | 'state' | 'totalMinor' | 'currency' | 'decidedAt' | 'decidedVia' | 'decidedByName' | 'reason'>;

// The page needs no snapshot of the lines (forty lines are kilobytes of JSON to read and parse on every view).
const summaryOfTicket = preparedRead(['ticketId'], (on, p) =>
  on
    .select({
      version: estimates.version,
      state: estimates.state,
      totalMinor: estimates.totalMinor,
      currency: estimates.currency,
      decidedAt: estimates.decidedAt,
      decidedVia: estimates.decidedVia,
      decidedByName: estimates.decidedByName,
      reason: estimates.reason,
    })
    .from(estimates)
    .where(eq(estimates.ticketId, p.ticketId))
    .orderBy(desc(estimates.version))
    .limit(1),
);

export async function latestEstimateSummary(ticketId: number): Promise<EstimateSummary | undefined> {
  return (await summaryOfTicket({ ticketId }))[0];
}

export async function estimateByVersion(writer: Writer, ticketId: number, version: number): Promise<Estimate | undefined> {
  return await first(
    writer
      .select()
      .from(estimates)
      .where(and(eq(estimates.ticketId, ticketId), eq(estimates.version, version)))
      .limit(1),
  );
}

/** Every version of a ticket's estimate, newest first. */
export async function listEstimates(ticketId: number, writer: Writer = db()): Promise<Estimate[]> {
  return await writer.select().from(estimates).where(eq(estimates.ticketId, ticketId)).orderBy(desc(estimates.version));
}

export async function insertEstimateRow(writer: Writer, values: NewEstimate): Promise<Estimate> {
  return await one(writer.insert(estimates).values(values).returning());
}

/** Withdraws the pending version, if any; returns it as it was. */
export async function withdrawPendingEstimate(writer: Writer, ticketId: number): Promise<Estimate | undefined> {
  const pending = await first(
    writer
      .select()
      .from(estimates)
      .where(and(eq(estimates.ticketId, ticketId), eq(estimates.state, 'pending')))
      .limit(1),
  );
  if (pending) await writer.update(estimates).set({ state: 'withdrawn' }).where(eq(estimates.id, pending.id));
  return pending;
}

export async function updateEstimateRow(writer: Writer, id: number, patch: Partial<Omit<NewEstimate, 'id' | 'ticketId' | 'version'>>): Promise<Estimate> {
  return await one(writer.update(estimates).set(patch).where(eq(estimates.id, id)).returning());
}
