import { HtmlTable, TH } from '@/components/ui';
import { html } from '@/components/ui/html';
import type { CashPaymentRow } from '@/db/queries/cash-report';
import type { Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import { signedAmount } from '@/lib/payments/cash-report';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { formatIsoLocal } from '@/lib/time/format';

type Props = { rows: CashPaymentRow[]; oneDay: boolean; timeZone: string; t: Messages['cashReport']; words: Pick<Messages['payments'], 'kinds' | 'methods'>; locale: Locale };

/** The payments themselves, in the order they were taken; a refund shows negative, with its reason. One HTML string (HtmlTable). */
export function PaymentList({ rows, oneDay, timeZone, t, words, locale }: Props) {
  const c = t.columns;
  return (
    <HtmlTable
      label={t.list}
      labels={[c.time, c.ticket, c.client, c.kind, c.method, c.amount, c.takenBy, c.reason]}
      head={
        <tr>
          <TH>{c.time}</TH>
          <TH>{c.ticket}</TH>
          <TH>{c.client}</TH>
          <TH>{c.kind}</TH>
          <TH>{c.method}</TH>
          <TH className="text-right">{c.amount}</TH>
          <TH>{c.takenBy}</TH>
          <TH>{c.reason}</TH>
        </tr>
      }
      rows={rows.map((r) => {
        const when = formatIsoLocal(r.createdAt, timeZone);
        const amount = signedAmount(r.kind, r.amountMinor);
        return html`<tr data-testid="cash-payment" data-kind="${r.kind}"><td class="nw"><time datetime="${r.createdAt.toISOString()}">${oneDay ? when.slice(11) : when}</time></td><td class="nw"><a href="${ticketHref(r.ticketId)}">${formatTicketNumber(r.ticketId)}</a></td><td>${r.clientName ?? t.deletedClient}</td><td>${words.kinds[r.kind]}</td><td>${words.methods[r.method]}</td><td class="${amount < 0 ? 'r neg' : 'r'}">${formatMoney(amount, r.currency, locale)}</td><td>${r.takenByName}</td><td class="muted">${r.reason ?? ''}</td></tr>`;
      })}
    />
  );
}
