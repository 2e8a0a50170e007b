import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { html, escapeHtml } from '@/components/ui/html';
import { TicketTable } from '@/components/tickets/ticket-table';
import type { TicketListRow } from '@/db/queries/ticket-list';
import { messagesFor } from '@/lib/i18n/messages';

const row = (over: Partial<TicketListRow> = {}): TicketListRow => ({
  id: 42,
  title: 'Не включается',
  status: 'in_progress',
  priority: 'urgent',
  createdAt: new Date('2026-03-01T20:30:00Z'),
  dueDate: '2026-03-05',
  clientId: 7,
  clientName: 'Пётр Смирнов',
  assigneeId: 3,
  assigneeName: 'Иван Петров',
  ...over,
});

function render(rows: TicketListRow[], extra: Partial<Parameters<typeof TicketTable>[0]> = {}) {
  return renderToStaticMarkup(createElement(TicketTable, { rows, t: messagesFor('ru'), locale: 'ru', timeZone: 'Europe/Moscow', ...extra }));
}

describe('the ticket table', () => {
  it('links the number, client, status, priority, assignee and the local creation day', () => {
    const markup = render([row()], { show: ['priority'], today: '2026-03-10' });
    expect(markup).toContain('<a href="/tickets/SC-000042">SC-000042</a>');
    expect(markup).toContain('<a href="/clients/7">Пётр Смирнов</a>');
    expect(markup).toContain('href="/tickets?status=in_progress"');
    expect(markup).toContain('href="/tickets?priority=urgent"');
    expect(markup).toContain('<a href="/employees/3">Иван Петров</a>');
    expect(markup).toContain('href="/tickets?from=2026-03-01&amp;to=2026-03-01"'); // 23:30 in Moscow
    expect(markup).toContain('class="d late"'); // open and due before today
  });

  it('marks only the priorities that differ from normal, writes each title once and shows a dash for a ticket without lines', () => {
    const markup = render([row({ priority: 'normal', title: 'Треснул экран', estimateMinor: null })], { show: ['priority', 'total'] });
    expect(markup).not.toContain('priority=');
    expect(markup.match(/Треснул экран/g)).toHaveLength(1);
    expect(markup).toContain('<td class="m">—</td>');
    expect(render([row({ priority: 'low' })], { show: ['priority'] })).toContain('href="/tickets?priority=low"');
  });

  it('escapes whatever the database holds', () => {
    const markup = render([row({ title: '<img src=x onerror=alert(1)>', clientName: 'A & "B"', assigneeName: "<script>'x'</script>" })]);
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markup).toContain('A &amp; &quot;B&quot;');
  });

  it('leaves out the columns a page implies, and says when there is nothing', () => {
    const markup = render([row({ assigneeId: null, assigneeName: null })], { hide: ['client'] });
    expect(markup).not.toContain('/clients/');
    expect(markup).toContain('Не назначен');
    expect(render([], { emptyText: 'Пусто' })).toBe('<p class="text-sm text-slate-600">Пусто</p>');
  });

  it('html`` escapes values but not nested html``', () => {
    expect(html`<b>${'<i>'}</b>${html`<i>ok</i>`}${[html`<u>`, '&']}${false}${null}`.value).toBe('<b>&lt;i&gt;</b><i>ok</i><u>&amp;');
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });
});
