import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTicketAction, deleteTicketAction } from '@/app/(staff)/tickets/actions';
import { refundPaymentAction, takePaymentAction } from '@/app/(staff)/tickets/payment-actions';
import { first } from '@/db/exec';
import { auditLog, payments, ticketEvents, tickets } from '@/db/tables';
import { listTicketPayments, sumTicketPayments } from '@/db/queries/payments';
import { getPublicTicket } from '@/db/queries/public-status';
import { getTicket, type Ticket } from '@/db/queries/tickets';
import { DomainError } from '@/lib/domain/errors';
import { addTicketLine } from '@/lib/estimates/commands';
import { en } from '@/lib/i18n/messages/en';
import { refundPayment, takePayment } from '@/lib/payments/commands';
import { changeTicketStatus, createTicket, deleteTicket } from '@/lib/tickets/commands';
import type { Role } from '@/lib/domain/enums';
import { intakeOf, makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
const REDIRECT = { digest: expect.stringContaining('NEXT_REDIRECT') };

let departmentId = 0;
let clientId = 0;
const people = {} as Record<Role, Staff>;

beforeAll(async () => {
  departmentId = (await makeDepartment(database())).id;
  clientId = (await makeClient(database())).id;
  for (const role of ['technician', 'manager', 'admin'] as const) {
    const e = await makeEmployee(database(), { departmentId, role });
    people[role] = { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId };
  }
});

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}

/** A repair assigned to the technician, with one typed-in line of `totalMinor`. */
async function repair(totalMinor = 150_000): Promise<Ticket> {
  const ticket = await createTicket(intakeOf(clientId, departmentId, { assigneeId: people.technician.id }), people.manager);
  if (totalMinor > 0) {
    await addTicketLine(
      { ticketId: ticket.id, catalogItemId: null, kind: 'work', name: 'Screen', quantity: 1, unitPriceMinor: totalMinor, discountMinor: 0, warrantyDays: 90, stockOverrideReason: null },
      people.manager,
    );
  }
  return (await getTicket(ticket.id))!;
}

const pay = (ticketId: number, amountMinor: number, who: Staff = people.technician) => takePayment({ ticketId, kind: 'payment', method: 'cash', amountMinor }, who);
// In the order written: a refund is the second event (PostgreSQL returns rows in no order without ORDER BY).
const paymentEvents = (ticketId: number) => database().select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.kind, 'payment'))).orderBy(ticketEvents.id);
const paymentAudit = (paymentId: number) => database().select().from(auditLog).where(and(eq(auditLog.entityType, 'payment'), eq(auditLog.entityId, paymentId))).orderBy(auditLog.id);
const ticketTitled = (title: string) => first(database().select().from(tickets).where(eq(tickets.title, title)).limit(1));

describe('a prepayment at intake', () => {
  it('is taken with the device: the ticket, its prepayment, event and audit row are saved together', async () => {
    signInAs(people.technician);
    const title = `Prepaid ${Date.now()}`;
    const result = createTicketAction(
      undefined,
      form({ kind: 'repair', channel: 'walk_in', clientId, departmentId, priority: 'normal', title, prepaymentMinor: '1 500,50', prepaymentMethod: 'card', declaredValueMinor: '30000' }),
    );
    await expect(result).rejects.toMatchObject(REDIRECT);
    const ticket = (await ticketTitled(title))!;
    expect(ticket.paidMinor).toBe(150_050);
    expect(ticket.declaredValueMinor).toBe(3_000_000);
    const rows = await listTicketPayments(ticket.id);
    expect(rows).toMatchObject([{ kind: 'prepayment', method: 'card', amountMinor: 150_050, currency: 'RUB', takenById: people.technician.id, takenByName: people.technician.fullName }]);
    expect((await paymentEvents(ticket.id))[0].details).toEqual({ kind: 'prepayment', method: 'card', amountMinor: 150_050, currency: 'RUB', reason: null });
    expect(await paymentAudit(rows[0].id)).toHaveLength(1);
  });

  it('is optional: no prepayment, no payment row', async () => {
    signInAs(people.manager);
    const title = `Unpaid ${Date.now()}`;
    await expect(createTicketAction(undefined, form({ kind: 'repair', channel: 'walk_in', clientId, departmentId, priority: 'normal', title, prepaymentMinor: '', prepaymentMethod: 'cash' }))).rejects.toMatchObject(REDIRECT);
    const ticket = (await ticketTitled(title))!;
    expect(ticket.paidMinor).toBe(0);
    expect(await listTicketPayments(ticket.id)).toEqual([]);
  });

  it('refuses an amount that is not money or is zero, and creates no ticket', async () => {
    signInAs(people.manager);
    const title = `Bad prepayment ${Date.now()}`;
    const bad = await createTicketAction(undefined, form({ kind: 'repair', channel: 'walk_in', clientId, departmentId, priority: 'normal', title, prepaymentMinor: '12abc' }));
    expect(bad.fieldErrors?.prepaymentMinor).toEqual([en.validation.invalid_number]);
    const zero = await createTicketAction(undefined, form({ kind: 'repair', channel: 'walk_in', clientId, departmentId, priority: 'normal', title, prepaymentMinor: '0' }));
    expect(zero.fieldErrors?.prepaymentMinor).toEqual([en.payments.errors.notPositive]);
    expect(await database().select().from(tickets).where(eq(tickets.title, title))).toEqual([]);
  });
});

describe('taking a payment', () => {
  it('any staff member takes one; paid, the version, the timeline and the audit move with it', async () => {
    const ticket = await repair(150_000);
    signInAs(people.technician);
    expect(await takePaymentAction(undefined, form({ ticketId: ticket.id, kind: 'payment', method: 'transfer', amountMinor: '600.25' }))).toEqual({ ok: true });
    const after = (await getTicket(ticket.id))!;
    expect(after.paidMinor).toBe(60_025);
    expect(after.version).toBe(ticket.version + 1);
    const [row] = await listTicketPayments(ticket.id);
    expect(row).toMatchObject({ kind: 'payment', method: 'transfer', amountMinor: 60_025, reason: null });
    expect(await paymentEvents(ticket.id)).toHaveLength(1);
    expect(await paymentAudit(row.id)).toMatchObject([{ action: 'create', actorId: people.technician.id }]);
  });

  it('refuses zero, negative and non-money amounts and writes nothing', async () => {
    const ticket = await repair();
    signInAs(people.manager);
    for (const amountMinor of ['0', '-5', '1.2.3', 'ten', '0,00']) {
      const result = await takePaymentAction(undefined, form({ ticketId: ticket.id, kind: 'payment', method: 'cash', amountMinor }));
      expect(result.fieldErrors?.amountMinor, amountMinor).toHaveLength(1);
    }
    expect(await listTicketPayments(ticket.id)).toEqual([]);
    expect((await getTicket(ticket.id))!.paidMinor).toBe(0);
  });

  it('the balance due is the total less what was paid, and the public page shows only it', async () => {
    const ticket = await repair(250_000);
    expect((await getPublicTicket(ticket.publicToken))!.balanceDueMinor).toBe(250_000);
    await pay(ticket.id, 100_000);
    expect((await getPublicTicket(ticket.publicToken))!.balanceDueMinor).toBe(150_000);
    await pay(ticket.id, 200_000); // more than due: an overpayment is never a negative balance to pay
    expect((await getTicket(ticket.id))!.paidMinor).toBe(300_000);
    expect((await getPublicTicket(ticket.publicToken))!.balanceDueMinor).toBe(0);
  });
});

describe('a refund', () => {
  it('above what was paid is refused, and nothing is written', async () => {
    const ticket = await repair();
    await pay(ticket.id, 50_000);
    const before = (await getTicket(ticket.id))!;
    signInAs(people.manager);
    const result = await refundPaymentAction(undefined, form({ ticketId: ticket.id, method: 'cash', amountMinor: '500.01', reason: 'Client changed their mind' }));
    expect(result.message).toBe(en.payments.errors.refundExceedsPaid('500 RUB'));
    expect(result.fieldErrors?.amountMinor).toEqual([result.message]);
    expect(await listTicketPayments(ticket.id)).toHaveLength(1);
    expect(await getTicket(ticket.id)).toEqual(before);
    expect(await paymentEvents(ticket.id)).toHaveLength(1);
  });

  it('up to what was paid is given back by a manager, with the reason on the row and the timeline', async () => {
    const ticket = await repair();
    await pay(ticket.id, 50_000);
    signInAs(people.manager);
    expect(await refundPaymentAction(undefined, form({ ticketId: ticket.id, method: 'cash', amountMinor: '500', reason: 'Part not needed' }))).toEqual({ ok: true });
    expect((await getTicket(ticket.id))!.paidMinor).toBe(0);
    expect((await listTicketPayments(ticket.id))[1]).toMatchObject({ kind: 'refund', amountMinor: 50_000, reason: 'Part not needed', takenById: people.manager.id });
    expect((await paymentEvents(ticket.id))[1].details).toMatchObject({ kind: 'refund', reason: 'Part not needed' });
  });

  it('needs a reason', async () => {
    const ticket = await repair();
    await pay(ticket.id, 50_000);
    signInAs(people.manager);
    const result = await refundPaymentAction(undefined, form({ ticketId: ticket.id, method: 'cash', amountMinor: '100', reason: '   ' }));
    expect(result.fieldErrors?.reason).toEqual([en.validation.required]);
    await expect(refundPayment({ ticketId: ticket.id, method: 'cash', amountMinor: 100, reason: ' ' }, people.manager)).rejects.toThrow(DomainError);
    expect(await listTicketPayments(ticket.id)).toHaveLength(1);
  });

  it('a technician cannot give money back', async () => {
    const ticket = await repair();
    await pay(ticket.id, 50_000);
    signInAs(people.technician);
    const result = await refundPaymentAction(undefined, form({ ticketId: ticket.id, method: 'cash', amountMinor: '100', reason: 'Mistake' }));
    expect(result.message).toBe(en.errors.forbidden);
    await expect(refundPayment({ ticketId: ticket.id, method: 'cash', amountMinor: 100, reason: 'Mistake' }, people.technician)).rejects.toThrow(
      expect.objectContaining({ code: 'payment.refund_forbidden' }),
    );
    expect((await getTicket(ticket.id))!.paidMinor).toBe(50_000);
    expect(await listTicketPayments(ticket.id)).toHaveLength(1);
  });
});

describe('closing and deleting a ticket with money on it', () => {
  async function readyRepair(totalMinor: number) {
    const ticket = await repair(totalMinor);
    await database().update(tickets).set({ diagnosis: 'Broken screen', workDone: 'Replaced the screen' }).where(eq(tickets.id, ticket.id));
    await changeTicketStatus(ticket.id, 'ready', people.manager);
    return ticket;
  }

  it('a repair with a balance due is not closed; a manager may close it with a reason', async () => {
    const ticket = await readyRepair(150_000);
    await pay(ticket.id, 100_000);
    let refusal: unknown;
    try {
      await changeTicketStatus(ticket.id, 'closed', people.technician);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).explain(en).message).toBe(en.estimates.errors.closingIncomplete(en.estimates.errors.missing.balance));
    await expect(changeTicketStatus(ticket.id, 'closed', people.technician, undefined, 'Pays tomorrow')).rejects.toThrow(expect.objectContaining({ code: 'estimate.override_forbidden' }));
    expect((await getTicket(ticket.id))!.status).toBe('ready');
    await changeTicketStatus(ticket.id, 'closed', people.manager, undefined, 'Regular client, pays tomorrow');
    expect((await getTicket(ticket.id))!.status).toBe('closed');
  });

  it('a repair paid in full closes without an override', async () => {
    const ticket = await readyRepair(150_000);
    await pay(ticket.id, 150_000);
    await changeTicketStatus(ticket.id, 'closed', people.technician);
    expect(await getTicket(ticket.id)).toMatchObject({ status: 'closed', finalCostMinor: 150_000, paidMinor: 150_000 });
  });

  it('a ticket with payments cannot be deleted, even by an admin', async () => {
    const ticket = await repair();
    await pay(ticket.id, 1);
    signInAs(people.admin);
    const result = await deleteTicketAction(undefined, form({ id: ticket.id }));
    expect(result.message).toBe(en.tickets.errors.hasPayments);
    await expect(deleteTicket(ticket.id, people.admin)).rejects.toThrow(expect.objectContaining({ code: 'ticket.has_payments' }));
    expect(await getTicket(ticket.id)).toBeDefined();
  });
});

describe('money is never a float', () => {
  /** A small seeded generator, so a failure repeats. */
  function random(seed: number) {
    return () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
  }

  /** "1234.05" → 123405n, by digits. */
  const exact = (typed: string) => {
    const [whole, fraction = ''] = typed.split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  };

  it('paid equals the sum of the rows, to the kopeck, after random payments and refunds', async () => {
    const rnd = random(17);
    const ticket = await repair(0);
    let expected = 0n;
    signInAs(people.manager);
    for (let i = 0; i < 60; i++) {
      // Amounts like 0.10, 0.20, 1234.05, 99999999.99: the ones a float adds wrongly.
      const whole = [0, 1, 12, 1234, 99_999_999][Math.floor(rnd() * 5)];
      const typed = `${whole}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}`;
      const amount = exact(typed);
      if (rnd() < 0.3) {
        const result = await refundPaymentAction(undefined, form({ ticketId: ticket.id, method: 'cash', amountMinor: typed, reason: `Refund ${i}` }));
        if (amount > expected || amount === 0n) expect(result.ok).toBeUndefined();
        else {
          expect(result).toEqual({ ok: true });
          expected -= amount;
        }
      } else {
        const result = await takePaymentAction(undefined, form({ ticketId: ticket.id, kind: 'payment', method: 'card', amountMinor: typed }));
        if (amount === 0n) expect(result.ok).toBeUndefined();
        else {
          expect(result).toEqual({ ok: true });
          expected += amount;
        }
      }
      const paid = (await getTicket(ticket.id))!.paidMinor;
      expect(BigInt(paid)).toBe(expected);
      expect(await sumTicketPayments(ticket.id)).toBe(paid);
    }
    const rows = await database().select().from(payments).where(eq(payments.ticketId, ticket.id));
    expect(rows.every((r) => Number.isInteger(r.amountMinor) && r.amountMinor > 0)).toBe(true);
    expect(rows.reduce((sum, r) => sum + BigInt(r.kind === 'refund' ? -r.amountMinor : r.amountMinor), 0n)).toBe(expected);
  });
});
