import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { notificationsEn, notificationsRu } from '@/lib/i18n/messages/features/notifications';
import { renderNotification } from '@/lib/notifications/render';

const ticket = { id: 42, title: 'Laptop will not start', publicToken: 'tok_ABC-123' };

afterEach(() => {
  delete process.env.INBOUND_DOMAIN;
  resetEnvForTests();
});

describe('the footer of a mail to a client', () => {
  it('invites a reply when replies come back (INBOUND_DOMAIN set)', async () => {
    process.env.INBOUND_DOMAIN = 'replies.service.test';
    resetEnvForTests();
    const mail = await renderNotification({ kind: 'status_changed', locale: 'ru', payload: { recipientName: 'Иван', ticket, from: 'diagnostics', to: 'ready', clientId: 7 } });
    expect(mail.text).toContain(notificationsRu.email.canReply);
    expect(mail.text).not.toContain(notificationsRu.email.automatic);
  });

  it('keeps "no need to reply" when they do not', async () => {
    const mail = await renderNotification({ kind: 'ticket_created', locale: 'en', payload: { recipientName: 'Ivan', ticket, clientId: 7 } });
    expect(mail.text).toContain(notificationsEn.email.automatic);
    expect(mail.text).not.toContain(notificationsEn.email.canReply);
  });

  it('keeps it in staff mail, which has no reply address', async () => {
    process.env.INBOUND_DOMAIN = 'replies.service.test';
    resetEnvForTests();
    const mail = await renderNotification({
      kind: 'assigned',
      locale: 'en',
      payload: { recipientName: 'Sergei', assignedBy: 'Anna', ticket: { ...ticket, kind: 'repair', status: 'new', priority: 'high', dueDate: null, clientName: 'Ivan', description: '' } },
    });
    expect(mail.text).toContain(notificationsEn.email.automatic);
  });
});
