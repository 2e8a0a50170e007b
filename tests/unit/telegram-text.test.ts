import { describe, expect, it } from 'vitest';
import { TELEGRAM_TEXT_MAX, telegramText } from '@/lib/channels/telegram/text';
import type { DigestItem, NotificationContent } from '@/lib/notifications/payload';

const ticket = { id: 42, title: 'Ноутбук\nне включается', publicToken: 'tok_abcdefghijklmnopqrstuv' };
const links = { statusUrl: 'https://desk.example/status/tok_abcdefghijklmnopqrstuv', ticketUrl: 'https://desk.example/tickets/SC-000042' };

function item(i: number): DigestItem {
  return { id: i, title: `Ticket number ${i} with a fairly long title to fill the line`, clientName: `Client ${i}`, status: 'in_progress', priority: 'normal', createdAt: Date.parse('2026-03-01T09:00:00Z'), dueDate: '2026-03-05', overdue: i % 3 === 0 };
}

describe('Telegram texts', () => {
  it('tell the client of a status change in their language, with the estimate and the total', () => {
    const content: NotificationContent = {
      kind: 'status_changed',
      locale: 'ru',
      payload: {
        recipientName: 'Анна',
        ticket,
        from: 'diagnostics',
        to: 'awaiting_approval',
        clientId: 1,
        estimate: {
          version: 1,
          currency: 'RUB',
          discountMinor: 0,
          totalMinor: 350_000,
          lines: [{ kind: 'work', code: null, name: 'Замена экрана', quantity: 1, unitPriceMinor: 350_000, discountMinor: 0, totalMinor: 350_000, warrantyDays: 90 }],
        },
      },
    };
    const text = telegramText(content, links);
    expect(text).toContain('Здравствуйте, Анна!');
    expect(text).toContain('Заявка SC-000042 — Ноутбук не включается'); // the title's line break cannot break the layout
    expect(text).toContain('Статус: Ждём вашего решения');
    expect(text).toMatch(/Замена экрана × 1 — 3\s500,00\s₽/);
    expect(text).toMatch(/Итого: 3\s500,00\s₽/);
    expect(text).toContain(links.statusUrl);
  });

  it('name the balance due when the device is ready', () => {
    const text = telegramText({ kind: 'status_changed', locale: 'en', payload: { recipientName: '', ticket, from: 'in_progress', to: 'ready', balanceDueMinor: 150_000, currency: 'RUB', clientId: 1 } }, links);
    expect(text).toContain('Hello!');
    expect(text).toContain('Status: Ready');
    expect(text).toMatch(/Balance to pay at handover: RUB\s1,500\.00\./);
  });

  it('bring staff the client message and a link to the ticket', () => {
    const text = telegramText({ kind: 'client_message', locale: 'en', payload: { recipientName: 'Tech', ticket, clientName: 'Ann Lee', via: 'telegram', excerpt: 'Is it ready?' } }, links);
    expect(text).toContain('Ann Lee wrote (Telegram):');
    expect(text).toContain('Is it ready?');
    expect(text).toContain(`Open: ${links.ticketUrl}`);
  });

  it('cut a long digest with "and N more", far below Telegram’s limit', () => {
    const tickets = Array.from({ length: 100 }, (_, i) => item(i + 1));
    const text = telegramText({ kind: 'digest', locale: 'en', payload: { recipientName: 'Tech', date: '2026-03-10', tickets, total: 250, overdue: 33 } }, {});
    expect(text.length).toBeLessThan(TELEGRAM_TEXT_MAX);
    expect(text).toContain('You have 250 open ticket(s), 33 of them overdue.');
    const shown = text.split('\n').filter((l) => /^(•|‼) SC-/.test(l)).length;
    expect(shown).toBeGreaterThan(5);
    expect(text).toContain(`…and ${250 - shown} more`);
  });

  it('never exceed the limit, whatever staff write', () => {
    const text = telegramText({ kind: 'staff_message', locale: 'en', payload: { recipientName: 'Ann', ticket, authorName: 'Bob', body: 'x'.repeat(10_000), clientId: 1 } }, links);
    expect(text.length).toBe(TELEGRAM_TEXT_MAX);
  });
});
