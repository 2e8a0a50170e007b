// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '@/app/(staff)/_dashboard/bar-chart';
import { MyTickets, WaitingTickets } from '@/app/(staff)/_dashboard/personal-section';
import { OverdueList } from '@/app/(staff)/_dashboard/team-counts';
import { EstimateFigures } from '@/app/(staff)/_dashboard/estimate-figures';
import { messagesFor } from '@/lib/i18n/messages';
import { dashboardEn, dashboardRu } from '@/lib/i18n/messages/features/dashboard';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)> & "quoted"';
const en = messagesFor('en');
const ru = messagesFor('ru');

// These cards reach the browser as one HTML string each (docs/decisions/0005): what staff or
// clients typed must stay text, and the links, labels and flags must be those the React markup had.
describe('the dashboard cards built as markup', () => {
  it('the overdue list links each ticket and its assignee, says how late it is, and keeps a typed title as text', () => {
    render(
      <OverdueList
        count={12}
        rows={[
          { id: 7, title: HOSTILE, status: 'in_progress', dueDate: '2026-03-01', assigneeId: 5, assigneeName: HOSTILE },
          { id: 8, title: 'Screen', status: 'new', dueDate: '2026-03-03', assigneeId: null, assigneeName: null },
        ]}
        today="2026-03-04"
        t={en}
        d={dashboardEn}
        locale="en"
      />,
    );
    const card = screen.getByTestId('overdue-list');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(dashboardEn.team.overdue);
    expect(within(card).getByRole('link', { name: dashboardEn.team.overdueAll(12) })).toHaveAttribute('href', '/tickets?overdue=1');
    const items = within(card).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(HOSTILE);
    expect(within(items[0]).getByRole('link', { name: 'SC-000007' })).toHaveAttribute('href', '/tickets/SC-000007');
    expect(within(items[0]).getByRole('link', { name: HOSTILE })).toHaveAttribute('href', '/employees/5');
    expect(within(items[0]).getByRole('link', { name: en.statuses.in_progress })).toHaveAttribute('href', '/tickets?status=in_progress');
    expect(items[0]).toHaveTextContent(dashboardEn.team.daysLate(3));
    expect(items[1]).toHaveTextContent(en.ticketTable.unassigned);
    expect(document.querySelector('img')).toBeNull();
  });

  it('my tickets: a table whose rows become cards with named cells, the overdue ones flagged, and how many are not shown', () => {
    const row = { id: 3, title: HOSTILE, status: 'new' as const, priority: 'normal' as const, createdAt: new Date(), clientId: 11, clientName: HOSTILE };
    render(
      <MyTickets
        open={{ rows: [{ ...row, dueDate: '2026-03-01', overdue: true }, { ...row, id: 4, dueDate: null, overdue: false }], total: 14, overdue: 1 }}
        t={ru}
        d={dashboardRu}
        locale="ru"
      />,
    );
    const card = screen.getByTestId('my-tickets');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(dashboardRu.mine.title);
    expect(within(card).getByRole('link', { name: dashboardRu.mine.all(14) })).toHaveAttribute('href', '/tickets?assignee=me&status=open');
    const table = within(card).getByRole('region', { name: dashboardRu.mine.title });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveAttribute('data-overdue', 'true');
    expect(rows[2]).not.toHaveAttribute('data-overdue');
    expect(within(rows[1]).getByRole('link', { name: HOSTILE })).toHaveAttribute('href', '/clients/11');
    expect(within(rows[1]).getByText(dashboardRu.mine.overdue)).toHaveClass('badge-danger');
    expect(rows[2]).toHaveTextContent(ru.common.none);
    expect(rows[1].querySelector('[data-label]')?.getAttribute('data-label')).toBe(ru.ticketTable.client);
    expect(card).toHaveTextContent(dashboardRu.shown(2, 14));
    expect(document.querySelector('img')).toBeNull();
  });

  it('an empty personal list says so instead of a table', () => {
    render(<WaitingTickets waiting={{ rows: [], total: 0 }} now={new Date()} timeZone="Europe/Moscow" t={en} d={dashboardEn} locale="en" />);
    const card = screen.getByTestId('waiting-tickets');
    expect(card).toHaveTextContent(dashboardEn.waiting.empty);
    expect(within(card).queryByRole('table')).toBeNull();
    expect(within(card).queryByRole('link')).toBeNull();
  });

  it('a chart card keeps a typed department name as text in its drawing and its table', () => {
    render(<BarChart id="d" title="Departments" desc="D" bars={[{ label: HOSTILE, value: 2, valueText: '2', href: '/tickets?department=1' }]} tableHead={['Department', 'Tickets']} showTable="As a table" />);
    const card = screen.getByTestId('d');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Departments');
    expect(within(screen.getByTestId('d-table')).getByRole('link', { name: HOSTILE })).toHaveAttribute('href', '/tickets?department=1');
    expect(screen.getByTestId('d-chart').querySelector('a')).toHaveAttribute('aria-label', `${HOSTILE}: 2`);
    expect(document.querySelector('img')).toBeNull();
  });

  it('the estimate tiles link the total awaiting a decision to its list', () => {
    render(<EstimateFigures approvals={[]} awaiting={[]} d={dashboardEn} locale="en" />);
    expect(screen.getByTestId('awaiting-decision')).toHaveAttribute('href', '/tickets?status=awaiting_approval');
    expect(screen.getByTestId('approval-rate')).toHaveTextContent(dashboardEn.estimates.noDecisions);
    expect(screen.getByRole('heading', { name: dashboardEn.estimates.title })).toBeInTheDocument();
  });
});
