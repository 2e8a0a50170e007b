// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline, timelineEmployeeIds, type TimelineEvent } from '@/app/(staff)/tickets/[number]/_components/timeline';
import { timelineAttachmentIds } from '@/app/(staff)/tickets/[number]/_components/attachments-timeline';
import { messagesFor } from '@/lib/i18n/messages';
import { ticketDetailEn, ticketDetailRu } from '@/lib/i18n/messages/features/ticket-detail';

afterEach(cleanup);

const IVAN = 7;
const OLGA = 9;
const names = new Map([
  [IVAN, 'Ivan Petrov'],
  [OLGA, 'Olga Sidorova'],
]);

let nextId = 1;
function event(patch: Partial<TimelineEvent> & Pick<TimelineEvent, 'kind'>): TimelineEvent {
  const id = nextId++;
  return {
    id,
    actorId: OLGA,
    actorName: 'Olga Sidorova',
    fromValue: null,
    toValue: null,
    fields: null,
    body: null,
    isPublic: false,
    details: null,
    createdAt: new Date(Date.UTC(2025, 2, 10, 9, id)),
    ...patch,
  };
}

const byIvan = { actorId: IVAN, actorName: 'Ivan Petrov' };
const EVENTS: TimelineEvent[] = [
  event({ kind: 'created', actorId: null, actorName: null, toValue: 'new' }),
  event({ kind: 'assigned', fromValue: null, toValue: String(IVAN) }),
  event({ kind: 'status_changed', ...byIvan, fromValue: 'new', toValue: 'diagnostics' }),
  event({ kind: 'field_changed', ...byIvan, fields: ['diagnosis', 'estimateMinor'] }),
  event({ kind: 'comment', ...byIvan, body: 'Board is corroded', isPublic: false }),
  event({ kind: 'comment', ...byIvan, body: 'We will call you tomorrow', isPublic: true }),
  event({ kind: 'assigned', fromValue: String(IVAN), toValue: '404' }),
];

function renderTimeline(locale: 'en' | 'ru' = 'en', events = EVENTS) {
  const t = messagesFor(locale);
  const td = locale === 'en' ? ticketDetailEn : ticketDetailRu;
  render(
    <Timeline
      events={events}
      names={names}
      labels={{ timeline: td.timeline, statuses: t.statuses, fields: t.tickets.fields, estimates: t.estimates }}
      locale={locale}
      timeZone="Europe/Moscow"
    />,
  );
  return screen.queryAllByTestId('timeline-event');
}

const textOf = (item: HTMLElement) => within(item).getByTestId('timeline-text').textContent;
const actorOf = (item: HTMLElement) => within(item).getByTestId('timeline-actor').textContent;

describe('ticket timeline', () => {
  it('tells every kind of event in words, in the order they happened', () => {
    const items = renderTimeline();
    expect(items.map(textOf)).toEqual([
      'Ticket created',
      'Assigned: — → Ivan Petrov',
      'Status: New → Diagnostics',
      'Changed: Diagnosis, Estimate',
      'Comment',
      'Comment',
      'Assigned: Ivan Petrov → deleted employee',
    ]);
  });

  it('speaks Russian to a Russian-speaking employee', () => {
    const items = renderTimeline('ru');
    expect(textOf(items[2])).toBe('Статус: Новая → Диагностика');
    expect(textOf(items[3])).toBe('Изменено: Диагноз, Предварительная стоимость');
    expect(actorOf(items[0])).toBe('система');
  });

  it('names the actor, or "system" when nobody did it', () => {
    const items = renderTimeline();
    expect(actorOf(items[0])).toBe('system');
    expect(actorOf(items[1])).toBe('Olga Sidorova');
    expect(actorOf(items[2])).toBe('Ivan Petrov');
  });

  it("keeps the name of an employee who has since been deleted; 'system' only for what nobody did", () => {
    const events = [
      // Deleted: the id went null with the row, the name written with the event stays.
      event({ kind: 'comment', actorId: null, actorName: 'Pavel Gone', body: 'Checked the fan' }),
      event({ kind: 'status_changed', actorId: null, actorName: null, fromValue: 'new', toValue: 'diagnostics' }),
      // Renamed since: the current name wins over the one written then.
      event({ kind: 'comment', actorId: IVAN, actorName: 'Ivan Petrov-Old', body: 'Done' }),
      // An actor the names query did not find and no name kept (written before names were kept).
      event({ kind: 'comment', actorId: 404, actorName: null, body: 'Lost' }),
    ];
    expect(renderTimeline('en', events).map(actorOf)).toEqual(['Pavel Gone', 'system', 'Ivan Petrov', 'deleted employee']);
    cleanup();
    expect(renderTimeline('ru', events).map(actorOf)).toEqual(['Pavel Gone', 'система', 'Ivan Petrov', 'удалённый сотрудник']);
  });

  it('shows when each event happened in the company time zone', () => {
    const [first] = renderTimeline();
    const time = first.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2025-03-10T09:01:00.000Z');
    expect(time?.textContent).toContain('12:01'); // Moscow is UTC+3
  });

  it('marks an internal comment and one the client sees so they cannot be confused', () => {
    const items = renderTimeline();
    const internal = items[4];
    const visible = items[5];
    expect(internal).toHaveTextContent('Board is corroded');
    expect(within(internal).getByTestId('comment-internal')).toHaveTextContent('Internal');
    expect(within(internal).queryByTestId('comment-public')).toBeNull();
    expect(internal).toHaveClass('event-internal');
    expect(internal).not.toHaveClass('event-public');

    expect(visible).toHaveTextContent('We will call you tomorrow');
    expect(within(visible).getByTestId('comment-public')).toHaveTextContent('Visible to the client');
    expect(within(visible).queryByTestId('comment-internal')).toBeNull();
    expect(visible).toHaveClass('event-public');
    expect(visible).not.toHaveClass('event-internal');
  });

  it('says so when nothing has happened yet', () => {
    expect(renderTimeline('en', [])).toHaveLength(0);
    expect(screen.getByText('Nothing has happened yet.')).toBeInTheDocument();
  });

  it('collects every employee the page must name, for one query', () => {
    expect(timelineEmployeeIds(EVENTS).sort((a, b) => a - b)).toEqual([IVAN, OLGA, 404]);
  });

  it('shows the file each "attached" event names from one look-up, and a note for a deleted one', () => {
    const kept = event({ kind: 'attached', toValue: '31', body: 'front.jpg' });
    const gone = event({ kind: 'attached', toValue: '32', body: 'back.jpg' });
    expect(timelineAttachmentIds([...EVENTS, kept, gone])).toEqual([31, 32]);
    const t = messagesFor('en');
    render(
      <Timeline
        events={[kept, gone]}
        names={names}
        labels={{ timeline: ticketDetailEn.timeline, statuses: t.statuses, fields: t.tickets.fields, estimates: t.estimates }}
        locale="en"
        timeZone="Europe/Moscow"
        attachments={new Map([[31, { id: 31, mime: 'image/jpeg', originalName: 'front.jpg' }]])}
      />,
    );
    const [first, second] = screen.getAllByTestId('timeline-event');
    expect(within(first).getByTestId('timeline-attachment')).toHaveAttribute('href', '/api/attachments/31');
    expect(within(second).queryByTestId('timeline-attachment')).toBeNull();
    expect(second).toHaveTextContent('the file has since been deleted');
  });
});
