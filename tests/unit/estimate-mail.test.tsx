import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/domain/enums';
import { renderNotification } from '@/lib/notifications/render';
import type { EstimateMailView, NotificationContent } from '@/lib/notifications/payload';

const ticket = { id: 42, title: 'Ноутбук не включается', publicToken: 'tok_ABC-123' };
const estimate: EstimateMailView = {
  version: 3,
  lines: [
    { kind: 'work', code: 'РАБ-01', name: 'Замена разъёма питания', quantity: 1, unitPriceMinor: 250_000, discountMinor: 0, totalMinor: 250_000, warrantyDays: 90 },
    { kind: 'part', code: 'ЗЧ-07', name: 'Разъём питания <DC>', quantity: 2, unitPriceMinor: 40_050, discountMinor: 10_000, totalMinor: 70_100, warrantyDays: 30 },
  ],
  discountMinor: 20_100,
  totalMinor: 300_000,
  currency: 'RUB',
};

const awaiting = (locale: Locale, from: 'diagnostics' | 'awaiting_approval' = 'diagnostics'): NotificationContent => ({
  kind: 'status_changed',
  locale,
  payload: { recipientName: 'Иван', ticket, from, to: 'awaiting_approval', estimate },
});

describe("the client's estimate mail", () => {
  it('lists the lines, warranty and total, with Approve and Decline bound to the version', async () => {
    const mail = await renderNotification(awaiting('ru'));
    expect(mail.html).toContain('Замена разъёма питания');
    expect(mail.html).toContain('Разъём питания &lt;DC&gt;');
    expect(mail.html).toContain('90 дн.');
    expect(mail.html.replace(/\s/g, ' ')).toContain('3 000,00 ₽');
    expect(mail.html).toContain('/status/tok_ABC-123?decide=approve&amp;v=3#estimate');
    expect(mail.html).toContain('/status/tok_ABC-123?decide=decline&amp;v=3#estimate');
    expect(mail.text).toContain('Согласовать смету');
    expect(mail.text.replace(/\s/g, ' ')).toContain('3 000,00 ₽');
  });

  it('a revised estimate says it replaces the one before, in English too', async () => {
    const mail = await renderNotification(awaiting('en', 'awaiting_approval'));
    expect(mail.subject).toBe('Request SC-000042: revised estimate');
    expect(mail.html).toContain('replaces the one we sent before');
    expect(mail.html).toContain('RUB');
  });
});

describe("the assignee's decision mail", () => {
  it('says who decided, how, the version, the total and what to do next', async () => {
    const mail = await renderNotification({
      kind: 'estimate_decided',
      locale: 'en',
      payload: { recipientName: 'Sergei', ticket, decision: 'approved', version: 3, totalMinor: 300_000, currency: 'RUB', via: 'status_page', takenBy: null, reason: null },
    });
    expect(mail.subject).toBe('SC-000042: Approved by the client');
    expect(mail.text).toContain('client, via the status page');
    expect(mail.text).toContain('version 3');
    expect(mail.text).toContain('Approved — start work.');
    const declined = await renderNotification({
      kind: 'estimate_decided',
      locale: 'ru',
      payload: { recipientName: 'Сергей', ticket, decision: 'declined', version: 1, totalMinor: 100, currency: 'RUB', via: 'phone', takenBy: 'Анна', reason: 'Дорого' },
    });
    expect(declined.text).toContain('по телефону, принял(а) Анна');
    expect(declined.text).toContain('Дорого');
  });
});
