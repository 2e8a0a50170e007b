import { spawn } from 'node:child_process';
import { and, eq } from 'drizzle-orm';
import { renderToReadableStream } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decideEstimateAction } from '@/app/status/decision-actions';
import PublicStatusPage from '@/app/status/[token]/page';
import { latestEstimate, estimateByVersion } from '@/db/queries/estimates';
import { getPublicEstimate, getPublicTicket, listPublicEvents } from '@/db/queries/public-status';
import { getTicket, type Actor, type Ticket } from '@/db/queries/tickets';
import { one } from '@/db/exec';
import { clients, estimates, notifications, ticketEvents, tickets } from '@/db/tables';
import { addTicketLine } from '@/lib/estimates/commands';
import { decideByPhone, decideOnStatusPage } from '@/lib/estimates/decisions';
import { changeTicketStatus, createTicket } from '@/lib/tickets/commands';
import { lineAddSchema } from '@/lib/validation/estimates';
import type { TicketIntake } from '@/lib/validation/tickets';
import { intakeOf, makeDepartment, makeEmployee } from '../helpers/records';
import { setupTestDatabase, testDatabaseUrl } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();

let departmentId = 0;
let clientId = 0;
let manager: Actor & { email: string };
let tech: Actor & { email: string };

beforeAll(async () => {
  departmentId = (await makeDepartment(database())).id;
  manager = await makeEmployee(database(), { departmentId, role: 'manager' });
  tech = await makeEmployee(database(), { departmentId, role: 'technician' });
  const client = await one(
    database()
      .insert(clients)
      .values({ name: 'SECRET-CLIENT-NAME', phone: '+79160000042', email: 'secret.client@client.test', locale: 'en' })
      .returning(),
  );
  clientId = client.id;
});

function intake(): TicketIntake {
  return intakeOf(clientId, departmentId, { assigneeId: tech.id, title: 'Phone does not charge', description: 'SECRET-DESCRIPTION' });
}

function addLine(ticketId: number, name: string, quantity: string, price: string, warrantyDays: string) {
  return addTicketLine(lineAddSchema.parse({ ticketId: String(ticketId), kind: 'work', name, quantity, unitPriceMinor: price, warrantyDays }), manager);
}

/** A repair through diagnostics to awaiting_approval with two lines (4 500 + 2 × 250 = 5 000.00): estimate version 1. */
async function awaitingTicket(): Promise<Ticket> {
  const ticket = await createTicket(intake(), manager);
  await addLine(ticket.id, 'Replace the battery', '1', '4500', '180');
  await addLine(ticket.id, 'Clean the port', '2', '250', '0');
  await changeTicketStatus(ticket.id, 'diagnostics', manager);
  await database().update(tickets).set({ diagnosis: 'The battery is worn out.', workDone: 'SECRET-WORKDONE' }).where(eq(tickets.id, ticket.id));
  return changeTicketStatus(ticket.id, 'awaiting_approval', manager);
}

let addressCounter = 0;
/** Each test decides from its own address, so the per-address limit only bites where a test wants it. */
const newAddress = () => `203.0.113.${++addressCounter}`;

// In the order written, so `.at(-1)` is the last one (PostgreSQL returns rows in no order without ORDER BY).
const eventsOf = (ticketId: number, kind: string) =>
  database()
    .select()
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.kind, kind as 'estimate_decided')))
    .orderBy(ticketEvents.id);
const decisionMails = (ticketId: number) =>
  database()
    .select()
    .from(notifications)
    .where(and(eq(notifications.ticketId, ticketId), eq(notifications.kind, 'estimate_decided')))
    .orderBy(notifications.id);

async function snapshot(ticketId: number) {
  return {
    ticket: await getTicket(ticketId),
    estimates: await database().select().from(estimates).where(eq(estimates.ticketId, ticketId)).orderBy(estimates.id),
    events: (await database().select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId))).length,
    mails: (await database().select().from(notifications).where(eq(notifications.ticketId, ticketId))).length,
  };
}

describe('the client’s decision on the status page', () => {
  it('approving moves the ticket to in progress, records the client’s event and mails the assignee', async () => {
    const ticket = await awaitingTicket();
    const result = await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'approved', reason: 'ignored' }, newAddress());
    expect(result).toEqual({ kind: 'decided', decision: 'approved' });

    const after = (await getTicket(ticket.id))!;
    expect(after).toMatchObject({ status: 'in_progress', outcome: null });
    expect(await estimateByVersion(database(), ticket.id, 1)).toMatchObject({ state: 'approved', decidedVia: 'status_page', decidedById: null, reason: null });
    const decided = await eventsOf(ticket.id, 'estimate_decided');
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({ actorId: null, toValue: 'approved', details: { via: 'status_page', version: 1, totalMinor: 500_000 } });
    expect((await eventsOf(ticket.id, 'status_changed')).at(-1)).toMatchObject({ fromValue: 'awaiting_approval', toValue: 'in_progress', actorId: null });
    const mails = await decisionMails(ticket.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipientType: 'employee', recipientAddress: tech.email, employeeId: tech.id });
  });

  it('a second click, a second tab or the other button finds it decided and changes nothing', async () => {
    const ticket = await awaitingTicket();
    const address = newAddress();
    await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'approved', reason: null }, address);
    const before = await snapshot(ticket.id);
    expect(await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'approved', reason: null }, address)).toEqual({ kind: 'already', decision: 'approved' });
    expect(await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'declined', reason: 'changed my mind' }, address)).toEqual({
      kind: 'already',
      decision: 'approved',
    });
    expect(await snapshot(ticket.id)).toEqual(before);
    expect(await eventsOf(ticket.id, 'estimate_decided')).toHaveLength(1);
    expect(await decisionMails(ticket.id)).toHaveLength(1);
  });

  it('declining makes the ticket ready, returned without repair, with the client’s reason', async () => {
    const ticket = await awaitingTicket();
    const result = await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'declined', reason: 'Too expensive' }, newAddress());
    expect(result).toEqual({ kind: 'decided', decision: 'declined' });
    const after = (await getTicket(ticket.id))!;
    expect(after).toMatchObject({ status: 'ready', outcome: 'returned_without_repair' });
    expect(after.firstReadyAt).toBeInstanceOf(Date);
    expect(await latestEstimate(ticket.id)).toMatchObject({ state: 'declined', reason: 'Too expensive', decidedVia: 'status_page' });
    expect(await eventsOf(ticket.id, 'estimate_decided')).toMatchObject([{ toValue: 'declined', details: { reason: 'Too expensive', via: 'status_page' } }]);
    expect(await decisionMails(ticket.id)).toHaveLength(1);
    expect(await getPublicTicket(ticket.publicToken)).toMatchObject({ status: 'ready', outcome: 'returned_without_repair' });
  });

  it('a decision on a version replaced while the client looked at it says so and changes nothing', async () => {
    const ticket = await awaitingTicket();
    await addLine(ticket.id, 'Screen protector', '1', '300', '30'); // while awaiting: version 2 replaces 1
    expect(await latestEstimate(ticket.id)).toMatchObject({ version: 2, state: 'pending', totalMinor: 530_000 });
    const before = await snapshot(ticket.id);
    const result = await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'approved', reason: null }, newAddress());
    expect(result).toEqual({ kind: 'withdrawn', shown: 1, current: 2 });
    expect(await snapshot(ticket.id)).toEqual(before);
    expect((await getTicket(ticket.id))!.status).toBe('awaiting_approval');
    expect(await eventsOf(ticket.id, 'estimate_decided')).toHaveLength(0);
    expect(await decisionMails(ticket.id)).toHaveLength(0);
  });

  it('an unknown version or token finds nothing to decide', async () => {
    const ticket = await awaitingTicket();
    const address = newAddress();
    expect(await decideOnStatusPage({ token: ticket.publicToken, version: 7, decision: 'approved', reason: null }, address)).toEqual({ kind: 'not_found' });
    expect(await decideOnStatusPage({ token: 'A'.repeat(24), version: 1, decision: 'approved', reason: null }, address)).toEqual({ kind: 'not_found' });
    expect((await getTicket(ticket.id))!.status).toBe('awaiting_approval');
  });

  it('the eleventh try from one address is locked out and decides nothing; another address still can', async () => {
    const ticket = await awaitingTicket();
    const address = newAddress();
    for (let i = 0; i < 10; i++) {
      expect((await decideOnStatusPage({ token: ticket.publicToken, version: 99, decision: 'approved', reason: null }, address)).kind).toBe('not_found');
    }
    const locked = await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'approved', reason: null }, address);
    expect(locked.kind).toBe('locked');
    expect((await getTicket(ticket.id))!.status).toBe('awaiting_approval');
    expect(await eventsOf(ticket.id, 'estimate_decided')).toHaveLength(0);
    expect((await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'approved', reason: null }, newAddress())).kind).toBe('decided');
  });

  it('the form posts the decision and answers with a redirect to the page’s message', async () => {
    const ticket = await awaitingTicket();
    const form = new FormData();
    for (const [k, v] of Object.entries({ token: ticket.publicToken, version: '1', decision: 'declined', reason: '  no\u0000thanks  ' })) form.set(k, v);
    await expect(decideEstimateAction(form)).rejects.toMatchObject({ digest: expect.stringContaining(`/status/${ticket.publicToken}?result=declined#estimate`) });
    expect(await latestEstimate(ticket.id)).toMatchObject({ state: 'declined', reason: 'no thanks' });
    await expect(decideEstimateAction(form)).rejects.toMatchObject({ digest: expect.stringContaining('?result=already#estimate') });
    form.set('version', 'abc');
    await expect(decideEstimateAction(form)).rejects.toMatchObject({ digest: expect.stringContaining(';/status;') });
  });
});

/**
 * Several processes, each with its own connection to the same database (the test's SQLite file or
 * PostgreSQL database), post the same approval at the same moment (a double click that reached two
 * server workers, two tabs).
 */
const CHILD = `
const { db } = await import('@/db');
const { decideOnStatusPage } = await import('@/lib/estimates/decisions');
db();
process.stdout.write('ready\\n');
process.stdin.once('data', async () => {
  let out;
  try {
    out = await decideOnStatusPage({ token: process.env.TOKEN, version: 1, decision: 'approved', reason: null }, process.env.ADDRESS);
  } catch (error) {
    out = { kind: 'error', code: error.code, message: String(error.message) };
  }
  process.stdout.write(JSON.stringify(out) + '\\n');
  process.exit(0);
});
`;

type Child = { ready: Promise<void>; result: Promise<{ kind: string; code?: string }>; go: () => void };

function decider(url: string, token: string, address: string): Child {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', '--input-type=module', '-e', CHILD], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: url, TOKEN: token, ADDRESS: address },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const result = new Promise<{ kind: string }>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.startsWith('ready\n')) markReady();
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last));
      else reject(new Error(`decider exited ${code}: ${out}\n${err}`));
    });
  });
  return { ready, result, go: () => child.stdin.end('go\n') };
}

describe('concurrent approvals', () => {
  it('six processes approving the same version at once make exactly one decision', { timeout: 60_000 }, async () => {
    const ticket = await awaitingTicket();
    const url = testDatabaseUrl();
    const children = Array.from({ length: 6 }, () => decider(url, ticket.publicToken, newAddress()));
    await Promise.all(children.map((c) => c.ready));
    children.forEach((c) => c.go());
    const results = await Promise.all(children.map((c) => c.result));

    expect(results.filter((r) => r.kind === 'decided')).toHaveLength(1);
    // The others see it decided; none may fail on the database being busy.
    expect(results.filter((r) => r.kind !== 'decided'), JSON.stringify(results)).toEqual(Array(5).fill({ kind: 'already', decision: 'approved' }));
    expect(await eventsOf(ticket.id, 'estimate_decided')).toHaveLength(1);
    expect((await eventsOf(ticket.id, 'status_changed')).filter((e) => e.toValue === 'in_progress')).toHaveLength(1);
    expect(await decisionMails(ticket.id)).toHaveLength(1);
    expect((await getTicket(ticket.id))!.status).toBe('in_progress');
  });
});

describe('what the public page reads', () => {
  it('the estimate carries only what the client may see, even after a decision taken by phone', async () => {
    const ticket = await awaitingTicket();
    const estimate = (await getPublicEstimate(ticket.id))!;
    expect(Object.keys(estimate).sort()).toEqual(['currency', 'decidedAt', 'decidedVia', 'diagnosis', 'discountMinor', 'lines', 'state', 'totalMinor', 'version']);
    expect(Object.keys(estimate.lines[0]).sort()).toEqual(['discountMinor', 'kind', 'name', 'quantity', 'totalMinor', 'unitPriceMinor', 'warrantyDays']);
    expect(estimate).toMatchObject({ version: 1, state: 'pending', totalMinor: 500_000, diagnosis: 'The battery is worn out.' });
    expect(estimate.lines).toMatchObject([
      { name: 'Replace the battery', quantity: 1, totalMinor: 450_000, warrantyDays: 180 },
      { name: 'Clean the port', quantity: 2, unitPriceMinor: 25_000, totalMinor: 50_000, warrantyDays: 0 },
    ]);

    await decideByPhone({ ticketId: ticket.id, version: 1, decision: 'declined', reason: 'SECRET-PHONE-NOTE' }, manager);
    const text = JSON.stringify([await getPublicEstimate(ticket.id), await listPublicEvents(ticket.id), await getPublicTicket(ticket.publicToken)]);
    for (const secret of [manager.fullName, tech.fullName, 'SECRET-PHONE-NOTE', 'SECRET-CLIENT-NAME', 'SECRET-DESCRIPTION', 'SECRET-WORKDONE', String(departmentId) + ',"decided']) {
      expect(text.includes(secret), secret).toBe(false);
    }
    expect(await getPublicEstimate(ticket.id)).toMatchObject({ state: 'declined', decidedVia: 'phone' });
  });

  it('the public timeline has the estimates sent and the client’s decisions, never the lines or withdrawals', async () => {
    const ticket = await awaitingTicket();
    await addLine(ticket.id, 'Screen protector', '1', '300', '30');
    await decideOnStatusPage({ token: ticket.publicToken, version: 2, decision: 'approved', reason: null }, newAddress());
    const events = await listPublicEvents(ticket.id);
    expect(events.map((e) => e.kind)).toEqual(['created', 'status_changed', 'status_changed', 'estimate_sent', 'estimate_sent', 'estimate_decided', 'status_changed']);
    expect(events.filter((e) => e.kind !== 'status_changed' && e.kind !== 'created')).toMatchObject([
      { estimateVersion: 1, estimateTotalMinor: 500_000, estimateCurrency: 'RUB', decidedVia: null },
      { estimateVersion: 2, estimateTotalMinor: 530_000 },
      { toValue: 'approved', estimateVersion: 2, estimateTotalMinor: 530_000, decidedVia: 'status_page' },
    ]);
  });
});

async function renderPage(token: string, searchParams: Record<string, string | string[]> = {}): Promise<string> {
  const element = await PublicStatusPage({ params: Promise.resolve({ token }), searchParams: Promise.resolve(searchParams) });
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  // Intl puts no-break spaces in amounts ("RUB 250.00"); the assertions are typed with plain ones.
  return (await new Response(stream).text()).replaceAll('<!-- -->', '').replace(/[\u00a0\u202f]/g, ' ');
}

const hidden = (name: string, value: string | number) => new RegExp(`<input type="hidden" name="${name}" value="${value}"/>`);

describe('the estimate on the public page', () => {
  it('while it awaits the client: lines, warranty, diagnosis, total and the two actions for that version', async () => {
    const ticket = await awaitingTicket();
    const html = await renderPage(ticket.publicToken);
    expect(html).toContain('id="estimate"');
    expect(html).toContain('Estimate, version 1');
    expect(html).toContain('Replace the battery');
    expect(html).toContain('Warranty: 180 days');
    expect(html).toContain('Warranty: none');
    expect(html).toContain('2 × RUB 250.00');
    expect(html).toContain('The battery is worn out.');
    expect(html).toMatch(/data-testid="public-estimate-total"[^>]*>RUB 5,000.00</);
    expect(html).toContain(`href="/status/${ticket.publicToken}?decide=approve&amp;v=1#estimate"`);
    expect(html).toContain(`href="/status/${ticket.publicToken}?decide=decline&amp;v=1#estimate"`);
    expect(html).not.toContain('data-testid="estimate-confirm"');
    expect(html).toContain('We sent you the estimate, version 1: RUB 5,000.00');
    for (const secret of ['SECRET-CLIENT-NAME', 'SECRET-DESCRIPTION', 'SECRET-WORKDONE', manager.fullName, tech.fullName]) expect(html).not.toContain(secret);
  });

  it('the mail’s Approve and Decline open the confirmation of that decision, bound to the version', async () => {
    const ticket = await awaitingTicket();
    const approve = await renderPage(ticket.publicToken, { decide: 'approve', v: '1' });
    expect(approve).toMatch(/data-testid="estimate-confirm" data-decision="approved"/);
    expect(approve).toContain('Approve the estimate, version 1, total RUB 5,000.00?');
    expect(approve).toMatch(hidden('token', ticket.publicToken));
    expect(approve).toMatch(hidden('version', 1));
    expect(approve).toMatch(hidden('decision', 'approved'));
    expect(approve).not.toContain('name="reason"');
    expect(approve).toContain(`href="/status/${ticket.publicToken}#estimate"`); // Cancel

    const decline = await renderPage(ticket.publicToken, { decide: 'decline', v: '1' });
    expect(decline).toMatch(/data-testid="estimate-confirm" data-decision="declined"/);
    expect(decline).toContain('Decline the estimate, version 1, total RUB 5,000.00?');
    expect(decline).toMatch(hidden('decision', 'declined'));
    expect(decline).toContain('name="reason"');
  });

  it('a link to a replaced version says which version replaced it and offers no confirmation', async () => {
    const ticket = await awaitingTicket();
    await addLine(ticket.id, 'Screen protector', '1', '300', '30');
    const html = await renderPage(ticket.publicToken, { decide: 'approve', v: '1' });
    expect(html).toContain('Version 1 of the estimate was withdrawn and replaced by version 2');
    expect(html).not.toContain('data-testid="estimate-confirm"');
    expect(html).toContain('Estimate, version 2');
    expect(html).toContain(`?decide=approve&amp;v=2#estimate`);
  });

  it.each([
    [{ decide: 'approve', v: 'abc' }],
    [{ decide: 'approve', v: '-1' }],
    [{ decide: 'approve', v: '1.5' }],
    [{ decide: 'approve', v: '99999999999999999999' }],
    [{ decide: 'approve', v: '7' }],
    [{ decide: 'hack', v: '1' }],
    [{ decide: ['approve', 'decline'], v: ['1', '2'], result: 'bogus' }],
    [{ result: ['x'] }],
  ] as Record<string, string | string[]>[][])('a hand-edited address %j is ignored, never an error', async (params) => {
    const ticket = await awaitingTicket();
    const html = await renderPage(ticket.publicToken, params);
    expect(html).toContain('Estimate, version 1');
    expect(html).not.toContain('data-testid="public-estimate-result"');
    expect(html).not.toContain('data-testid="public-estimate-stale"');
    // Only the first of repeated values counts: ?decide=approve&decide=decline&v=1&v=2 confirms approving version 1.
    expect(html.includes('data-testid="estimate-confirm"')).toBe(Array.isArray(params.decide));
  });

  it.each([
    ['approved', 'Thank you! You approved the estimate: we start the repair.'],
    ['declined', 'We will return the device without repair; it is ready for pick-up.'],
    ['already', 'This estimate was already decided; nothing changed.'],
    ['not_awaiting', 'no longer waiting for your decision'],
    ['locked', 'try again in a few minutes'],
  ])('after the decision: ?result=%s says so', async (result, text) => {
    const ticket = await awaitingTicket();
    const html = await renderPage(ticket.publicToken, { result });
    expect(html).toMatch(new RegExp(`data-testid="public-estimate-result" data-result="${result}"`));
    expect(html).toContain(text);
  });

  it('?result=withdrawn names the version that replaced it', async () => {
    const ticket = await awaitingTicket();
    await addLine(ticket.id, 'Screen protector', '1', '300', '30');
    const html = await renderPage(ticket.publicToken, { result: 'withdrawn', v: '1' });
    expect(html).toContain('Version 1 of the estimate was withdrawn and replaced by version 2');
  });

  it('once decided: the decision, its version and total, the outcome and the client’s own event; no actions', async () => {
    const ticket = await awaitingTicket();
    await decideOnStatusPage({ token: ticket.publicToken, version: 1, decision: 'declined', reason: 'SECRET-REASON' }, newAddress());
    const html = await renderPage(ticket.publicToken, { result: 'declined' });
    expect(html).toMatch(/data-testid="public-estimate-decision" data-decision="declined"/);
    expect(html).toContain('You declined the estimate');
    expect(html).toContain('Version 1, total RUB 5,000.00');
    expect(html).toMatch(/data-testid="public-outcome"[^>]*>Returned without repair</);
    expect(html).toContain('You declined the estimate, version 1 (RUB 5,000.00)');
    expect(html).not.toContain('data-testid="estimate-approve"');
    expect(html).not.toContain('SECRET-REASON');
    // The mail's button clicked again later: the decision stands, nothing to confirm.
    const again = await renderPage(ticket.publicToken, { decide: 'approve', v: '1' });
    expect(again).not.toContain('data-testid="estimate-confirm"');
    expect(again).toContain('You declined the estimate');
  });
});
