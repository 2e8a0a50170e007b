import { eq } from 'drizzle-orm';
import { createElement, type ReactElement } from 'react';
import { renderToReadableStream, renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { regeneratePublicLinkAction, resendPublicLinkAction } from '@/app/(staff)/tickets/public-link-actions';
import { StatusCard } from '@/app/status/_components/status-card';
import Image, { size as imageSize } from '@/app/status/[token]/opengraph-image';
import PublicStatusPage, { generateMetadata } from '@/app/status/[token]/page';
import { listAudit } from '@/db/queries/audit';
import { getPublicTicket } from '@/db/queries/public-status';
import { getTicket, newPublicToken } from '@/db/queries/tickets';
import { addTicketComment, changeTicketStatus, createTicket } from '@/lib/tickets/commands';
import { one } from '@/db/exec';
import { clients, employees, notifications, ticketEvents, tickets } from '@/db/tables';
import type { Role } from '@/lib/domain/enums';
import { statusCardModel } from '@/lib/status/card';
import { progressOf } from '@/lib/status/progress';
import { formatTicketNumber } from '@/lib/tickets/number';
import type { TicketIntake } from '@/lib/validation/tickets';
import { intakeOf, makeDepartment, makeEmployee } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

// Every element the preview image is drawn from, so the test can read what the PNG shows.
const drawn = vi.hoisted(() => [] as unknown[]);
vi.mock('next/og', async (importOriginal) => {
  const real = await importOriginal<typeof import('next/og')>();
  class RecordingImageResponse extends real.ImageResponse {
    constructor(...args: ConstructorParameters<typeof real.ImageResponse>) {
      drawn.push(args[0]);
      super(...args);
    }
  }
  return { ...real, ImageResponse: RecordingImageResponse };
});

const database = setupTestDatabase();
const REDIRECT = { digest: expect.stringContaining('NEXT_REDIRECT') };
const NOT_FOUND = { digest: expect.stringContaining('404') };

/** Things that exist around the ticket and must never reach the client's page or its preview. */
const SECRETS = {
  clientName: 'Anna Privatova',
  clientPhone: '+79161234567',
  clientPhoneShown: '916 123',
  clientEmail: 'anna.private@client.test',
  clientNotes: 'NOTES-ABOUT-ANNA',
  description: 'PRIVATE-DESCRIPTION pin 4321',
  diagnosis: 'DIAGNOSIS-SECRET',
  workDone: 'WORKDONE-SECRET',
  serial: 'SN-SECRET-987654',
  accessories: 'CHARGER-XYZ',
  condition: 'SCRATCHED-LID',
  internalComment: 'INTERNAL-NOTE client was rude',
  estimate: '4567',
  estimateShown: '4,567',
  finalCost: '9876',
  finalCostShown: '9,876',
  managerName: 'Olga Managerova',
  managerEmail: 'olga.secret@staff.test',
  managerPhone: '+79990001122',
  techName: 'Ivan Techov',
  techEmail: 'ivan.secret@staff.test',
  otherClient: 'Boris Otherclient',
  otherEmail: 'boris@other.test',
  otherTitle: 'OTHER-CLIENT-TITLE',
  otherComment: 'OTHER-CLIENT-PUBLIC-COMMENT',
};

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}

let departmentId = 0;
const people = {} as Record<Role | 'otherTech', Staff>;

async function person(role: Role, fullName: string, email: string, phone: string | null = null): Promise<Staff> {
  const e = await makeEmployee(database(), { departmentId, role, email });
  await database().update(employees).set({ fullName, phone }).where(eq(employees.id, e.id));
  return { id: e.id, fullName, email, role, locale: 'en', departmentId };
}

function makeClientRow(values: Partial<typeof clients.$inferInsert> & { name: string }) {
  return one(database().insert(clients).values(values).returning());
}

function intake(clientId: number, extra: Partial<TicketIntake> = {}): TicketIntake {
  return intakeOf(clientId, departmentId, { title: 'Laptop will not charge', ...extra });
}

let annaId = 0;
let ticketId = 0;
let otherToken = '';

beforeAll(async () => {
  departmentId = (await makeDepartment(database())).id;
  people.manager = await person('manager', SECRETS.managerName, SECRETS.managerEmail, SECRETS.managerPhone);
  people.technician = await person('technician', SECRETS.techName, SECRETS.techEmail);
  people.otherTech = await person('technician', 'Other Tech', 'other.tech@staff.test');
  people.admin = await person('admin', 'Ada Admin', 'ada@staff.test');

  annaId = (await makeClientRow({ name: SECRETS.clientName, phone: SECRETS.clientPhone, email: SECRETS.clientEmail, notes: SECRETS.clientNotes, locale: 'en' })).id;
  const ticket = await createTicket(
    intake(annaId, {
      assigneeId: people.technician.id,
      description: SECRETS.description,
      deviceType: 'Laptop',
      brand: 'Lenovo',
      model: 'ThinkPad T14',
      serialNumber: SECRETS.serial,
      accessories: SECRETS.accessories,
      intakeCondition: SECRETS.condition,
      dueDate: '2031-05-20',
    }),
    people.manager,
  );
  ticketId = ticket.id;
  await database()
    .update(tickets)
    .set({ finalCostMinor: 987_600, diagnosis: SECRETS.diagnosis, workDone: SECRETS.workDone })
    .where(eq(tickets.id, ticketId));
  await database().insert(ticketEvents).values({ ticketId, kind: 'field_changed', actorId: people.technician.id, fields: ['diagnosis', 'finalCostMinor'] });
  await changeTicketStatus(ticketId, 'diagnostics', people.technician);
  await addTicketComment(ticketId, SECRETS.internalComment, false, people.technician);
  await changeTicketStatus(ticketId, 'in_progress', people.manager);
  await addTicketComment(ticketId, 'We have ordered a new battery.', true, people.manager);

  const boris = await makeClientRow({ name: SECRETS.otherClient, phone: '+79167654321', email: SECRETS.otherEmail, locale: 'en' });
  const other = await createTicket(intake(boris.id, { title: SECRETS.otherTitle }), people.manager);
  await addTicketComment(other.id, SECRETS.otherComment, true, people.manager);
  otherToken = other.publicToken;
});

const tokenOf = async (id: number) => (await getTicket(id))!.publicToken;

async function renderPage(token: string): Promise<string> {
  const element = await PublicStatusPage({ params: Promise.resolve({ token }), searchParams: Promise.resolve({}) });
  // The page holds async server components (the client's photos): render with the streaming renderer.
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return (await new Response(stream).text()).replaceAll("<!-- -->", "");
}

function expectNoSecrets(text: string) {
  for (const [name, secret] of Object.entries(SECRETS)) {
    expect(text.includes(secret), `${name} (${secret}) must not be shown`).toBe(false);
  }
  expect(text).not.toContain(otherToken);
}

async function readPng(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const view = new DataView(bytes.buffer);
  return {
    signature: Array.from(bytes.slice(0, 8)),
    chunk: new TextDecoder().decode(bytes.slice(12, 16)),
    width: view.getUint32(16),
    height: view.getUint32(20),
  };
}

describe('the public status page', () => {
  it('shows the number, the status in the client’s words, the progress, the public timeline and the promised date', async () => {
    signInAs(null);
    const html = await renderPage(await tokenOf(ticketId));
    expect(html).toContain(`Request ${formatTicketNumber(ticketId)}`);
    expect(html).toMatch(/data-testid="public-status"[^>]*>Work in progress</);
    expect(html).toContain('We are repairing the device');
    expect(html).toContain('Step 3 of 5');
    expect(html).toContain('aria-current="step"');
    expect(html).toContain('We have ordered a new battery.');
    expect(html).toContain('Status: Being diagnosed');
    expect(html).toContain('Your request was registered');
    expect(html).toContain('Laptop Lenovo ThinkPad T14');
    expect(html).toContain('•••• 7654');
    expect(html).toContain('20 May 2031');
    expect(html).toContain('+7 495 000-00-00'); // the company's phone, from the settings
  });

  it('shows nothing internal: no internal comments, costs, staff, client contacts, description, serial or other clients', async () => {
    signInAs(null);
    const html = await renderPage(await tokenOf(ticketId));
    expectNoSecrets(html);
    // Assignments and field edits are internal events: the timeline has only the three public kinds.
    expect(html.match(/data-testid="public-event"/g)).toHaveLength(4);
    expect(html).not.toMatch(/data-kind="(assigned|field_changed)"/);
  });

  it('carries noindex, Open Graph and Twitter card tags that name no person and no device', async () => {
    const metadata = await generateMetadata({ params: Promise.resolve({ token: await tokenOf(ticketId) }) });
    expect(metadata.robots).toMatchObject({ index: false, follow: false });
    // The token never leaves in a Referer to another site; same-origin posts (the decision without JavaScript) keep their Origin.
    expect(metadata.referrer).toBe('same-origin');
    expect(metadata.openGraph).toMatchObject({ title: `Request ${formatTicketNumber(ticketId)}: Work in progress`, type: 'website' });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
    expect(JSON.stringify(metadata.twitter)).toContain(`/status/${await tokenOf(ticketId)}/opengraph-image`);
    const text = JSON.stringify(metadata);
    expectNoSecrets(text);
    expect(text).not.toContain('Laptop');
  });

  it('answers 404 for an unknown or malformed token', async () => {
    await expect(renderPage(newPublicToken())).rejects.toMatchObject(NOT_FOUND);
    await expect(renderPage('../../etc/passwd')).rejects.toMatchObject(NOT_FOUND);
    await expect(generateMetadata({ params: Promise.resolve({ token: 'x' }) })).rejects.toMatchObject(NOT_FOUND);
  });
});

describe('the link-preview image', () => {
  it('is a 1200×630 PNG', async () => {
    const response = await Image({ params: Promise.resolve({ token: await tokenOf(ticketId) }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(imageSize).toEqual({ width: 1200, height: 630 });
    const png = await readPng(response);
    expect(png.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.chunk).toBe('IHDR');
    expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
  });

  it('draws the company, the number, the status and the progress in the client’s language, and no personal data', async () => {
    drawn.length = 0;
    const response = await Image({ params: Promise.resolve({ token: await tokenOf(ticketId) }) });
    await response.arrayBuffer();
    expect(drawn).toHaveLength(1);
    const text = renderToStaticMarkup(drawn[0] as ReactElement);
    expect(text).toContain('Service Desk');
    expect(text).toContain(formatTicketNumber(ticketId));
    expect(text).toContain('Work in progress');
    expect(text).toContain('60% done');
    expectNoSecrets(text);
    expect(text).not.toContain('Laptop');
  });

  it('answers 404 for an unknown token, without drawing anything', async () => {
    drawn.length = 0;
    const response = await Image({ params: Promise.resolve({ token: newPublicToken() }) });
    expect(response.status).toBe(404);
    expect(drawn).toHaveLength(0);
  });

  it('keeps characters the bundled font cannot draw out of the card', () => {
    const model = statusCardModel({ id: 7, status: 'ready' }, 'ru', 'Сервис 🔧 中文 «Мастер»');
    expect(model.company).toBe('Сервис «Мастер»');
    expect(model.status).toBe('Готово');
    expect(renderToStaticMarkup(createElement(StatusCard, { model }))).toContain('Выполнено 80%');
  });
});

describe('progress', () => {
  it('puts the waiting statuses on the milestone they interrupt and ends complete', () => {
    expect(progressOf('new')).toMatchObject({ current: 1, percent: 20, waiting: false });
    expect(progressOf('awaiting_approval')).toMatchObject({ current: 2, waiting: true });
    expect(progressOf('awaiting_parts')).toMatchObject({ current: 3, waiting: true });
    expect(progressOf('closed').steps.every((s) => s.state === 'done')).toBe(true);
    expect(progressOf('cancelled')).toMatchObject({ cancelled: true, current: 0 });
  });
});

describe('public link controls', () => {
  function ownTicket(assigneeId: number | null = people.technician.id) {
    return createTicket(intake(annaId, { assigneeId }), people.manager);
  }

  it('a token carries 144 random bits in URL-safe base64', () => {
    const tokens = new Set(Array.from({ length: 500 }, () => newPublicToken()));
    expect(tokens.size).toBe(500);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('a regenerated link works at once and the old one answers 404, page and image alike', async () => {
    const ticket = await ownTicket();
    const old = ticket.publicToken;
    signInAs(people.technician); // the assignee
    expect(await regeneratePublicLinkAction(undefined, form({ id: ticket.id }))).toMatchObject({ ok: true });
    const fresh = await tokenOf(ticket.id);
    expect(fresh).not.toBe(old);
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await getPublicTicket(old)).toBeUndefined();
    signInAs(null);
    await expect(renderPage(old)).rejects.toMatchObject(NOT_FOUND);
    expect((await Image({ params: Promise.resolve({ token: old }) })).status).toBe(404);
    expect(await renderPage(fresh)).toContain(formatTicketNumber(ticket.id));
    // Audited, without writing either link down.
    const audit = await listAudit('ticket', ticket.id);
    expect(audit[0]).toMatchObject({ action: 'update', changes: { publicToken: { from: '••••', to: '••••' } } });
    expect(JSON.stringify(audit)).not.toContain(old);
    expect(JSON.stringify(audit)).not.toContain(fresh);
  });

  it.each([
    ['anonymous', null, 'redirect'],
    ['another technician', 'otherTech', 'refused'],
    ['the assignee', 'technician', 'allowed'],
    ['a manager', 'manager', 'allowed'],
    ['an admin', 'admin', 'allowed'],
  ] as const)('regenerating the link: %s is %s', async (_who, role, outcome) => {
    const ticket = await ownTicket();
    signInAs(role ? people[role] : null);
    const run = regeneratePublicLinkAction(undefined, form({ id: ticket.id }));
    if (outcome === 'redirect') await expect(run).rejects.toMatchObject(REDIRECT);
    else expect(await run).toMatchObject(outcome === 'allowed' ? { ok: true } : { message: 'You do not have permission to do this.' });
    expect(await tokenOf(ticket.id) !== ticket.publicToken).toBe(outcome === 'allowed');
  });

  // Oldest first: the test compares the mails in the order they were written.
  const linkMails = async (id: number) => {
    const rows = await database().select().from(notifications).where(eq(notifications.ticketId, id)).orderBy(notifications.id);
    return rows.filter((n) => n.dedupeKey.startsWith('link:'));
  };

  it('sends the current link to the client again, once per double click', async () => {
    const ticket = await ownTicket();
    signInAs(people.technician);
    const first = await resendPublicLinkAction(undefined, form({ id: ticket.id }));
    expect(first).toMatchObject({ ok: true, message: `The link is on its way to ${SECRETS.clientEmail}.` });
    const again = await resendPublicLinkAction(undefined, form({ id: ticket.id }));
    expect(again).toMatchObject({ ok: true, message: 'The link was already sent less than a minute ago.' });
    const rows = await linkMails(ticket.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'ticket_created', recipientAddress: SECRETS.clientEmail, state: 'pending', locale: 'en' });
    expect(rows[0].payload).toMatchObject({ ticket: { id: ticket.id, publicToken: ticket.publicToken } });
    expect(rows[0].dedupeKey).not.toContain(ticket.publicToken);

    // A new link is a new mail, even within the same minute.
    await regeneratePublicLinkAction(undefined, form({ id: ticket.id }));
    await resendPublicLinkAction(undefined, form({ id: ticket.id }));
    expect((await linkMails(ticket.id)).map((r) => (r.payload as { ticket: { publicToken: string } }).ticket.publicToken)).toEqual([
      ticket.publicToken,
      await tokenOf(ticket.id),
    ]);
  });

  it('does not mail a client without an e-mail or without consent, and says why', async () => {
    const noEmail = await makeClientRow({ name: 'Phone Only', phone: '+79160000001' });
    const noConsent = await makeClientRow({ name: 'No Mail Please', email: 'nomail@client.test', notify: false });
    signInAs(people.manager);
    const a = await createTicket(intake(noEmail.id), people.manager);
    const b = await createTicket(intake(noConsent.id), people.manager);
    expect(await resendPublicLinkAction(undefined, form({ id: a.id }))).toMatchObject({ message: expect.stringContaining('no e-mail address') });
    expect(await resendPublicLinkAction(undefined, form({ id: b.id }))).toMatchObject({ message: expect.stringContaining('not agreed to e-mails') });
    expect(await linkMails(a.id)).toHaveLength(0);
    expect(await linkMails(b.id)).toHaveLength(0);
  });

  it('refuses a technician who is not on the ticket and anonymous callers', async () => {
    const ticket = await ownTicket();
    signInAs(people.otherTech);
    expect(await resendPublicLinkAction(undefined, form({ id: ticket.id }))).toMatchObject({ message: 'You do not have permission to do this.' });
    signInAs(null);
    await expect(resendPublicLinkAction(undefined, form({ id: ticket.id }))).rejects.toMatchObject(REDIRECT);
    expect(await linkMails(ticket.id)).toHaveLength(0);
  });
});
