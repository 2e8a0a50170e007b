// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PublicEstimate } from '@/app/status/_components/public-estimate';
import type { PublicEstimate as Estimate } from '@/db/queries/public-status';
import { messagesFor } from '@/lib/i18n/messages';
import { estimateParamsSchema, estimateView, type EstimateView } from '@/lib/status/estimate-view';

// The confirmation posts to the server action; here only its markup matters.
vi.mock('@/app/status/decision-actions', () => ({ decideEstimateAction: vi.fn() }));

afterEach(cleanup);

const TOKEN = 'tTPwPL6dGrflr2nnJrz1zlnk';

function estimate(patch: Partial<Estimate> = {}): Estimate {
  return {
    version: 2,
    lines: [
      { kind: 'part', name: 'Аккумулятор Lenovo L19M3PF3 оригинальный, повышенной ёмкости', quantity: 1, unitPriceMinor: 450_000, discountMinor: 50_000, totalMinor: 400_000, warrantyDays: 180 },
      { kind: 'work', name: 'Замена аккумулятора', quantity: 2, unitPriceMinor: 75_000, discountMinor: 0, totalMinor: 150_000, warrantyDays: 0 },
    ],
    discountMinor: 10_000,
    totalMinor: 540_000,
    currency: 'RUB',
    diagnosis: 'Аккумулятор изношен',
    state: 'pending',
    decidedAt: null,
    decidedVia: null,
    ...patch,
  };
}

const view = (status: Parameters<typeof estimateView>[0], e: Estimate | undefined, query: Record<string, unknown>) =>
  estimateView(status, e, estimateParamsSchema.parse(query)) as EstimateView;

function show(v: EstimateView, locale: 'ru' | 'en') {
  const m = messagesFor(locale);
  return render(<PublicEstimate view={v} token={TOKEN} t={m.publicStatus} e={m.estimates} locale={locale} timeZone="Europe/Moscow" />);
}

const text = (el: HTMLElement) => (el.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the estimate on the client’s page', () => {
  it('lists each line with its quantity, price, discount and warranty, the ticket’s discount and the total, in Russian', () => {
    show(view('awaiting_approval', estimate(), {}), 'ru');
    expect(screen.getByRole('heading', { name: 'Смета, версия 2' })).toBeInTheDocument();
    const lines = screen.getAllByTestId('public-estimate-line');
    expect(lines).toHaveLength(2);
    expect(text(lines[0])).toContain('1 × 4 500,00 ₽, скидка −500,00 ₽');
    expect(text(lines[0])).toContain('Гарантия: 180 дн.');
    expect(text(lines[0])).toContain('4 000,00 ₽');
    expect(text(lines[1])).toContain('Гарантия: нет');
    expect(text(screen.getByTestId('public-estimate-discount'))).toBe('−100,00 ₽');
    expect(text(screen.getByTestId('public-estimate-total'))).toBe('5 400,00 ₽');
    expect(screen.getByTestId('public-estimate-diagnosis')).toHaveTextContent('Аккумулятор изношен');
  });

  it('Approve and Decline are links to their confirmation, thumb-sized on a phone', () => {
    show(view('awaiting_approval', estimate(), {}), 'en');
    const approve = screen.getByRole('link', { name: 'Approve' });
    const decline = screen.getByRole('link', { name: 'Decline' });
    expect(approve).toHaveAttribute('href', `/status/${TOKEN}?decide=approve&v=2#estimate`);
    expect(decline).toHaveAttribute('href', `/status/${TOKEN}?decide=decline&v=2#estimate`);
    for (const link of [approve, decline]) expect(link.className).toMatch(/(^| )min-h-11!( |$)/);
    expect(screen.queryByTestId('estimate-confirm')).toBeNull();
  });

  it('the decline confirmation asks an optional reason and posts the version shown', () => {
    show(view('awaiting_approval', estimate(), { decide: 'decline', v: '2' }), 'en');
    const box = screen.getByTestId('estimate-confirm');
    expect(text(box)).toContain('Decline the estimate, version 2, total RUB 5,400.00?');
    const reason = within(box).getByLabelText('Why are you declining? (optional)');
    expect(reason).not.toBeRequired();
    expect(box.querySelector('input[name=version]')).toHaveValue('2');
    expect(box.querySelector('input[name=decision]')).toHaveValue('declined');
    expect(within(box).getByRole('button', { name: 'Yes, decline' })).toHaveAttribute('type', 'submit');
    expect(within(box).getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', `/status/${TOKEN}#estimate`);
  });

  it('a link to an older version offers no confirmation and points to the current one', () => {
    show(view('awaiting_approval', estimate(), { decide: 'approve', v: '1' }), 'ru');
    expect(screen.getByTestId('public-estimate-stale')).toHaveTextContent('Версия 1 сметы отозвана и заменена версией 2');
    expect(screen.queryByTestId('estimate-confirm')).toBeNull();
    expect(screen.getByRole('link', { name: 'Согласовать' })).toBeInTheDocument();
  });

  it('after the decision: the summary with version, total and date, the lines folded away, no actions', () => {
    const decided = estimate({ state: 'approved', decidedAt: new Date('2026-03-02T09:30:00Z'), decidedVia: 'status_page' });
    show(view('in_progress', decided, { result: 'approved' }), 'ru');
    expect(screen.getByTestId('public-estimate-result')).toHaveTextContent('Спасибо! Смета согласована: начинаем ремонт.');
    const summary = screen.getByTestId('public-estimate-decision');
    expect(text(summary)).toContain('Вы согласовали смету');
    expect(text(summary)).toContain('Версия 2, итого 5 400,00 ₽');
    expect(text(summary)).toContain('2 мар');
    expect(screen.queryByRole('link', { name: 'Согласовать' })).toBeNull();
  });
});

describe('what the address asks of the estimate', () => {
  it('ignores anything it does not understand', () => {
    expect(estimateParamsSchema.parse({ decide: 'nope', v: '0', result: 'hacked' })).toEqual({ decide: undefined, v: undefined, result: undefined });
    expect(estimateParamsSchema.parse({ decide: ['decline', 'approve'], v: ['3', 'x'] })).toMatchObject({ decide: 'decline', v: 3 });
    expect(estimateParamsSchema.parse(null)).toEqual({ decide: undefined, v: undefined, result: undefined });
  });

  it('shows nothing for a ticket that never had an estimate, and no actions when it is not awaiting the client', () => {
    expect(estimateView('diagnostics', undefined, estimateParamsSchema.parse({ decide: 'approve', v: '1' }))).toBeNull();
    expect(estimateView('diagnostics', estimate({ state: 'withdrawn' }), estimateParamsSchema.parse({}))).toBeNull();
    expect(estimateView('diagnostics', estimate({ state: 'withdrawn' }), estimateParamsSchema.parse({ decide: 'approve', v: '2' }))).toMatchObject({
      open: false,
      confirm: null,
      stale: { shown: 2, current: null },
    });
  });
});
