// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline, type TimelineEvent } from '@/app/(staff)/tickets/[number]/_components/timeline';
import { messagesFor } from '@/lib/i18n/messages';
import { ticketDetailEn, ticketDetailRu } from '@/lib/i18n/messages/features/ticket-detail';

afterEach(cleanup);

const OLGA = 9;
const names = new Map([[OLGA, 'Olga Sidorova']]);

let nextId = 1;
function event(patch: Partial<TimelineEvent> & Pick<TimelineEvent, 'kind'>): TimelineEvent {
  const id = nextId++;
  return { id, actorId: null, actorName: null, fromValue: null, toValue: null, fields: null, body: null, isPublic: true, details: null, createdAt: new Date(Date.UTC(2026, 2, 10, 9, id)), ...patch };
}

const byOlga = { actorId: OLGA, actorName: 'Olga Sidorova' };
const EVENTS: TimelineEvent[] = [
  event({ kind: 'client_message', body: 'Is it ready?\nI can come on Friday.', details: { via: 'email', attachments: 2 } }),
  event({ kind: 'staff_message', ...byOlga, body: 'Yes, come on Friday.', details: { via: 'sms' } }),
  event({ kind: 'client_message', body: 'Thanks!', details: { via: 'telegram', attachments: 0 } }),
  event({ kind: 'client_message', body: 'The photos.', details: { via: 'email', attachments: 0, refused: [{ name: 'setup.exe', code: 'type' }] } }),
  event({ kind: 'staff_message', ...byOlga, body: 'See you.', details: { via: null } }),
];

function renderTimeline(locale: 'en' | 'ru') {
  const t = messagesFor(locale);
  const td = locale === 'en' ? ticketDetailEn : ticketDetailRu;
  render(
    <Timeline
      events={EVENTS}
      names={names}
      labels={{ timeline: td.timeline, statuses: t.statuses, fields: t.tickets.fields, estimates: t.estimates }}
      locale={locale}
      timeZone="Europe/Moscow"
      clientName="Ivan Petrov"
    />,
  );
  return screen.getAllByTestId('timeline-event');
}

const textOf = (item: HTMLElement) => within(item).getByTestId('timeline-text').textContent;

describe('the conversation on the ticket timeline', () => {
  it('says who wrote and how, with what they wrote, the files that came with it, and where the answer went', () => {
    const items = renderTimeline('en');
    expect(items.map(textOf)).toEqual([
      'Ivan Petrov, by e-mail',
      'Olga Sidorova to the client, by SMS',
      'Ivan Petrov, in Telegram',
      'Ivan Petrov, by e-mail',
      'Olga Sidorova to the client — not delivered: the client cannot be reached',
    ]);
    expect(within(items[3]).getByTestId('timeline-note')).toHaveTextContent('Not added (not an allowed type, or too large): setup.exe');
    expect(within(items[0]).getByTestId('timeline-message')).toHaveTextContent('Is it ready? I can come on Friday.');
    expect(within(items[0]).getByTestId('timeline-note')).toHaveTextContent('2 files from the message added to the ticket’s attachments');
    expect(within(items[0]).getByTestId('timeline-actor')).toHaveTextContent('client');
    expect(within(items[1]).getByTestId('timeline-message')).toHaveTextContent('Yes, come on Friday.');
    expect(within(items[1]).getByTestId('timeline-actor')).toHaveTextContent('Olga Sidorova');
    expect(within(items[2]).queryByTestId('timeline-note')).toBeNull();
  });

  it('speaks Russian to a Russian-speaking employee', () => {
    const items = renderTimeline('ru');
    expect(items.map(textOf)).toEqual([
      'Ivan Petrov, по эл. почте',
      'Olga Sidorova — клиенту, по SMS',
      'Ivan Petrov, в Telegram',
      'Ivan Petrov, по эл. почте',
      'Olga Sidorova — клиенту: не доставлено, с клиентом нет связи',
    ]);
    expect(within(items[0]).getByTestId('timeline-note')).toHaveTextContent('2 файла из сообщения добавлены к вложениям заявки');
  });

  it('shows a client’s markup as text', () => {
    nextId = 100;
    const t = messagesFor('en');
    render(
      <Timeline
        events={[event({ kind: 'client_message', body: '<img src=x onerror=alert(1)>', details: { via: 'email' } })]}
        names={names}
        labels={{ timeline: ticketDetailEn.timeline, statuses: t.statuses, fields: t.tickets.fields, estimates: t.estimates }}
        locale="en"
        timeZone="Europe/Moscow"
      />,
    );
    expect(screen.getByTestId('timeline-message')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    // Without the client's name (a deleted client), "client" stands in.
    expect(screen.getByTestId('timeline-text')).toHaveTextContent('client, by e-mail');
  });
});
