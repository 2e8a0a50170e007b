import { readFileSync } from 'node:fs';
import { desc } from 'drizzle-orm';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MailServiceBanner } from '@/app/(staff)/_components/mail-service-banner';
import { StateBadge } from '@/app/(staff)/outbox/_components/state-badge';
import NotificationPage from '@/app/(staff)/outbox/[id]/page';
import OutboxPage from '@/app/(staff)/outbox/page';
import DashboardPage from '@/app/(staff)/page';
import { countNotificationsByState, getNotification, insertNotification, listNotifications } from '@/db/queries/notifications';
import { first } from '@/db/exec';
import { notifications } from '@/db/tables';
import { resetEnvForTests } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import { notificationsEn } from '@/lib/i18n/messages/features/notifications';
import { slugify } from '@/lib/help/render';
import { deliverDue } from '@/lib/notifications/deliver';
import { OUTBOX_STATES, outboxStateOf, type OutboxState } from '@/lib/notifications/outbox-state';
import { NOTIFICATION_STATES } from '@/lib/domain/enums';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend';
import { signInAs, type Staff } from '../helpers/session-mock';
import { tellClientsOfEveryStatus } from '../helpers/notification-rules';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
const o = notificationsEn.outbox;
let fake: FakeResend;
const people = {} as Record<'manager' | 'technician', Staff>;
let mails = 0;

/** An assignment mail, queued as a command would queue it. */
async function queueMail(): Promise<number> {
  mails += 1;
  const ticket = { id: 7, title: 'Laptop', publicToken: 'tok', kind: 'repair', status: 'new', priority: 'normal', dueDate: null, clientName: 'Ivan', description: '' };
  await insertNotification(database(), {
    kind: 'assigned',
    recipientType: 'employee',
    recipientAddress: `tech${mails}@example.test`,
    locale: 'en',
    subject: 'You have been assigned SC-000007: Laptop',
    payload: { recipientName: 'Tech', assignedBy: 'Anna', ticket },
    dedupeKey: `test:${mails}`,
  });
  return (await first(database().select().from(notifications).orderBy(desc(notifications.id)).limit(1)))!.id;
}

function withMailService(on: boolean) {
  if (on) {
    process.env.RESEND_API_KEY = 're_test_key';
    process.env.RESEND_BASE_URL = fake.url;
  } else {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
  }
  resetEnvForTests();
}

/** Every element of a rendered tree whose component is `type` (server pages return plain trees). */
function elementsOf(node: ReactNode, type: unknown): ReactElement[] {
  if (Array.isArray(node)) return node.flatMap((n) => elementsOf(n, type));
  if (!isValidElement(node)) return [];
  const own = node.type === type ? [node] : [];
  return [...own, ...elementsOf((node.props as { children?: ReactNode }).children, type)];
}

/** What the page's banner slot shows: its markup, '' when the banner renders nothing. */
async function bannerOf(page: Promise<ReactNode>): Promise<string> {
  const banners = elementsOf(await page, MailServiceBanner);
  expect(banners).toHaveLength(1);
  return renderToStaticMarkup(banners[0]);
}

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  fake = await startFakeResend();
  // These cases move tickets through diagnostics and work: every status tells the client here.
  await tellClientsOfEveryStatus();
  const departmentId = (await makeDepartment(database())).id;
  for (const role of ['manager', 'technician'] as const) {
    const e = await makeEmployee(database(), { departmentId, role });
    people[role] = { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId };
  }
});

afterAll(async () => {
  withMailService(false);
  await fake.close();
});

beforeEach(async () => {
  await database().delete(notifications);
  fake.reset();
});

describe('mail delivered while no mail service is set up', () => {
  it('is recorded as kept: finished like a sent one, but shown and counted as kept, not as sent', async () => {
    withMailService(false);
    const id = await queueMail();
    expect(await deliverDue()).toMatchObject({ sent: 0, kept: 1 });
    const row = (await getNotification(id))!;
    expect(row).toMatchObject({ state: 'sent', transport: 'outbox', providerMessageId: null });
    expect(outboxStateOf(row)).toBe('kept');
    expect(await countNotificationsByState()).toEqual({ pending: 0, sent: 0, kept: 1, failed: 0, merged: 0 });

    const listed = (await listNotifications({}, {})).rows[0];
    const badge = renderToStaticMarkup(StateBadge({ row: listed, labels: o }));
    expect(badge).toContain('Kept (no mail service)');
    expect(badge).toContain('data-state="kept"');
    expect(fake.requests).toHaveLength(0);

    // Its own page says it was not sent and will not be, and when it was kept rather than "sent".
    signInAs(people.manager);
    const page = renderToStaticMarkup(await NotificationPage({ params: Promise.resolve({ id: String(id) }) }));
    expect(page).toContain('data-testid="kept-note"');
    expect(page).toContain(o.detail.keptNote);
    expect(page).toContain(`<dt class="text-slate-500">${o.detail.keptAt}</dt>`);
    expect(page).not.toContain(`<dt class="text-slate-500">${o.detail.sentAt}</dt>`);
  });

  it('is not sent later when a mail service is set up; new mail then goes out and shows as sent', async () => {
    withMailService(false);
    const kept = await queueMail();
    await deliverDue();
    withMailService(true);
    const fresh = await queueMail();
    expect(await deliverDue()).toMatchObject({ sent: 1, kept: 0 });
    expect(fake.delivered()).toHaveLength(1);
    expect(outboxStateOf((await getNotification(kept))!)).toBe('kept');
    expect(outboxStateOf((await getNotification(fresh))!)).toBe('sent');
    expect(await countNotificationsByState()).toEqual({ pending: 0, sent: 1, kept: 1, failed: 0, merged: 0 });
    expect(renderToStaticMarkup(StateBadge({ row: (await getNotification(fresh))!, labels: o }))).toContain('>Sent<');
    signInAs(people.manager);
    expect(renderToStaticMarkup(await NotificationPage({ params: Promise.resolve({ id: String(fresh) }) }))).not.toContain('kept-note');
  });
});

describe('the outbox filtered by state', () => {
  it('lists kept mail under "kept" and not under "sent", and mail that went out under "sent" only', async () => {
    withMailService(false);
    const kept = await queueMail();
    await deliverDue();
    withMailService(true);
    const sent = await queueMail();
    await deliverDue();
    const pending = await queueMail();
    const ids = async (state: OutboxState) => (await listNotifications({ state }, {})).rows.map((row) => row.id);
    expect(await ids('kept')).toEqual([kept]);
    expect(await ids('sent')).toEqual([sent]);
    expect(await ids('pending')).toEqual([pending]);

    // The page offers every stored state and "kept", and a hand-edited address with it filters the same.
    expect([...OUTBOX_STATES].sort()).toEqual([...NOTIFICATION_STATES, 'kept'].sort());
    signInAs(people.manager);
    const page = renderToStaticMarkup(await OutboxPage({ searchParams: Promise.resolve({ state: 'kept' }) }));
    expect(page).toContain(`<option value="kept" selected="">${o.kept}</option>`);
    expect(page).toContain(`/outbox/${kept}`);
    expect(page).not.toContain(`/outbox/${sent}"`);
  });
});

describe('the no-mail-service banner', () => {
  it('tells a manager on /outbox and on the dashboard while no mail service is set up', async () => {
    withMailService(false);
    signInAs(people.manager);
    const outbox = await bannerOf(OutboxPage({ searchParams: Promise.resolve({}) }));
    const dashboard = await bannerOf(DashboardPage());
    for (const html of [outbox, dashboard]) {
      expect(html).toContain(o.noMailService.title);
      expect(html).toContain('not sent afterwards');
      expect(html).toContain('href="/help/operations#e-mail-through-resend"');
    }
    // The dashboard also leads to the outbox, where the kept mail is read.
    expect(dashboard).toContain('href="/outbox"');
    expect(outbox).not.toContain('href="/outbox"');
  });

  it('is gone once a mail service is set up', async () => {
    withMailService(true);
    signInAs(people.manager);
    expect(await bannerOf(OutboxPage({ searchParams: Promise.resolve({}) }))).toBe('');
    expect(await bannerOf(DashboardPage())).toBe('');
  });

  it('is not shown to a technician, who cannot open the outbox', async () => {
    withMailService(false);
    signInAs(people.technician);
    expect(await bannerOf(DashboardPage())).toBe('');
  });

  it.each(['ru', 'en'] as const)('speaks %s and leads to the set-up section of that language’s guide', (locale) => {
    withMailService(false);
    const html = renderToStaticMarkup(MailServiceBanner({ staff: people.manager, locale, outboxLink: true }));
    expect(html).toContain(messagesFor(locale).notifications.outbox.noMailService.title);
    const anchor = /href="\/help\/operations#([^"]+)"/.exec(html)?.[1];
    const headings = readFileSync(`docs/${locale}/operations.md`, 'utf8').match(/^#+ .+$/gm)!.map((h) => slugify(h.replace(/^#+ /, '')));
    expect(headings).toContain(anchor);
  });
});
