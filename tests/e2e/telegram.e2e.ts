import { randomInt } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { ticketHref } from '@/lib/tickets/number';
import { E2E_TELEGRAM, type TelegramCall } from '../helpers/fake-telegram';
import { DEMO, openBrowser, signedInBrowsers } from './browser';
import { createEmployee, insertTicket, withDatabase } from './fixtures';

const signedIn = signedInBrowsers();

let updateId = 500_000 + randomInt(100_000);
/** Telegram delivers "/start <code>" from a chat to the app's webhook, with the secret header. */
async function telegramStart(link: string, chat: number) {
  const code = new URL(link).searchParams.get('start');
  const response = await fetch(`${inject('baseURL')}/api/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': E2E_TELEGRAM.secret },
    body: JSON.stringify({ update_id: ++updateId, message: { message_id: 1, chat: { id: chat, type: 'private' }, from: { id: chat, language_code: 'ru' }, text: `/start ${code}` } }),
  });
  expect(response.status).toBe(200);
}

/** What the bot sent to a chat (the webhook answers after its response: wait for it). */
async function botSaidTo(chat: number): Promise<string[]> {
  for (let i = 0; i < 50; i++) {
    const { calls } = (await (await fetch(`${inject('fakeTelegramURL')}/__calls`)).json()) as { calls: TelegramCall[] };
    const texts = calls.filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(chat)).map((c) => c.body.text as string);
    if (texts.length > 0) return texts;
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

const START_LINK = new RegExp(`^https://t\\.me/${E2E_TELEGRAM.username}\\?start=[A-Za-z0-9_-]{32}$`);

describe('Telegram in Chromium', () => {
  it('the status page offers “Connect Telegram” until the client connects, then says it is connected', async () => {
    const n = randomInt(1_000_000);
    const ticket = await insertTicket({ title: `Е2Е Telegram ${n}`, client: { name: `Клиент Телеграм ${n}`, email: `tg-${n}@client.test`, locale: 'ru' } });
    const { page, close } = await openBrowser('ru-RU');
    try {
      await page.goto(`/status/${ticket.token}`);
      const link = page.getByTestId('telegram-connect-link');
      expect(await link.textContent()).toContain('Подключить Telegram');
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(START_LINK);

      const chat = 900_000 + n;
      await telegramStart(href, chat);
      expect((await botSaidTo(chat))[0]).toContain('сообщения о ваших заявках будут приходить сюда');

      await page.reload();
      expect(await page.getByTestId('telegram-connected').textContent()).toContain('Telegram подключён');
      expect(await page.getByTestId('telegram-connect-link').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('the receipt carries a second QR code with the client’s Telegram link', async () => {
    const n = randomInt(1_000_000);
    const ticket = await insertTicket({ title: `Е2Е квитанция Telegram ${n}`, client: { name: `Клиент Квитанция ${n}`, email: `tgr-${n}@client.test`, locale: 'ru' } });
    const page = await signedIn(DEMO.manager);
    await page.goto(ticketHref(ticket.id, '/print'));
    const qr = page.getByTestId('receipt-telegram-qr');
    expect(await qr.getAttribute('data-url')).toMatch(START_LINK);
    expect(await qr.getAttribute('aria-label')).toBe('Новости в Telegram');
    expect(await qr.locator('svg').count()).toBe(1);
  });

  it('an employee connects Telegram in the profile, then chooses it for their notices', async () => {
    const email = `tg-staff-${randomInt(1_000_000)}@demo.test`;
    await createEmployee(email, 'Telegram-pass-2026');
    const page = await signedIn(email, 'Telegram-pass-2026');
    await page.goto('/profile');
    const card = page.getByTestId('profile-telegram');
    expect(await card.getByTestId('telegram-state').textContent()).toBe('Telegram ещё не подключён.');
    expect(await card.getByLabel('В Telegram').isDisabled()).toBe(true);
    const href = (await card.getByTestId('telegram-connect-link').getAttribute('href'))!;
    expect(href).toMatch(START_LINK);

    const chat = 800_000 + randomInt(100_000);
    await telegramStart(href, chat);
    expect((await botSaidTo(chat))[0]).toContain('чат подключён');

    await page.reload();
    expect(await card.getByTestId('telegram-state').textContent()).toBe('Telegram подключён.');
    await card.getByLabel('В Telegram').check();
    await card.getByRole('button', { name: 'Сохранить' }).click();
    await card.getByText('Сохранено.').waitFor();
    const via = await withDatabase(async (db) => (await db.get<{ via: string }>('SELECT notify_via AS via FROM employees WHERE email = ?', email)).via);
    expect(via).toBe('telegram');
  });
});
