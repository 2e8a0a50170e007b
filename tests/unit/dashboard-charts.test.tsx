// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '@/app/(staff)/_dashboard/bar-chart';
import { LineChart } from '@/app/(staff)/_dashboard/line-chart';
import { StatusCounts } from '@/app/(staff)/_dashboard/team-counts';
import { messagesFor } from '@/lib/i18n/messages';
import { dashboardRu } from '@/lib/i18n/messages/features/dashboard';
import { textWidth } from '@/lib/dashboard/chart';

afterEach(cleanup);

describe('the bar chart', () => {
  const bars = [
    { label: 'Анна Смирнова', value: 12, valueText: '12', href: '/tickets?assignee=5&status=open' },
    { label: 'Игорь Петров', value: 0, valueText: '0', href: '/tickets?assignee=9&status=open' },
  ];

  it('is an SVG with a title and a description, each bar a link to the employee’s open tickets', () => {
    render(
      <BarChart
        id="workload"
        title="Открытые заявки"
        desc="2 сотрудника"
        bars={bars}
        tableHead={['Сотрудник', 'Заявок']}
        showTable="Таблица"
      />,
    );
    const svg = screen.getByTestId('workload-chart');
    expect(svg).toHaveAccessibleName('Открытые заявки');
    expect(svg).toHaveAccessibleDescription('2 сотрудника');
    const links = svg.querySelectorAll('a');
    expect([...links].map((a) => a.getAttribute('href'))).toEqual([
      '/tickets?assignee=5&status=open',
      '/tickets?assignee=9&status=open',
    ]);
    expect(links[0]).toHaveAttribute('aria-label', 'Анна Смирнова: 12');
  });

  it('repeats its figures as a table, the text alternative', () => {
    render(<BarChart id="w" title="T" desc="D" bars={bars} tableHead={['Сотрудник', 'Заявок']} showTable="Таблица" />);
    const table = within(screen.getByTestId('w-table')).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['СотрудникЗаявок', 'Анна Смирнова12', 'Игорь Петров0']);
    expect(within(table).getByRole('link', { name: 'Анна Смирнова' })).toHaveAttribute('href', '/tickets?assignee=5&status=open');
  });

  it('without links it is an image, and with nothing to draw it says so', () => {
    const { rerender } = render(
      <BarChart
        id="r"
        title="T"
        desc="D"
        bars={[{ label: 'Ремонт', value: 3, valueText: '3 ч' }]}
        tableHead={['a', 'b']}
        showTable="x"
      />,
    );
    expect(screen.getByTestId('r-chart')).toHaveAttribute('role', 'img');
    rerender(<BarChart id="r" title="T" desc="D" bars={[]} tableHead={['a', 'b']} showTable="x" empty="Нет данных" />);
    expect(screen.queryByTestId('r-chart')).toBeNull();
    expect(screen.getByText('Нет данных')).toBeInTheDocument();
  });
});

describe('the line chart', () => {
  it('draws a line per series and lists every day in its table', () => {
    const days = ['1 мар.', '2 мар.', '3 мар.'];
    render(
      <LineChart
        id="trend"
        title="Создано и закрыто"
        desc="Итого"
        dayLabels={days}
        dayHead="День"
        series={[
          { key: 'created', label: 'Создано', values: [1, 4, 2], className: 'stroke-primary-600' },
          { key: 'closed', label: 'Закрыто', values: [0, 2, 3], className: 'stroke-success-600', dash: '6 4' },
        ]}
        formatNumber={String}
        showTable="Таблица"
      />,
    );
    const svg = screen.getByTestId('trend-chart');
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg).toHaveAccessibleName('Создано и закрыто');
    expect(svg.querySelectorAll('polyline')).toHaveLength(2);
    const rows = within(screen.getByTestId('trend-table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['ДеньСозданоЗакрыто', '1 мар.10', '2 мар.42', '3 мар.23']);
  });
});

// SVG text neither wraps nor pushes its neighbours: a label wider than the room left for it is cut
// at the drawing's edge ("19 537 09", "0 млн" for "30 млн" on the manager's dashboard).
describe('the charts keep their labels inside the drawing', () => {
  const viewBoxWidth = (svg: Element) => Number(svg.getAttribute('viewBox')?.split(' ')[2]);

  it('a bar chart widens itself for the longest value written after its bar', () => {
    const value = '19 537 090,00 ₽';
    render(<BarChart id="m" title="T" desc="D" bars={[{ label: 'Ремонт ноутбуков и ПК', value: 19_537_090, valueText: value }, { label: 'Мобильные', value: 5, valueText: '5,00 ₽' }]} tableHead={['a', 'b']} showTable="x" />);
    const svg = screen.getByTestId('m-chart');
    const text = [...svg.querySelectorAll('text')].find((t) => t.textContent === value)!;
    expect(Number(text.getAttribute('x')) + textWidth(value, 12)).toBeLessThanOrEqual(viewBoxWidth(svg));
  });

  it('a line chart leaves room on the left for its longest axis label', () => {
    const days = ['1 мар.', '2 мар.', '3 мар.'];
    const label = (n: number) => `${n / 1_000_000} млн ₽`;
    render(
      <LineChart id="r" title="T" desc="D" dayLabels={days} dayHead="День" series={[{ key: 'a', label: 'A', values: [1_000_000, 28_000_000, 3_000_000], className: 'x' }]} formatNumber={String} formatTick={label} showTable="x" />,
    );
    const axis = [...screen.getByTestId('r-chart').querySelectorAll('text[text-anchor="end"]')].filter((t) => t.textContent?.includes('млн'));
    expect(axis.length).toBeGreaterThan(2);
    for (const t of axis) expect(Number(t.getAttribute('x')) - textWidth(t.textContent ?? '', 11)).toBeGreaterThanOrEqual(0);
    // The plot, where the series are drawn, starts after the labels.
    const plot = screen.getByTestId('r-chart').querySelector('g[transform]')?.getAttribute('transform') ?? '';
    expect(Number(/^translate\((\d+) /.exec(plot)?.[1])).toBeGreaterThan(40);
  });
});

describe('the status counts', () => {
  it('link each count to the matching filtered list', () => {
    const byStatus = { new: 4, diagnostics: 1, awaiting_approval: 0, in_progress: 7, awaiting_parts: 2, ready: 3 };
    render(<StatusCounts byStatus={byStatus} unassigned={5} overdue={2} t={messagesFor('ru')} d={dashboardRu} locale="ru" />);
    expect(screen.getByTestId('count-new')).toHaveAttribute('href', '/tickets?status=new');
    expect(screen.getByTestId('count-new')).toHaveTextContent('4Новая');
    expect(screen.getByTestId('count-open')).toHaveAttribute('href', '/tickets?status=open');
    expect(screen.getByTestId('count-open')).toHaveTextContent('17');
    expect(screen.getByTestId('count-unassigned')).toHaveAttribute('href', '/tickets?assignee=none&status=open');
    expect(screen.getByTestId('count-overdue')).toHaveAttribute('href', '/tickets?overdue=1');
  });
});
