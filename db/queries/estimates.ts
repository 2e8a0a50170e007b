import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { estimates } from '@/db/schema';
import type { Writer } from './audit';

export type Estimate = typeof estimates.$inferSelect;
export type NewEstimate = typeof estimates.$inferInsert;

/** The newest version of a ticket's estimate (any state), or undefined when none was ever sent. */
export function latestEstimate(ticketId: number, writer: Writer = db()): Estimate | undefined {
  return writer.select().from(estimates).where(eq(estimates.ticketId, ticketId)).orderBy(desc(estimates.version)).limit(1).get();
}

export function estimateByVersion(writer: Writer, ticketId: number, version: number): Estimate | undefined {
  return writer
    .select()
    .from(estimates)
    .where(and(eq(estimates.ticketId, ticketId), eq(estimates.version, version)))
    .get();
}

/** Every version of a ticket's estimate, newest first. */
export function listEstimates(ticketId: number, writer: Writer = db()): Estimate[] {
  return writer.select().from(estimates).where(eq(estimates.ticketId, ticketId)).orderBy(desc(estimates.version)).all();
}

export function insertEstimateRow(writer: Writer, values: NewEstimate): Estimate {
  return writer.insert(estimates).values(values).returning().get();
}

/** Withdraws the pending version, if any; returns it as it was. */
export function withdrawPendingEstimate(writer: Writer, ticketId: number): Estimate | undefined {
  const pending = writer
    .select()
    .from(estimates)
    .where(and(eq(estimates.ticketId, ticketId), eq(estimates.state, 'pending')))
    .get();
  if (pending) writer.update(estimates).set({ state: 'withdrawn' }).where(eq(estimates.id, pending.id)).run();
  return pending;
}

export function updateEstimateRow(writer: Writer, id: number, patch: Partial<Omit<NewEstimate, 'id' | 'ticketId' | 'version'>>): Estimate {
  return writer.update(estimates).set(patch).where(eq(estimates.id, id)).returning().get();
}
