// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Payment } from '@/db/queries/payments';
import { paymentsEn, paymentsRu } from '@/lib/i18n/messages/features/payments';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));
vi.mock('@/app/(staff)/tickets/payment-actions', () => {
  const idle = vi.fn(async () => ({ ok: true }));
  return { takePaymentAction: idle, refundPaymentAction: idle };
});

const { PaymentsCard } = await import('@/app/(staff)/tickets/[number]/_components/payments-card');

afterEach(cleanup);

const at = new Date('2026-03-02T12:30:00Z');
const row = (over: Partial<Payment>): Payment =>
  ({ id: 1, ticketId: 42, kind: 'payment', method: 'cash', amountMinor: 0, currency: 'RUB', reason: null, takenById: 1, takenByName: 'Anna Petrova', createdAt: at, ...over }) as Payment;

const PAYMENTS = [
  row({ id: 1, kind: 'prepayment', method: 'card', amountMinor: 50_000 }),
  row({ id: 2, kind: 'refund', method: 'cash', amountMinor: 10_000, reason: 'Part not needed', takenByName: 'Boris Manager' }),
];

function renderCard(opts: { estimateMinor?: number | null; paidMinor?: number; payments?: Payment[]; refund?: boolean; locale?: 'en' | 'ru'; open?: 'new-payment' | 'refund' } = {}) {
  const locale = opts.locale ?? 'en';
  render(
    <PaymentsCard
      ticket={{ id: 42, status: 'in_progress', currency: 'RUB', estimateMinor: opts.estimateMinor === undefined ? 150_050 : opts.estimateMinor, paidMinor: opts.paidMinor ?? 40_000 }}
      payments={opts.payments ?? PAYMENTS}
      may={{ take: true, refund: opts.refund ?? false }}
      p={locale === 'en' ? paymentsEn : paymentsRu}
      locale={locale}
      timeZone="Europe/Moscow"
      regions={{ open: opts.open, pageHref: '/tickets/SC-000042' }}
    />,
  );
}

/** Presses a form's button, as the desk does before taking a payment or giving money back. */
const open = (testId: string) => fireEvent.click(screen.getByTestId(testId));

const text = (id: string) => screen.getByTestId(id).textContent?.replace(/\s/g, ' ');

describe('the payments card', () => {
  it('shows the total, what was paid and the balance due, and starts the payment form from the balance', () => {
    renderCard();
    expect(text('payments-total')).toBe('RUB 1,500.50');
    expect(text('payments-paid')).toBe('RUB 400.00');
    expect(text('payments-balance')).toBe('RUB 1,100.50');
    open('payment-open');
    expect(screen.getByTestId('take-amount')).toHaveValue('1100.50');
    expect(screen.getByTestId('payment-kind')).toHaveValue('prepayment');
  });

  it('lists each payment with its kind, method, amount, who took it and the reason of a refund', () => {
    renderCard();
    const rows = screen.getAllByTestId('payment-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Prepayment')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Card')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Anna Petrova')).toBeInTheDocument();
    expect(within(rows[1]).getByTestId('payment-amount').textContent).toContain('−');
    expect(within(rows[1]).getByTestId('payment-reason')).toHaveTextContent('Reason: Part not needed');
  });

  it('writes a reason or a name as text, never as markup, in the rows built as one string', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    renderCard({ payments: [row({ id: 3, kind: 'refund', amountMinor: 100, reason: hostile, takenByName: hostile })] });
    const [refund] = screen.getAllByTestId('payment-row');
    expect(refund.querySelector('img')).toBeNull();
    expect(within(refund).getByTestId('payment-reason')).toHaveTextContent(`Reason: ${hostile}`);
    expect(refund).toHaveTextContent(`${hostile}`);
  });

  it('shows an overpayment as such, never as a negative amount due', () => {
    renderCard({ estimateMinor: 100_000, paidMinor: 120_000 });
    expect(screen.queryByTestId('payments-balance')).not.toBeInTheDocument();
    expect(text('payments-overpaid')).toBe('RUB 200.00');
    open('payment-open');
    expect(screen.getByTestId('take-amount')).toHaveValue('');
  });

  it('offers the refund form only to those who may give money back, and only once something was paid', () => {
    renderCard({ refund: false });
    expect(screen.queryByTestId('refund-form')).not.toBeInTheDocument();
    cleanup();
    renderCard({ refund: true, paidMinor: 0, payments: [] });
    expect(screen.queryByTestId('refund-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('payments-empty')).toBeInTheDocument();
    cleanup();
    renderCard({ refund: true });
    expect(screen.queryByTestId('refund-form')).not.toBeInTheDocument();
    open('refund-open');
    expect(screen.getByTestId('refund-form')).toBeInTheDocument();
    expect(screen.getByTestId('refund-reason')).toBeRequired();
  });

  it('renders neither form until asked, opens one in place with the focus in it, and closes it again', () => {
    renderCard({ refund: true });
    expect(screen.queryByTestId('payment-form')).not.toBeInTheDocument();
    const toggle = screen.getByTestId('payment-open');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    open('payment-open');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('payment-form')).toBeInTheDocument();
    expect(screen.getByTestId('payment-kind')).toHaveFocus();
    expect(screen.queryByTestId('refund-form')).not.toBeInTheDocument();
    open('payment-open');
    expect(screen.queryByTestId('payment-form')).not.toBeInTheDocument();
  });

  it('renders the form the address asks for open (the way without JavaScript)', () => {
    renderCard({ refund: true, open: 'refund' });
    expect(screen.getByTestId('refund-form')).toBeInTheDocument();
    expect(screen.queryByTestId('payment-form')).not.toBeInTheDocument();
  });

  it('speaks Russian', () => {
    renderCard({ locale: 'ru' });
    expect(screen.getByText('К оплате')).toBeInTheDocument();
    expect(screen.getByText('История оплат')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Принять оплату' })).toBeInTheDocument();
  });
});

describe('a payment on the timeline', async () => {
  const { paymentEventText } = await import('@/lib/payments/timeline-text');
  it('says the kind, amount and method, and a refund its reason', () => {
    const details = { kind: 'prepayment', method: 'card', amountMinor: 150_050, currency: 'RUB', reason: null };
    expect(paymentEventText({ kind: 'payment', details }, paymentsEn, 'en')?.replace(/\s/g, ' ')).toBe('Prepayment: RUB 1,500.50 (Card)');
    const refund = { kind: 'refund', method: 'cash', amountMinor: 100, currency: 'RUB', reason: 'Mistake' };
    expect(paymentEventText({ kind: 'payment', details: refund }, paymentsRu, 'ru')).toMatch(/^Возврат: 1,00\s₽ \(Наличные\)\. Причина: Mistake$/);
    expect(paymentEventText({ kind: 'comment', details: null }, paymentsEn, 'en')).toBeNull();
  });
});
