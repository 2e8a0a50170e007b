import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { transaction } from '@/db';
import { recordClientMessage } from '@/lib/client-messages/record';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { DEMO, signedInBrowsers } from './browser';
import { insertTicket, withDatabase } from './fixtures';
import { formFields, httpSignIn, postForm } from './http-forms';
import { connectAppToTestDatabase, disconnectApp } from './test-database';

/** The demo technician's UI is Russian. */
const signedIn = signedInBrowsers();

let inbound = 800_000 + randomInt(100_000);
beforeAll(() => connectAppToTestDatabase());
afterAll(() => disconnectApp());

/** The client writes, as the inbound e-mail webhook records it (in one transaction), in the server's own database. */
async function clientWrites(ticketId: number, body: string) {
  await transaction((tx) => recordClientMessage(tx, { ticketId, via: 'email', body, inboundId: ++inbound, attachmentCount: 0 }));
}

const repliedAt = async (id: number) =>
  (await withDatabase((db) => db.get<{ at: number | null }>('SELECT client_replied_at AS at FROM tickets WHERE id = ?', id))).at;

async function waitingTicket(label: string) {
  const n = randomInt(1_000_000);
  const ticket = await insertTicket({ title: `Е2Е переписка ${label} ${n}`, assignee: DEMO.tech, client: { name: `Клиент Переписка ${n}`, email: `talk-${n}@client.test`, locale: 'ru' } });
  await clientWrites(ticket.id, `Добрый день! Когда будет готово? <b>${n}</b>`);
  return { ...ticket, n };
}

describe('the conversation with the client in Chromium', () => {
  it('a client’s message marks the ticket in the list, shows on the ticket and status pages; replying clears the mark', async () => {
    const ticket = await waitingTicket('ответ');
    const number = formatTicketNumber(ticket.id);
    const page = await signedIn(DEMO.tech);

    // The quick view lists it, with the badge.
    await page.goto('/tickets?replied=1');
    expect(await page.getByTestId('chip-replied').textContent()).toContain('Клиент ответил');
    const row = page.locator('[data-testid=ticket-table] tbody tr', { hasText: number });
    expect(await row.getByTestId('row-replied').textContent()).toBe('клиент ответил');

    // The dashboard counts it among the technician's own.
    await page.goto('/');
    expect(await page.getByTestId('clients-waiting').textContent()).toMatch(/Клиенты ждут ответа: [1-9]/);

    // The ticket page: the badge, and the message as the client's, its markup shown as text.
    await page.goto(ticketHref(ticket.id));
    expect(await page.getByTestId('ticket-client-replied').textContent()).toBe('Клиент ответил');
    const message = page.locator('[data-testid=timeline-event][data-kind=client_message]');
    expect(await message.getByTestId('timeline-text').textContent()).toBe(`Клиент Переписка ${ticket.n}, по эл. почте`);
    expect(await message.getByTestId('timeline-message').textContent()).toBe(`Добрый день! Когда будет готово? <b>${ticket.n}</b>`);

    // The client's status page shows it as theirs.
    await page.goto(`/status/${ticket.token}`);
    const theirs = page.locator('[data-testid=public-message][data-from=client]');
    expect(await theirs.textContent()).toContain('Когда будет готово?');
    expect(await page.locator('[data-testid=public-event][data-kind=client_message]').textContent()).toContain('Ваше сообщение, по эл. почте');

    // Reply: the form says where it went, the mark goes.
    await page.goto(ticketHref(ticket.id));
    await page.locator('#reply-body').fill('Здравствуйте! Будет готово в пятницу.');
    await page.getByTestId('reply-submit').click();
    await page.getByTestId('reply-result').getByText('Отправлено клиенту по эл. почте.').waitFor();
    await page.getByTestId('ticket-client-replied').waitFor({ state: 'detached' });
    const answer = page.locator('[data-testid=timeline-event][data-kind=staff_message]');
    expect(await answer.getByTestId('timeline-text').textContent()).toMatch(/ — клиенту, по эл\. почте$/);
    expect(await repliedAt(ticket.id)).toBeNull();

    await page.goto('/tickets?replied=1');
    expect(await page.locator('[data-testid=ticket-table] tbody tr', { hasText: number }).count()).toBe(0);

    await page.goto(`/status/${ticket.token}`);
    const ours = page.locator('[data-testid=public-message][data-from=center]');
    expect(await ours.textContent()).toBe('Здравствуйте! Будет готово в пятницу.');
    expect(await page.locator('[data-testid=public-event][data-kind=staff_message]').textContent()).toContain('Сообщение сервисного центра');
  });

  it('“Mark as answered” works without JavaScript', async () => {
    const ticket = await waitingTicket('звонок');
    expect(await repliedAt(ticket.id)).not.toBeNull();
    const session = await httpSignIn(inject('baseURL'), DEMO.tech, DEMO.password);
    const path = ticketHref(ticket.id);
    const fields = await formFields(session, path, /id="mark-answered"/);
    const res = await postForm(session, path, fields);
    expect(res.status).toBeLessThan(400);
    await res.body?.cancel();
    expect(await repliedAt(ticket.id)).toBeNull();
  });
});
