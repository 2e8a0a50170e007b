// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientContacts } from '@/app/(staff)/clients/_components/client-contacts';
import { ClientCard } from '@/app/(staff)/tickets/[number]/_components/client-card';
import type { getClient } from '@/db/queries/clients';
import type { TicketClient } from '@/db/queries/ticket-detail';
import { messagesFor } from '@/lib/i18n/messages';
import { ticketDetailEn, ticketDetailRu } from '@/lib/i18n/messages/features/ticket-detail';

afterEach(cleanup);

type Client = NonNullable<Awaited<ReturnType<typeof getClient>>>;

function client(contacts: { email?: string | null; phone?: string | null; telegramChatId?: string | null; smsStoppedAt?: Date | null }, notify: boolean): Client & TicketClient {
  const now = new Date('2026-03-01T10:00:00Z');
  return {
    id: 5,
    kind: 'person',
    name: 'Ivan Petrov',
    contactPerson: null,
    phone: '+79120000001',
    email: null,
    telegramChatId: null,
    preferredChannel: null,
    emailStoppedAt: null,
    smsStoppedAt: null,
    telegramStoppedAt: null,
    locale: 'ru',
    notify,
    notes: '',
    createdAt: now,
    updatedAt: now,
    ...contacts,
  } as Client & TicketClient;
}

describe('what the pages say about how a client is told of their tickets', () => {
  it.each([
    ['en', 'Yes, by e-mail', 'By e-mail'],
    ['ru', 'Да, по эл. почте', 'По эл. почте'],
  ] as const)('with an e-mail address and consent: by e-mail (%s)', (locale, onClientPage, onTicket) => {
    const t = messagesFor(locale);
    render(<ClientContacts client={client({ email: 'ivan@example.test' }, true)} t={t} />);
    expect(screen.getByTestId('client-notify')).toHaveTextContent(onClientPage);
    render(<ClientCard client={client({ email: 'ivan@example.test' }, true)} t={t} td={locale === 'ru' ? ticketDetailRu : ticketDetailEn} />);
    expect(screen.getByTestId('ticket-client-notify')).toHaveTextContent(onTicket);
  });

  it('a phone-only client is told by SMS; once connected, in Telegram', () => {
    const t = messagesFor('en');
    render(<ClientContacts client={client({}, true)} t={t} />);
    expect(screen.getByTestId('client-notify')).toHaveTextContent('Yes, by SMS');
    cleanup();
    render(<ClientCard client={client({ telegramChatId: '4242' }, true)} t={t} td={ticketDetailEn} />);
    expect(screen.getByTestId('ticket-client-notify')).toHaveTextContent('In Telegram');
  });

  it.each([
    ['en', 'no channel to tell them through', 'Not possible'],
    ['ru', 'сообщать некуда', 'Невозможны'],
  ] as const)('with consent but every channel stopped: says no one is told, and which were stopped (%s)', (locale, onClientPage, onTicket) => {
    const t = messagesFor(locale);
    const td = locale === 'ru' ? ticketDetailRu : ticketDetailEn;
    const stopped = client({ smsStoppedAt: new Date('2026-03-02T10:00:00Z') }, true);
    render(<ClientContacts client={stopped} t={t} />);
    expect(screen.getByTestId('client-notify')).toHaveTextContent(onClientPage);
    expect(screen.getByTestId('client-stopped')).toHaveTextContent('SMS');
    render(<ClientCard client={stopped} t={t} td={td} />);
    expect(screen.getByTestId('ticket-client-notify')).toHaveTextContent(onTicket);
  });

  it('without consent: no, whether or not there is an address', () => {
    const t = messagesFor('en');
    render(<ClientContacts client={client({ email: 'ivan@example.test' }, false)} t={t} />);
    expect(screen.getByTestId('client-notify')).toHaveTextContent(/^No$/);
    render(<ClientCard client={client({}, false)} t={t} td={ticketDetailEn} />);
    expect(screen.getByTestId('ticket-client-notify')).toHaveTextContent('Not allowed');
  });
});
