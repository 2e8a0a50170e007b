import { and, eq } from 'drizzle-orm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { PublicTimeline } from '@/app/status/_components/public-timeline';
import { listPublicEvents } from '@/db/queries/public-status';
import { publicStatusEn } from '@/lib/i18n/messages/features/public-status';
import { first } from '@/db/exec';
import { clients, estimates, notifications, ticketEvents } from '@/db/tables';
import { getTicket, type Actor } from '@/db/queries/tickets';
import { DomainError } from '@/lib/domain/errors';
import { addTicketLine } from '@/lib/estimates/commands';
import { decideByPhone, overrideDecision } from '@/lib/estimates/decisions';
import { changeTicketStatus, createTicket } from '@/lib/tickets/commands';
import { intakeOf, makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
let manager: Actor;
let technician: Actor;
let departmentId: number;
let clientId: number;

beforeAll(async () => {
  departmentId = (await makeDepartment(database())).id;
  clientId = (await makeClient(database())).id;
  await database().update(clients).set({ email: 'client@test.local' }).where(eq(clients.id, clientId));
  const actor = async (role: Actor['role']): Promise<Actor> => {
    const e = await makeEmployee(database(), { departmentId, role });
    return { id: e.id, fullName: e.fullName, role };
  };
  manager = await actor('manager');
  technician = await actor('technician');
});

/** A repair of the technician's whose estimate (version 1, 12,000.00) awaits the client. */
async function awaitingClient() {
  const ticket = await createTicket(intakeOf(clientId, departmentId, { assigneeId: technician.id, title: 'Phone' }), manager);
  await addTicketLine({ ticketId: ticket.id, catalogItemId: null, kind: 'work', name: 'Replace the port', quantity: 1, unitPriceMinor: 1_200_000, discountMinor: 0, warrantyDays: 90, stockOverrideReason: null }, technician);
  await changeTicketStatus(ticket.id, 'awaiting_approval', technician);
  return ticket.id;
}

/** The ticket's event of a kind (one in these cases), and its mails of a kind, oldest first. */
const eventOf = async (ticketId: number, kind: typeof ticketEvents.$inferSelect.kind) =>
  (await first(database().select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.kind, kind))).limit(1)))!;
const mailsOf = (ticketId: number, kind: typeof notifications.$inferSelect.kind) =>
  database().select().from(notifications).where(and(eq(notifications.ticketId, ticketId), eq(notifications.kind, kind))).orderBy(notifications.id);

async function code(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a decision taken by phone', () => {
  it('approves the version the client was told about: in progress, "by phone, taken by" on the timeline', async () => {
    const id = await awaitingClient();
    await decideByPhone({ ticketId: id, version: 1, decision: 'approved', reason: null }, technician);
    expect((await getTicket(id))!.status).toBe('in_progress');
    const event = await eventOf(id, 'estimate_decided');
    expect(event).toMatchObject({ actorId: technician.id, toValue: 'approved', details: expect.objectContaining({ via: 'phone', version: 1, totalMinor: 1_200_000 }) });
    const estimate = await first(database().select().from(estimates).where(eq(estimates.ticketId, id)).limit(1));
    expect(estimate).toMatchObject({ state: 'approved', decidedVia: 'phone', decidedById: technician.id });
    // The assignee took it themselves: nobody to tell.
    expect(await mailsOf(id, 'estimate_decided')).toHaveLength(0);
  });

  it('a decline makes the ticket ready, returned without repair, and tells the assignee when someone else took it', async () => {
    const id = await awaitingClient();
    await decideByPhone({ ticketId: id, version: 1, decision: 'declined', reason: 'Too expensive' }, manager);
    expect(await getTicket(id)).toMatchObject({ status: 'ready', outcome: 'returned_without_repair' });
    const mail = (await mailsOf(id, 'estimate_decided'))[0];
    expect(mail.payload).toMatchObject({ decision: 'declined', via: 'phone', takenBy: manager.fullName, reason: 'Too expensive' });
  });

  it('refuses a second decision and a withdrawn version, changing nothing', async () => {
    const id = await awaitingClient();
    expect(await code(() => decideByPhone({ ticketId: id, version: 2, decision: 'approved', reason: null }, technician))).toBe('estimate.not_awaiting');
    await decideByPhone({ ticketId: id, version: 1, decision: 'approved', reason: null }, technician);
    const version = (await getTicket(id))!.version;
    expect(await code(() => decideByPhone({ ticketId: id, version: 1, decision: 'declined', reason: null }, technician))).toBe('estimate.already_decided');
    expect((await getTicket(id))!.version).toBe(version);
  });
});

describe("a manager's override", () => {
  it('only a manager changes a recorded decision, with a reason, and the ticket follows it', async () => {
    const id = await awaitingClient();
    await decideByPhone({ ticketId: id, version: 1, decision: 'declined', reason: null }, technician);
    expect(await code(() => overrideDecision({ ticketId: id, decision: 'approved', reason: 'Client called back' }, technician))).toBe('estimate.override_forbidden');
    await overrideDecision({ ticketId: id, decision: 'approved', reason: 'Client called back' }, manager);
    expect(await getTicket(id)).toMatchObject({ status: 'in_progress', outcome: null });
    const event = await eventOf(id, 'decision_overridden');
    expect(event).toMatchObject({ actorId: manager.id, fromValue: 'declined', toValue: 'approved', details: expect.objectContaining({ reason: 'Client called back' }) });
    expect(await code(() => overrideDecision({ ticketId: id, decision: 'approved', reason: 'again' }, manager))).toBe('estimate.same_decision');
  });

  it("the client's page shows the decision as it now is, without who changed it or why", async () => {
    const id = await awaitingClient();
    await decideByPhone({ ticketId: id, version: 1, decision: 'approved', reason: null }, technician);
    await overrideDecision({ ticketId: id, decision: 'declined', reason: 'INTERNAL-REASON' }, manager);
    const shown = (await listPublicEvents(id)).filter((e) => e.kind === 'decision_overridden');
    expect(shown).toEqual([expect.objectContaining({ toValue: 'declined', estimateVersion: 1 })]);
    expect(JSON.stringify(await listPublicEvents(id))).not.toMatch(/INTERNAL-REASON|Employee/);
    const html = renderToStaticMarkup(createElement(PublicTimeline, { events: await listPublicEvents(id), t: publicStatusEn, locale: 'en', timeZone: 'Europe/Moscow' }));
    expect(html).toContain('was changed with the service center: declined, the device is returned without repair');
  });
});
