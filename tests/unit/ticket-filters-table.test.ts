import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { html, escapeHtml } from '@/components/ui/html';
import { TicketTable } from '@/components/tickets/ticket-table';
import type { TicketListRow } from '@/db/queries/ticket-list';
import { messagesFor } from '@/lib/i18n/messages';
import { StatusTabs } from '@/app/(staff)/tickets/_components/status-tabs';
import { parseTicketListParams } from '@/lib/tickets/filters';

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

describe('the status tabs', () => {
  const t = messagesFor('ru');
  const byStatus = { new: 1200, diagnostics: 2, awaiting_approval: 0, in_progress: 5, awaiting_parts: 0, ready: 1, closed: 30, cancelled: 4 };

  it('keep the other filters, mark the list shown and write the counts as the reader reads numbers', () => {
    const { params } = parseTicketListParams({ client: '12', status: 'open' });
    const markup = renderToStaticMarkup(createElement(StatusTabs, { params, counts: { total: 1208, capped: false, byStatus }, t, tl: t.ticketList, locale: 'ru' }));
    expect(markup).toContain('<a href="/tickets?client=12&amp;status=open" aria-current="page" data-testid="tab-open">Открытые<span>1\u00a0208</span></a>');
    expect(markup).toContain('<a href="/tickets?client=12&amp;status=ready" data-testid="tab-ready">Готова<span>1</span></a>');
    expect(markup.match(/<li>/g)).toHaveLength(11);
    expect(markup.match(/aria-current/g)).toHaveLength(1);
  });

  it('show no numbers when counting would cost too much', () => {
    const { params } = parseTicketListParams({});
    const markup = renderToStaticMarkup(createElement(StatusTabs, { params, counts: { total: 50, capped: true, byStatus: null }, t, tl: t.ticketList, locale: 'ru' }));
    expect(markup).toContain('<a href="/tickets" aria-current="page" data-testid="tab-all">Все</a>');
    expect(markup).not.toContain('<span>');
  });
});
