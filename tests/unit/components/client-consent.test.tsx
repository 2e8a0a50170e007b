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

type Client = NonNullable<ReturnType<typeof getClient>>;

function client(email: string | null, notify: boolean): Client & TicketClient {
  const now = new Date('2026-03-01T10:00:00Z');
  return { id: 5, kind: 'person', name: 'Ivan Petrov', contactPerson: null, phone: '+79120000001', email, locale: 'ru', notify, notes: '', createdAt: now, updatedAt: now } as Client & TicketClient;
}

describe('what the pages say about a client’s consent to notifications', () => {
  it.each([
    ['en', 'Yes, by e-mail', 'Allowed'],
    ['ru', 'Да, по эл. почте', 'Разрешены'],
  ] as const)('with an e-mail address and consent: by e-mail (%s)', (locale, onClientPage, onTicket) => {
    const t = messagesFor(locale);
    render(<ClientContacts client={client('ivan@example.test', true)} t={t} />);
    expect(screen.getByTestId('client-notify')).toHaveTextContent(onClientPage);
    render(<ClientCard client={client('ivan@example.test', true)} t={t} td={locale === 'ru' ? ticketDetailRu : ticketDetailEn} />);
    expect(screen.getByTestId('ticket-client-notify')).toHaveTextContent(onTicket);
  });

  it.each([
    ['en', 'no contact for notifications', 'Not possible: no e-mail'],
    ['ru', 'уведомлять некуда', 'Невозможны: нет эл. почты'],
  ] as const)('with consent but no e-mail: says notifications cannot reach them, never "by e-mail" (%s)', (locale, onClientPage, onTicket) => {
    const t = messagesFor(locale);
    const td = locale === 'ru' ? ticketDetailRu : ticketDetailEn;
    render(<ClientContacts client={client(null, true)} t={t} />);
    expect(screen.getByTestId('client-notify')).toHaveTextContent(onClientPage);
    expect(screen.getByTestId('client-notify')).not.toHaveTextContent(t.clients.notifyYes);
    render(<ClientCard client={client(null, true)} t={t} td={td} />);
    expect(screen.getByTestId('ticket-client-notify')).toHaveTextContent(onTicket);
    expect(screen.getByTestId('ticket-client-notify')).not.toHaveTextContent(td.client.notifyYes);
  });

  it('without consent: no, whether or not there is an address', () => {
    const t = messagesFor('en');
    render(<ClientContacts client={client('ivan@example.test', false)} t={t} />);
    expect(screen.getByTestId('client-notify')).toHaveTextContent(/^No$/);
    render(<ClientCard client={client(null, false)} t={t} td={ticketDetailEn} />);
    expect(screen.getByTestId('ticket-client-notify')).toHaveTextContent('Not allowed');
  });
});
