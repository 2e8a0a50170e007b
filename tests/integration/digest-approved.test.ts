/**
 * The digest's "Approved since yesterday — start work" (issue 16): each employee's tickets whose
 * estimate was approved since the start of yesterday in APP_TIMEZONE (Europe/Moscow here).
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { render, toPlainText } from '@react-email/render';
import { createElement } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import DailyDigestEmail, { digestApprovedRows } from '@/emails/daily-digest';
import { digestApprovedText, TEXT_WIDTH } from '@/emails/daily-digest-text';
import { previewCompany } from '@/emails/_components/layout';
import { approvedSince } from '@/db/queries/digest';
import { first, one } from '@/db/exec';
import { employees, estimates, notifications, tickets } from '@/db/tables';
import type { EstimateState, Status } from '@/lib/domain/enums';
import { resetEnvForTests } from '@/lib/env';
import { approvedWindowStart, enqueueDigests } from '@/lib/notifications/digest';
import { renderNotification } from '@/lib/notifications/render';
import type { DigestPayload } from '@/lib/notifications/payload';
import { makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
/** 08:00 in Moscow on 16 March 2026; yesterday began at 15 March 00:00 Moscow = 14 March 21:00 UTC. */
const NOW = new Date('2026-03-16T05:00:00Z');
const YESTERDAY_STARTS = new Date('2026-03-14T21:00:00Z');
const MINUTE = 60_000;

let clientId = 0;
let departmentId = 0;
const staff = { alice: 0, bob: 0, carol: 0 };

async function ticket(assigneeId: number, title: string, status: Status = 'in_progress') {
  return (
    await one(
      database()
        .insert(tickets)
        .values({ publicToken: randomBytes(16).toString('base64url'), kind: 'repair', channel: 'phone', clientId, departmentId, assigneeId, title, status, closedAt: status === 'closed' ? NOW : null })
        .returning(),
    )
  ).id;
}

async function decided(ticketId: number, at: Date, state: EstimateState = 'approved', totalMinor = 1_234_500) {
  await database()
    .insert(estimates)
    .values({ ticketId, version: 1, lines: [], totalMinor, currency: 'RUB', state, departmentId, decidedAt: at, decidedVia: 'status_page', createdAt: new Date(at.getTime() - 60 * MINUTE) });
}

const payloadOf = async (employeeId: number) =>
  (await first(database().select().from(notifications).where(eq(notifications.employeeId, employeeId)).limit(1)))?.payload as DigestPayload | undefined;

beforeAll(async () => {
  process.env.APP_TIMEZONE = 'Europe/Moscow';
  resetEnvForTests();
  const db = database();
  departmentId = (await makeDepartment(db)).id;
  clientId = (await makeClient(db)).id;
  for (const name of ['alice', 'bob', 'carol'] as const) {
    staff[name] = (await makeEmployee(db, { departmentId })).id;
    await db.update(employees).set({ digestOptOut: false, locale: name === 'alice' ? 'en' : 'ru' }).where(eq(employees.id, staff[name]));
  }
  await decided(await ticket(staff.alice, 'Approved just after midnight yesterday'), new Date(YESTERDAY_STARTS.getTime() + MINUTE));
  await decided(await ticket(staff.alice, 'Approved this morning'), new Date(NOW.getTime() - 30 * MINUTE), 'approved', 990_000);
  await decided(await ticket(staff.alice, 'Approved the day before yesterday'), new Date(YESTERDAY_STARTS.getTime() - MINUTE));
  await decided(await ticket(staff.alice, 'Declined yesterday', 'ready'), new Date(YESTERDAY_STARTS.getTime() + 60 * MINUTE), 'declined');
  await ticket(staff.bob, 'Nothing approved');
  // Carol's only approved ticket is already closed: she has no open ticket, so (as before) no digest.
  await decided(await ticket(staff.carol, 'Approved and closed', 'closed'), new Date(NOW.getTime() - 60 * MINUTE));
});

afterAll(() => {
  delete process.env.APP_TIMEZONE;
  resetEnvForTests();
});

beforeEach(async () => {
  await database().delete(notifications);
});

describe('approved since yesterday in the digest', () => {
  it('starts at the beginning of yesterday in the company time zone', () => {
    expect(approvedWindowStart('2026-03-16', 'Europe/Moscow')).toEqual(YESTERDAY_STARTS);
  });

  it("lists each employee's approvals since the start of yesterday, oldest first, and nothing declined or older", async () => {
    await enqueueDigests(NOW);
    const alice = (await payloadOf(staff.alice))!;
    expect(alice.approved?.map((a) => a.title)).toEqual(['Approved just after midnight yesterday', 'Approved this morning']);
    expect(alice.approved?.[1]).toMatchObject({ totalMinor: 990_000, currency: 'RUB', clientName: expect.any(String), decidedAt: NOW.getTime() - 30 * MINUTE });
  });

  it('gives an employee with nothing approved no such section, and keeps the rule that only open tickets bring a digest', async () => {
    await enqueueDigests(NOW);
    const bob = (await payloadOf(staff.bob))!;
    expect(bob).toBeDefined();
    expect('approved' in bob).toBe(false);
    expect(await payloadOf(staff.carol)).toBeUndefined();
  });

  it('reads every approval of the window in one pass, grouped by employee', async () => {
    const all = await approvedSince(YESTERDAY_STARTS);
    expect(all.get(staff.alice)?.length).toBe(2);
    expect(all.get(staff.carol)?.map((a) => a.title)).toEqual(['Approved and closed']);
    expect(all.has(staff.bob)).toBe(false);
  });

  it('shows the section in the mail with title, client, total and time, in English and in Russian', async () => {
    await enqueueDigests(NOW);
    const alice = (await payloadOf(staff.alice))!;
    const url = (id: number) => `http://localhost:3000/tickets/${id}`;
    for (const [locale, heading, total] of [
      ['en', 'Approved since yesterday — start work', '9,900.00'],
      ['ru', 'Согласовано со вчерашнего дня — можно начинать', '9 900,00'],
    ] as const) {
      const approved = digestApprovedRows(alice.approved, locale, 'Europe/Moscow', url);
      const props = { locale, company: previewCompany, recipientName: 'Alice', date: '16 March 2026', tickets: [], total: 0, overdue: 0, listUrl: url(0), approved };
      const html = await render(createElement(DailyDigestEmail, props));
      const text = toPlainText(html);
      expect(text).toContain(heading);
      expect(text).toContain('Approved this morning');
      expect(text.replace(/\s/g, ' ')).toContain(total);
      expect(text).toContain('07:30');
      const plain = digestApprovedText({ locale, rows: approved });
      expect(plain.split('\n')[0]).toBe(heading);
      expect(plain).toContain(url(approved[1].id));
      expect(plain.split('\n').filter((l) => !l.includes('http') && l.length > TEXT_WIDTH)).toEqual([]);
    }
  });

  it('the digest sent from the outbox carries the section in its HTML and its text part', async () => {
    await enqueueDigests(NOW);
    const mail = await renderNotification({ kind: 'digest', locale: 'en', payload: (await payloadOf(staff.alice))! });
    expect(mail.html).toContain('data-testid="digest-approved"');
    expect(mail.text).toContain('Approved since yesterday — start work');
    expect(mail.text).toContain('Approved this morning');
  });

  it('renders no section when nothing was approved', async () => {
    const props = { locale: 'en' as const, company: previewCompany, recipientName: 'Bob', date: '16 March 2026', tickets: [], total: 0, overdue: 0, listUrl: 'http://x/' };
    const html = await render(createElement(DailyDigestEmail, { ...props, approved: [] }));
    expect(html).not.toContain('Approved since yesterday');
    expect(digestApprovedText({ locale: 'en', rows: [] })).toBe('');
  });
});
