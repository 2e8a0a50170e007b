import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addCommentAction,
  assignTicketAction,
  changeTicketStatusAction,
  createTicketAction,
  deleteTicketAction,
  takeTicketAction,
  updateTicketAction,
} from '@/app/(staff)/tickets/actions';
import { addLineAction } from '@/app/(staff)/tickets/line-actions';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { deleteEmployeeAction } from '@/app/(staff)/employees/actions';
import { Timeline, timelineEmployeeIds } from '@/app/(staff)/tickets/[number]/_components/timeline';
import { first } from '@/db/exec';
import { auditLog, employees, ticketEvents, tickets } from '@/db/tables';
import { listPublicEvents } from '@/db/queries/public-status';
import { employeeNames } from '@/db/queries/ticket-people';
import { getTicket, listTicketEvents, type Ticket } from '@/db/queries/tickets';
import { insertAttachment } from '@/lib/attachments/commands';
import { assignTicket, changeTicketStatus, createTicket, updateTicket } from '@/lib/tickets/commands';
import { messagesFor } from '@/lib/i18n/messages';
import { ticketDetailEn } from '@/lib/i18n/messages/features/ticket-detail';
import type { Role } from '@/lib/domain/enums';
import { EDITABLE_TICKET_FIELDS, ticketEditFields } from '@/lib/validation/tickets';
import { intakeOf, makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { failInserts } from '../helpers/failing-inserts';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
const REDIRECT = { digest: expect.stringContaining('NEXT_REDIRECT') };

function form(values: Record<string, string | number | boolean>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}

let departmentId = 0;
let clientId = 0;
const people = {} as Record<Role | 'otherTech', Staff>;

async function asStaff(role: Role): Promise<Staff> {
  const e = await makeEmployee(database(), { departmentId, role });
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId };
}

beforeAll(async () => {
  const db = database();
  departmentId = (await makeDepartment(db)).id;
  clientId = (await makeClient(db)).id;
  people.admin = await asStaff('admin');
  people.manager = await asStaff('manager');
  people.technician = await asStaff('technician');
  people.otherTech = await asStaff('technician');
});

const intake = (extra: Record<string, string | number> = {}) => ({
  kind: 'repair',
  channel: 'walk_in',
  clientId,
  departmentId,
  priority: 'normal',
  title: 'Ноутбук не включается',
  description: 'После падения',
  ...extra,
});

async function ticketFor(assigneeId: number | null, status: 'new' | 'ready' | 'closed' = 'new') {
  const t = await createTicket({ ...intakeParsed(), assigneeId }, people.manager);
  if (status === 'ready' || status === 'closed') await changeTicketStatus(t.id, 'ready', people.manager);
  // A repair without diagnosis, work done or lines is closed only by a manager's override.
  if (status === 'closed') await changeTicketStatus(t.id, 'closed', people.manager, undefined, 'Closed as is for the test');
  return (await getTicket(t.id))!;
}

function intakeParsed() {
  return intakeOf(clientId, departmentId, { title: 'Телефон' });
}

/** A ticket's timeline, oldest first (PostgreSQL keeps no order without ORDER BY). */
const eventsOf = (id: number) => database().select().from(ticketEvents).where(eq(ticketEvents.ticketId, id)).orderBy(ticketEvents.id);
const ticketCount = async () => (await database().select({ id: tickets.id }).from(tickets)).length;

describe('ticket actions: who may call them', () => {
  type Who = Role | 'otherTech' | 'anonymous';
  type Case = { action: string; who: Who; allowed: boolean; arrange: () => number | Promise<number>; act: (id: number) => Promise<unknown> };
  const WHO: Who[] = ['anonymous', 'technician', 'otherTech', 'manager', 'admin'];
  const ownTicket = async () => (await ticketFor(people.technician.id)).id;

  // "technician" owns the ticket under test (its assignee); "otherTech" is another technician.
  const cases: Case[] = WHO.flatMap((who) => [
    { action: 'create', who, allowed: who !== 'anonymous', arrange: () => 0, act: () => createTicketAction(undefined, form(intake())) },
    {
      action: 'change status',
      who,
      allowed: who === 'technician' || who === 'manager' || who === 'admin',
      arrange: ownTicket,
      act: (id) => changeTicketStatusAction(undefined, form({ id, to: 'diagnostics' })),
    },
    {
      action: 'edit',
      who,
      allowed: who === 'technician' || who === 'manager' || who === 'admin',
      arrange: ownTicket,
      act: async (id) => updateTicketAction(undefined, form({ ...intake(), id, version: (await getTicket(id))!.version, diagnosis: 'Замена' })),
    },
    {
      action: 'comment',
      who,
      allowed: who === 'technician' || who === 'manager' || who === 'admin',
      arrange: ownTicket,
      act: (id) => addCommentAction(undefined, form({ id, body: 'Проверил', visibility: 'internal' })),
    },
    {
      action: 'reassign to someone else',
      who,
      allowed: who === 'manager' || who === 'admin',
      arrange: ownTicket,
      act: (id) => assignTicketAction(undefined, form({ id, assigneeId: people.otherTech.id })),
    },
    { action: 'take an unassigned ticket', who, allowed: who !== 'anonymous', arrange: async () => (await ticketFor(null)).id, act: (id) => takeTicketAction(undefined, form({ id })) },
    {
      action: 'reopen a closed ticket',
      who,
      allowed: who === 'manager' || who === 'admin',
      arrange: async () => (await ticketFor(people.technician.id, 'closed')).id,
      act: (id) => changeTicketStatusAction(undefined, form({ id, to: 'in_progress' })),
    },
    { action: 'delete', who, allowed: who === 'admin', arrange: async () => (await ticketFor(null)).id, act: (id) => deleteTicketAction(undefined, form({ id })) },
  ]);

  it.each(cases)('$action as $who → allowed: $allowed', async ({ who, allowed, arrange, act }) => {
    const id = await arrange();
    const before = { ticket: id ? await getTicket(id) : undefined, events: id ? (await eventsOf(id)).length : 0, tickets: await ticketCount() };
    signInAs(who === 'anonymous' ? null : people[who]);
    const outcome = act(id);
    if (who === 'anonymous') {
      await expect(outcome).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
    } else {
      const result = await outcome.catch((e: { digest?: string }) => (e.digest?.includes('NEXT_REDIRECT') ? { ok: true } : Promise.reject(e)));
      if (allowed) {
        expect(result).toMatchObject({ ok: true });
        return;
      }
      expect((result as { message?: string }).message).toMatch(/permission|Only the assignee|not allowed/);
    }
    // Refused: the ticket, its timeline and the number of tickets are exactly as before.
    if (id) expect(await getTicket(id)).toEqual(before.ticket);
    if (id) expect((await eventsOf(id)).length).toBe(before.events);
    expect(await ticketCount()).toBe(before.tickets);
  });
});

describe('ticket intake and edit validation', () => {
  it('gives field errors for bad input and writes nothing', async () => {
    signInAs(people.manager);
    const before = await ticketCount();
    const state = await createTicketAction(
      undefined,
      form(intake({ title: '', kind: 'toaster', dueDate: '2026-02-30', clientId: 999999 })),
    );
    expect(state.fieldErrors).toMatchObject({
      title: ['Required.'],
      kind: ['Choose one of the options.'],
      dueDate: ['Enter a valid date.'],
    });
    expect(await ticketCount()).toBe(before);

    const missingClient = await createTicketAction(undefined, form(intake({ clientId: 999999 })));
    expect(missingClient.fieldErrors?.clientId).toEqual(['Choose an existing client.']);
    expect(await ticketCount()).toBe(before);
  });

  it('refuses to assign a deactivated employee', async () => {
    signInAs(people.manager);
    const gone = await makeEmployee(database(), { departmentId, active: false });
    const state = await assignTicketAction(undefined, form({ id: (await ticketFor(null)).id, assigneeId: gone.id }));
    expect(state.fieldErrors?.assigneeId).toEqual(['Choose an active employee.']);
  });

  it('stores money in minor units and records field changes in the timeline and audit log', async () => {
    signInAs(people.manager);
    const t = await ticketFor(people.technician.id);
    await expect(
      updateTicketAction(undefined, form({ ...intake(), id: t.id, version: t.version, diagnosis: 'Вздулся конденсатор' })),
    ).rejects.toMatchObject(REDIRECT);
    const saved = (await getTicket(t.id))!;
    expect(saved.version).toBe(t.version + 1);
    const last = (await eventsOf(t.id)).at(-1)!;
    expect(last.kind).toBe('field_changed');
    expect(last.fields).toEqual(expect.arrayContaining(['diagnosis', 'title', 'description']));
    const audit = (await database().select().from(auditLog).where(eq(auditLog.entityId, t.id)).orderBy(auditLog.id)).at(-1);
    expect(audit?.changes).toMatchObject({ diagnosis: { from: '', to: 'Вздулся конденсатор' } });
    // The estimate is now the lines' total, typed as staff type money.
    const added = await addLineAction(undefined, form({ ticketId: t.id, kind: 'work', name: 'Замена конденсатора', quantity: '1', unitPriceMinor: '1 500,50' }));
    expect(added).toEqual({ ok: true });
    expect((await getTicket(t.id))?.estimateMinor).toBe(150050);
  });
});

/** The edit form as the page rendered it for `t` (that version), with the editor's own changes on top. */
function editForm(t: Ticket, changes: Record<string, string | number> = {}) {
  const loaded = Object.fromEntries(EDITABLE_TICKET_FIELDS.map((f) => [f, t[f] ?? '']));
  return form({ ...loaded, id: t.id, version: t.version, ...changes });
}

/** Another member of staff saves `changes` on the current version, straight through the query layer. */
async function editedBySomeoneElse(id: number, changes: Record<string, string | number>) {
  const current = (await getTicket(id))!;
  const input = ticketEditFields.parse(Object.fromEntries(editForm(current, changes)));
  await updateTicket(input, people.manager);
}

describe('optimistic locking', () => {
  it('refuses a save based on an old version, says what changed, and overwrites nothing', async () => {
    signInAs(people.manager);
    const t = await ticketFor(people.technician.id);
    await expect(updateTicketAction(undefined, form({ ...intake(), id: t.id, version: t.version, diagnosis: 'Первый' }))).rejects.toMatchObject(REDIRECT);
    const stale = await updateTicketAction(undefined, form({ ...intake(), id: t.id, version: t.version, diagnosis: 'Второй' }));
    expect(stale.message).toMatch(/Someone saved this ticket.*Diagnosis/);
    expect((await getTicket(t.id))?.diagnosis).toBe('Первый');
    expect(stale.values?.diagnosis).toBe('Второй'); // the user's typing is kept
  });

  it("names only what others changed, not the editor's own change", async () => {
    const t = await ticketFor(people.technician.id);
    await editedBySomeoneElse(t.id, { priority: 'urgent' });
    signInAs(people.admin);
    const stale = await updateTicketAction(undefined, editForm(t, { title: 'Ноутбук: не включается после падения' }));
    expect(stale.message).toMatch(/Changed since then: Priority\./);
    expect(stale.message).not.toMatch(/Title/);
    expect(await getTicket(t.id)).toMatchObject({ priority: 'urgent', title: t.title });
  });

  it('a status move on an out-of-date page names the field that changed, not the status', async () => {
    const t = await ticketFor(people.technician.id);
    await editedBySomeoneElse(t.id, { title: 'Ноутбук: не включается после падения' });
    signInAs(people.manager);
    const stale = await changeTicketStatusAction(undefined, form({ id: t.id, to: 'diagnostics', version: t.version }));
    expect(stale.message).toMatch(/Changed since then: Title\./);
    expect(stale.message).not.toMatch(/Status/);
    expect((await getTicket(t.id))?.status).toBe('new');
  });

  it('an edit on an out-of-date page names the assignee when someone reassigned the ticket', async () => {
    const t = await ticketFor(people.technician.id);
    await assignTicket(t.id, people.otherTech.id, people.manager);
    signInAs(people.admin);
    const stale = await updateTicketAction(undefined, editForm(t, { diagnosis: 'Вздулся конденсатор' }));
    expect(stale.message).toMatch(/Changed since then: Assignee\./);
    expect(stale.message).not.toMatch(/Diagnosis/);
    expect((await getTicket(t.id))?.diagnosis).toBe('');
  });

  it('an edit on an out-of-date page names the status when someone moved the ticket', async () => {
    const t = await ticketFor(people.technician.id);
    await changeTicketStatus(t.id, 'diagnostics', people.manager);
    signInAs(people.admin);
    const stale = await updateTicketAction(undefined, editForm(t, { title: 'Ноутбук: не включается после падения' }));
    expect(stale.message).toMatch(/Changed since then: Status\./);
    expect(stale.message).not.toMatch(/Title/);
    expect((await getTicket(t.id))?.title).toBe(t.title);
  });

  it('falls back to comparing with the form when the timeline predates versioned events', async () => {
    const t = await ticketFor(people.technician.id);
    await editedBySomeoneElse(t.id, { priority: 'urgent' });
    // As if written before ticket_events.ticket_version existed.
    await database().update(ticketEvents).set({ ticketVersion: null }).where(eq(ticketEvents.ticketId, t.id));
    signInAs(people.admin);
    const edit = await updateTicketAction(undefined, editForm(t, { title: 'Ноутбук: не включается после падения' }));
    expect(edit.message).toMatch(/Changed since then: Priority, Title\./);
    const move = await changeTicketStatusAction(undefined, form({ id: t.id, to: 'diagnostics', version: t.version }));
    expect(move.message).toBe('Someone changed this ticket after you opened it. Nothing was overwritten. Reload the page to see the current version, then try again.');
  });

  it('saving an unchanged form keeps the version, so a later stale edit is not refused for it', async () => {
    signInAs(people.manager);
    const t = await ticketFor(people.technician.id);
    await expect(updateTicketAction(undefined, editForm(t))).rejects.toMatchObject(REDIRECT);
    expect(await getTicket(t.id)).toMatchObject({ version: t.version });
    expect((await eventsOf(t.id)).filter((e) => e.kind === 'field_changed')).toEqual([]);
    await expect(updateTicketAction(undefined, editForm(t, { diagnosis: 'Вздулся конденсатор' }))).rejects.toMatchObject(REDIRECT);
  });

  it('refuses a status move made on a page that was out of date', async () => {
    signInAs(people.manager);
    const t = await ticketFor(people.technician.id);
    await changeTicketStatus(t.id, 'diagnostics', people.manager);
    const state = await changeTicketStatusAction(undefined, form({ id: t.id, to: 'cancelled', version: t.version }));
    expect(state.message).toMatch(/Someone/);
    expect((await getTicket(t.id))?.status).toBe('diagnostics');
  });
});

describe('lifecycle on the server', () => {
  it('refuses to close a repair that is not ready, and sets and clears closed_at', async () => {
    signInAs(people.manager);
    const t = await ticketFor(people.technician.id);
    expect((await changeTicketStatusAction(undefined, form({ id: t.id, to: 'closed' }))).message).toBe(
      'This status change is not allowed from the current status.',
    );
    await changeTicketStatusAction(undefined, form({ id: t.id, to: 'ready' }));
    // A repair without a diagnosis, work done and lines: refused, until a manager closes it anyway.
    expect((await changeTicketStatusAction(undefined, form({ id: t.id, to: 'closed' }))).message).toMatch(/diagnosis/);
    expect((await getTicket(t.id))?.status).toBe('ready');
    await changeTicketStatusAction(undefined, form({ id: t.id, to: 'closed', overrideReason: 'The client took it back as is' }));
    expect((await getTicket(t.id))?.closedAt).toBeInstanceOf(Date);
    await changeTicketStatusAction(undefined, form({ id: t.id, to: 'in_progress' }));
    expect(await getTicket(t.id)).toMatchObject({ status: 'in_progress', closedAt: null });
    expect((await eventsOf(t.id)).filter((e) => e.kind === 'status_changed').map((e) => `${e.fromValue}>${e.toValue}`)).toEqual([
      'new>ready',
      'ready>closed',
      'closed>in_progress',
    ]);
  });

  it('writes events in the same transaction as the change: a failed event leaves neither', async () => {
    const t = await ticketFor(people.technician.id);
    const before = await ticketCount();
    // As a full disk would.
    const stopFailing = await failInserts(database(), 'ticket_events', 'disk full');
    try {
      await expect(changeTicketStatus(t.id, 'diagnostics', people.manager)).rejects.toThrow();
      await expect(createTicket(intakeParsed(), people.manager)).rejects.toThrow();
    } finally {
      await stopFailing();
    }
    expect(await getTicket(t.id)).toMatchObject({ status: 'new', version: t.version });
    // No ticket was added (on PostgreSQL the rolled-back insert still moved the id sequence, so count rather than look at t.id + 1).
    expect(await ticketCount()).toBe(before);
  });

  it('records who assigned whom, for the notifications to come', async () => {
    signInAs(people.manager);
    const t = await ticketFor(null);
    await assignTicketAction(undefined, form({ id: t.id, assigneeId: people.technician.id }));
    const event = (await eventsOf(t.id)).at(-1);
    expect(event).toMatchObject({ kind: 'assigned', fromValue: null, toValue: String(people.technician.id), actorId: people.manager.id });
  });
});

describe('the timeline keeps who did it', () => {
  /** The staff timeline of a ticket as the ticket page renders it, one actor per event. */
  async function timelineActors(ticketId: number): Promise<string[]> {
    const events = await listTicketEvents(ticketId);
    const t = messagesFor('en');
    const html = renderToStaticMarkup(
      createElement(Timeline, {
        events,
        names: await employeeNames(timelineEmployeeIds(events)),
        labels: { timeline: ticketDetailEn.timeline, statuses: t.statuses, fields: t.tickets.fields, estimates: t.estimates },
        locale: 'en',
        timeZone: 'Europe/Moscow',
      }),
    );
    return [...html.matchAll(/data-testid="timeline-actor">([^<]*)</g)].map((m) => m[1]);
  }

  it("a deleted employee's events still name them, not 'system'", async () => {
    const temp = await asStaff('manager');
    await database().update(employees).set({ fullName: 'Pavel Temporary' }).where(eq(employees.id, temp.id));
    const pavel = { ...temp, fullName: 'Pavel Temporary' };
    const ticket = await ticketFor(people.technician.id);

    signInAs(pavel);
    expect(await changeTicketStatusAction(undefined, form({ id: ticket.id, to: 'diagnostics' }))).toMatchObject({ ok: true });
    expect(await addCommentAction(undefined, form({ id: ticket.id, body: 'Fan replaced', visibility: 'internal' }))).toMatchObject({ ok: true });
    await insertAttachment({ ticketId: ticket.id, originalName: 'fan.jpg', mime: 'image/jpeg', size: 10, sha256: 'a'.repeat(64), storageName: 'x.jpg', visibleToClient: false }, pavel);
    const before = (await eventsOf(ticket.id)).filter((e) => e.actorId === pavel.id);
    expect(before.map((e) => [e.kind, e.actorName])).toEqual([
      ['status_changed', 'Pavel Temporary'],
      ['comment', 'Pavel Temporary'],
      ['attached', 'Pavel Temporary'],
    ]);

    signInAs(people.admin);
    await expect(deleteEmployeeAction(undefined, form({ id: pavel.id }))).rejects.toMatchObject(REDIRECT);
    expect(await first(database().select().from(employees).where(eq(employees.id, pavel.id)).limit(1))).toBeUndefined();

    const after = (await eventsOf(ticket.id)).filter((e) => before.some((b) => b.id === e.id));
    expect(after.map((e) => [e.actorId, e.actorName])).toEqual(before.map(() => [null, 'Pavel Temporary']));
    // created and assigned by the manager, who still exists; then Pavel's three.
    expect(await timelineActors(ticket.id)).toEqual([people.manager.fullName, people.manager.fullName, 'Pavel Temporary', 'Pavel Temporary', 'Pavel Temporary']);
    // The client's page still says what happened, never who: the kept name does not reach it.
    for (const e of await listPublicEvents(ticket.id)) expect(e).not.toHaveProperty('actorName');
  });
});
