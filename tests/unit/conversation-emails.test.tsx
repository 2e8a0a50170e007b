import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/domain/enums';
import { conversationEn, conversationRu } from '@/lib/i18n/messages/features/conversation';
import { renderNotification } from '@/lib/notifications/render';
import { subjectFor } from '@/lib/notifications/subjects';
import type { NotificationContent } from '@/lib/notifications/payload';

const ticket = { id: 42, title: 'Laptop will not start', publicToken: 'tok_ABC-123' };
const EVIL = '<script>alert("x")</script> & <b>bold</b>';

function clientMessage(locale: Locale, excerpt = 'Could you also clean the fan?\nI will pick it up on Friday.'): NotificationContent {
  return { kind: 'client_message', locale, payload: { recipientName: 'Sergei', ticket, clientName: 'Ivan Petrov', via: 'telegram', excerpt } };
}

function staffMessage(locale: Locale, body = 'Yes, we will clean it for free.\nReady on Thursday.'): NotificationContent {
  return { kind: 'staff_message', locale, payload: { recipientName: 'Ivan', ticket, authorName: 'Olga Sidorova', body, clientId: 7 } };
}

describe('the conversation mails', () => {
  it.each(['ru', 'en'] as const)('the assignee learns in %s who wrote, how, what, and gets a button to the ticket', async (locale) => {
    const c = locale === 'ru' ? conversationRu : conversationEn;
    const mail = await renderNotification(clientMessage(locale));
    expect(mail.html).toContain(`lang="${locale}"`);
    expect(mail.subject).toBe(subjectFor(clientMessage(locale)));
    expect(mail.subject).toContain('SC-000042');
    expect(mail.subject).toContain('Ivan Petrov');
    expect(mail.text).toContain(c.mail.clientIntro('Ivan Petrov', 'SC-000042', c.via.telegram));
    expect(mail.text).toContain('Could you also clean the fan?');
    expect(mail.text).toContain('I will pick it up on Friday.');
    expect(mail.html).toContain('href="http://localhost:3000/tickets/SC-000042"');
    expect(mail.text).toContain(c.mail.openTicket);
  });

  it.each(['ru', 'en'] as const)('the client reads in %s the service center’s message, signed by its author, with the status link', async (locale) => {
    const c = locale === 'ru' ? conversationRu : conversationEn;
    const mail = await renderNotification(staffMessage(locale));
    expect(mail.html).toContain(`lang="${locale}"`);
    expect(mail.subject).toBe(locale === 'ru' ? 'Заявка SC-000042: сообщение от сервисного центра' : 'Request SC-000042: a message from the service center');
    expect(mail.text).toContain(c.mail.staffHeading);
    expect(mail.text).toContain('Yes, we will clean it for free.');
    expect(mail.text).toContain('Olga Sidorova, Service Desk');
    expect(mail.html).toContain('href="http://localhost:3000/status/tok_ABC-123"');
    expect(mail.text).toContain(c.mail.statusButton);
  });

  it('greets the client by name and never shows their text as markup', async () => {
    const mail = await renderNotification(staffMessage('en', EVIL));
    expect(mail.text).toContain('Hello, Ivan!');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>bold</b>');
    expect(mail.html).toContain('&lt;script&gt;');
    const incoming = await renderNotification(clientMessage('ru', EVIL));
    expect(incoming.html).not.toContain('<script>');
    expect(incoming.html).toContain('&lt;script&gt;');
  });
});
