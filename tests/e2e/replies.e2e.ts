import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatTicketNumber } from '@/lib/tickets/number';
import { DEMO, signedInBrowsers } from './browser';
import { insertTicket, withDatabase } from './fixtures';

const signedIn = signedInBrowsers();

/** A reply from an address that is not the client's, as the webhook leaves it in quarantine. */
async function insertQuarantined(subject: string, text: string): Promise<number> {
  const row = await withDatabase((db) =>
    db.get<{ id: number }>(
      `INSERT INTO inbound_messages (source, external_id, sender, recipient, subject, body, original, state, reason, created_at)
       VALUES ('email', ?, 'Анна с работы <anna@work.test>', 'reply+zz-0000000000000000@replies.test', ?, ?, ?, 'quarantined', 'unknown_sender', ?) RETURNING id`,
      `e2e_${randomBytes(6).toString('hex')}`,
      subject,
      text,
      `${text}\n\n> цитата письма`,
      Date.now(),
    ),
  );
  return row.id;
}

describe('client replies in quarantine (/replies)', () => {
  it('a manager sees a quarantined reply with its text and attaches it to the ticket they name', async () => {
    const ticket = await insertTicket({ title: 'E2E ответ по почте', client: { name: 'Анна E2E', email: `anna-${Date.now()}@client.test`, locale: 'ru' } });
    const subject = `Re: заявка ${randomBytes(3).toString('hex')}`;
    const id = await insertQuarantined(subject, 'Это Анна, пишу с рабочей почты: приеду в субботу.');

    const page = await signedIn(DEMO.manager);
    await page.goto('/replies');
    const card = page.locator(`[data-testid=quarantined-reply][data-id="${id}"]`).locator('xpath=..');
    await expect.poll(() => card.getByRole('heading', { name: subject }).count()).toBe(1);
    expect(await card.innerText()).toContain('anna@work.test');
    expect(await card.innerText()).toContain('Отправитель — не клиент заявки');
    expect(await card.innerText()).toContain('приеду в субботу');
    expect(Number(await page.getByTestId('nav-count-replies').first().innerText())).toBeGreaterThanOrEqual(1);

    await card.getByLabel('Номер заявки').fill(formatTicketNumber(ticket.id));
    await card.getByRole('button', { name: 'Привязать к заявке' }).click();
    await page.waitForURL((url) => url.pathname === '/replies');
    await expect.poll(() => page.locator(`[data-testid=quarantined-reply][data-id="${id}"]`).count()).toBe(0);

    const stored = await withDatabase(async (db) => ({
      row: await db.get('SELECT state, ticket_id AS "ticketId" FROM inbound_messages WHERE id = ?', id),
      event: await db.get(`SELECT body, is_public AS "isPublic" FROM ticket_events WHERE ticket_id = ? AND kind = 'client_message'`, ticket.id),
    }));
    expect(stored).toEqual({ row: { state: 'attached', ticketId: ticket.id }, event: { body: 'Это Анна, пишу с рабочей почты: приеду в субботу.', isPublic: 1 } });
  });

  it('a wrong ticket number is named next to the field, and dismiss removes the reply', async () => {
    const subject = `Спам ${randomBytes(3).toString('hex')}`;
    const id = await insertQuarantined(subject, 'Купите наши запчасти');
    const page = await signedIn(DEMO.admin);
    await page.goto('/replies');
    const card = page.locator(`[data-testid=quarantined-reply][data-id="${id}"]`).locator('xpath=..');

    await card.getByLabel('Номер заявки').fill('SC-999999');
    await card.getByRole('button', { name: 'Привязать к заявке' }).click();
    await expect.poll(() => card.getByRole('alert').allInnerTexts()).toContain('Заявки с таким номером нет.');

    await card.getByRole('button', { name: 'Отклонить' }).click();
    await expect.poll(() => page.locator(`[data-testid=quarantined-reply][data-id="${id}"]`).count()).toBe(0);
    expect(await withDatabase((db) => db.get('SELECT state FROM inbound_messages WHERE id = ?', id))).toEqual({ state: 'dismissed' });
  });

  it('a technician is refused the page and has no link to it', async () => {
    const page = await signedIn(DEMO.tech);
    expect(await page.getByRole('link', { name: /Ответы клиентов/ }).count()).toBe(0);
    const response = await page.goto('/replies');
    expect(response?.status()).toBe(403);
  });
});
