import { describe, expect, it } from 'vitest';
import { smsSegments, smsSize } from '@/lib/channels/sms/segments';
import { smsText, type SmsLinks } from '@/lib/channels/sms/text';
import { LOCALES, STATUSES, type Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import type { EstimateMailView, NotificationContent } from '@/lib/notifications/payload';

// An APP_URL of 30 characters, a 6-digit ticket number and a client id of 6 digits.
const APP_URL = 'https://crm.service-center7.ru';
const links: SmsLinks = { statusUrl: `${APP_URL}/s/AbCdEfGhIjKl`, stopUrl: `${APP_URL}/u/lfls-s-0123456789abcdef` };
const ticket = { id: 123_456, title: 'Ноутбук Lenovo IdeaPad, не включается после залития', publicToken: 'AbCdEfGhIjKlMnOpQrStUv' };
const estimate: EstimateMailView = { version: 2, lines: [], discountMinor: 0, totalMinor: 123_456_789, currency: 'RUB' };

function statusChanged(locale: Locale, to: (typeof STATUSES)[number], extra: object = {}): NotificationContent {
  return { kind: 'status_changed', locale, payload: { recipientName: 'Иван', ticket, from: 'new', to, clientId: 999_999, ...extra } };
}

function cases(locale: Locale): [string, NotificationContent][] {
  return [
    ['registration', { kind: 'ticket_created', locale, payload: { recipientName: 'Иван', ticket, clientId: 999_999 } }],
    ...STATUSES.map((s): [string, NotificationContent] => [s, statusChanged(locale, s)]),
    ['estimate sent', statusChanged(locale, 'awaiting_approval', { estimate })],
    ['estimate revised', statusChanged(locale, 'awaiting_approval', { from: 'awaiting_approval', estimate })],
    ['ready with a balance due', statusChanged(locale, 'ready', { balanceDueMinor: 987_654_321, currency: 'RUB' })],
  ];
}

describe('SMS to a client', () => {
  for (const locale of LOCALES) {
    it.each(cases(locale))(`${locale}: %s fits two parts with the whole status link and stop link`, (_name, content) => {
      const text = smsText(content, links);
      expect(smsSegments(text), text).toBeLessThanOrEqual(2);
      expect(text).toContain('SC-123456');
      expect(text).toContain('crm.service-center7.ru/s/AbCdEfGhIjKl');
      expect(text).toContain('crm.service-center7.ru/u/lfls-s-0123456789abcdef');
      expect(text).not.toMatch(/[\u00A0\u202F]/);
    });
  }

  it('says the status in the client\'s words, in their language', () => {
    const words = (l: Locale) => messagesFor(l).notifications.email.clientStatuses;
    expect(smsText(statusChanged('ru', 'ready'), links)).toContain(words('ru').ready.label);
    expect(smsText(statusChanged('en', 'awaiting_parts'), links)).toContain(words('en').awaiting_parts.label);
    expect(smsText(cases('ru')[0][1], links)).toContain(words('ru').new.label);
  });

  it('names the estimate total and the balance due when they fit, and drops them when they do not', () => {
    const short: SmsLinks = { statusUrl: 'https://sc.example.ru/s/AbCdEfGhIjKl', stopUrl: 'https://sc.example.ru/u/2s-s-0123456789abcdef' };
    const small: EstimateMailView = { ...estimate, totalMinor: 450_000 };
    expect(smsText(statusChanged('ru', 'awaiting_approval', { estimate: small }), short)).toContain('Ждём вашего решения. Смета: 4 500 ₽.');
    expect(smsText(statusChanged('ru', 'ready', { balanceDueMinor: 120_050, currency: 'RUB' }), short)).toContain('Готово. К оплате: 1 200,50 ₽.');
    expect(smsText(statusChanged('en', 'ready', { balanceDueMinor: 120_000, currency: 'RUB' }), links)).toContain('Ready. To pay: RUB 1,200.');
    // The longest host, a long number and the longest status: the amount gives way to the links.
    expect(smsText(statusChanged('ru', 'awaiting_approval', { estimate }), links)).not.toContain('Смета');
  });

  it('keeps the links\' scheme when there is room (a Latin text has 306 characters)', () => {
    expect(smsText(statusChanged('en', 'ready'), links)).toContain(links.statusUrl);
  });

  it('omits the stop link when the row has none', () => {
    const text = smsText(statusChanged('ru', 'ready'), { statusUrl: links.statusUrl, stopUrl: null });
    expect(text).not.toContain('/u/');
    expect(text).not.toContain('Стоп');
  });

  it('cuts a long staff message with an ellipsis, never the links, and within two parts', () => {
    const body = 'Здравствуйте! Мы нашли причину: залит контроллер питания, нужна замена. 👩‍🔧 '.repeat(5);
    const content: NotificationContent = { kind: 'staff_message', locale: 'ru', payload: { recipientName: 'Иван', ticket, authorName: 'Мастер', body, clientId: 999_999 } };
    const text = smsText(content, links);
    expect(smsSegments(text)).toBe(2);
    expect(text).toMatch(/^Заявка SC-123456: Здравствуйте! Мы нашли.*… crm\.service-center7\.ru\/s\/AbCdEfGhIjKl Стоп: crm\.service-center7\.ru\/u\/lfls-s-0123456789abcdef$/u);
    expect(text).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no emoji cut in half
  });

  it('a short English staff message goes whole, and a long one stays GSM-7 with three dots', () => {
    const short: NotificationContent = { kind: 'staff_message', locale: 'en', payload: { recipientName: 'Ann', ticket, authorName: 'Tech', body: 'Your laptop\nis ready.', clientId: 1 } };
    expect(smsText(short, links)).toBe(`Request SC-123456: Your laptop is ready. ${links.statusUrl} Stop: ${links.stopUrl}`);
    const long: NotificationContent = { ...short, payload: { ...short.payload, body: 'We replaced the keyboard and cleaned the fan. '.repeat(10) } } as NotificationContent;
    const text = smsText(long, links);
    expect(smsSize(text)).toMatchObject({ encoding: 'gsm7', segments: 2 });
    expect(text).toContain('... ');
  });

  it('refuses a staff-only kind', () => {
    expect(() => smsText({ kind: 'digest', locale: 'en', payload: { recipientName: 'x', date: '2026-01-01', tickets: [], total: 0, overdue: 0 } }, links)).toThrow();
  });
});
