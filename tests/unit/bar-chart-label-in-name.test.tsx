// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '@/app/(staff)/_dashboard/bar-chart';

afterEach(cleanup);

/** The words of a text, as axe-core's label-content-name-mismatch rule compares them. */
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');

describe('a bar chart link says what it shows (WCAG 2.5.3, the label in the name)', () => {
  const bars = [
    { label: 'Анна Смирнова', value: 12, valueText: '12', href: '/tickets?assignee=1' },
    { label: 'Александра Константинопольская (не работает)', value: 3, valueText: '3', href: '/tickets?assignee=2' },
  ];

  it('shows the start of its name, cut after a whole word, and keeps the figure outside the link', () => {
    render(<BarChart id="w" title="T" desc="D" bars={bars} tableHead={['Сотрудник', 'Заявок']} showTable="Таблица" />);
    const links = [...screen.getByTestId('w-chart').querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual(['Анна Смирнова: 12', 'Александра Константинопольская (не работает): 3']);
    expect(links.map((a) => a.textContent)).toEqual(['Анна Смирнова', 'Александра…']);
    for (const link of links) {
      const shown = words(link.textContent!);
      expect(words(link.getAttribute('aria-label')!).slice(0, shown.length)).toEqual(shown);
    }
    // The figure is drawn beside the bar, and clicks go through it to the link underneath.
    const figure = [...screen.getByTestId('w-chart').querySelectorAll('text')].find((t) => t.textContent === '12')!;
    expect(figure.closest('a')).toBeNull();
    expect(figure).toHaveClass('pointer-events-none');
  });
});
