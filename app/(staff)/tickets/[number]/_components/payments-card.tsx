import { Card, CardContent, CardHeader, CardTitle, Disclosure } from '@/components/ui';
import { RefreshCw, Wallet } from '@/components/ui/icons';
import { html, innerHtml } from '@/components/ui/html';
import type { Payment } from '@/db/queries/payments';
import type { Ticket } from '@/db/queries/tickets';
import type { Locale } from '@/lib/domain/enums';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import type { PaymentsMessages } from '@/lib/i18n/messages/features/payments';
import { minorToInput } from '@/lib/money';
import { PaymentForm } from './payment-form';
import { PaymentRows, type PaymentRow } from './payment-rows';
import { regionProps, type Regions } from './regions';

type Props = {
  ticket: Pick<Ticket, 'id' | 'status' | 'currency' | 'estimateMinor' | 'paidMinor'>;
  payments: Payment[];
  /** Anyone at the desk takes a payment; managers and admins also give money back. */
  may: { take: boolean; refund: boolean };
  p: PaymentsMessages;
  locale: Locale;
  timeZone: string;
  regions: Regions;
};

const NUM = 'text-right tabular-nums';

/**
 * The ticket's money: the total (of its lines), what was paid and what is left to pay, each in
 * minor units computed on the server; the payments one by one; and the forms to take a payment
 * (starting from the balance due) and, for managers, to give money back, each behind its button
 * (docs/decisions/0006-forms-on-request.md).
 */
export function PaymentsCard({ ticket, payments, may, p, locale, timeZone, regions }: Props) {
  const money = (minor: number) => formatMoney(minor, ticket.currency, locale);
  const total = ticket.estimateMinor ?? 0;
  const balance = total - ticket.paidMinor;
  const s = p.summary;
  const h = p.history;
  const balanceRow =
    balance < 0
      ? html`<dt class="font-semibold text-warning-800">${s.overpaid}</dt><dd class="${NUM} font-semibold text-warning-800" data-testid="payments-overpaid">${money(-balance)}</dd>`
      : html`<dt class="font-semibold text-slate-900">${s.balanceDue}</dt><dd class="${NUM} font-semibold" data-testid="payments-balance">${money(balance)}</dd>`;
  const row = (payment: Payment): PaymentRow => ({
    kind: payment.kind,
    at: payment.createdAt.toISOString(),
    when: formatDateTime(payment.createdAt, locale, timeZone),
    kindLabel: p.kinds[payment.kind],
    reason: payment.reason ? `${h.reason}: ${payment.reason}` : null,
    method: p.methods[payment.method],
    amount: `${payment.kind === 'refund' ? '−' : ''}${formatMoney(payment.amountMinor, payment.currency, locale)}`,
    who: payment.takenByName,
  });
  const summary = html`<dl class="grid max-w-sm grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm" data-testid="payments-summary"><dt class="text-slate-600">${s.total}</dt><dd class="${NUM}" data-testid="payments-total">${ticket.estimateMinor === null ? '—' : money(total)}</dd><dt class="text-slate-600">${s.paid}</dt><dd class="${NUM}" data-testid="payments-paid">${money(ticket.paidMinor)}</dd>${balanceRow}</dl>${
    ticket.estimateMinor === null && html`<p class="text-sm text-slate-600">${s.noTotal}</p>`
  }`;
  return (
    <Card data-testid="payments-card">
      <CardHeader>
        <CardTitle id="payments-title">{p.title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <div className="space-y-4" dangerouslySetInnerHTML={innerHtml(summary)} />
        {/* The rows are built from their data on both sides (payment-rows.tsx): the payload carries a table's data, never its rows' HTML a second time. */}
        <section aria-labelledby="payments-history-title" className="space-y-2">
          <h3 id="payments-history-title" className="text-sm font-semibold text-slate-900">
            {h.title}
          </h3>
          {payments.length === 0 ? (
            <p className="text-sm text-slate-600" data-testid="payments-empty">
              {h.empty}
            </p>
          ) : (
            <div className="overflow-x-auto" role="region" aria-labelledby="payments-history-title" tabIndex={0}>
              <table className="payments-table" data-testid="payments-table">
                <PaymentRows rows={payments.map(row)} locale={locale} />
              </table>
            </div>
          )}
        </section>

        {/* Keyed by what was paid: after a payment the form starts again from the new balance. */}
        {(may.take || (may.refund && ticket.paidMinor > 0)) && (
          <div className="flex flex-wrap gap-2">
            {may.take && (
              <Disclosure {...regionProps(regions, 'new-payment')} label={p.form.takeTitle} icon={Wallet.symbol.id} testId="payment-open">
                <PaymentForm
                  key={`take-${ticket.paidMinor}-${total}`}
                  ticketId={ticket.id}
                  mode="take"
                  defaultAmount={balance > 0 ? minorToInput(balance) : ''}
                  defaultKind={ticket.status === 'ready' || ticket.status === 'closed' ? 'payment' : 'prepayment'}
                  locale={locale}
                />
              </Disclosure>
            )}
            {may.refund && ticket.paidMinor > 0 && (
              <Disclosure {...regionProps(regions, 'refund')} label={p.form.refundTitle} icon={RefreshCw.symbol.id} testId="refund-open">
                <PaymentForm key={`refund-${ticket.paidMinor}`} ticketId={ticket.id} mode="refund" defaultAmount="" locale={locale} />
              </Disclosure>
            )}
          </div>
        )}
        {may.take && <p className="text-xs text-slate-500">{p.form.fiscalNote}</p>}
      </CardContent>
    </Card>
  );
}
