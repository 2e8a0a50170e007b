import { HtmlTable, TH, type HtmlRow } from '@/components/ui';
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
      rowTestId="cash-payment"
      columnClasses={['nw', 'nw', null, null, null, 'r', null, 'muted']}
      rows={rows.map((r): HtmlRow => {
        const when = formatIsoLocal(r.createdAt, timeZone);
        const amount = signedAmount(r.kind, r.amountMinor);
        const money = formatMoney(amount, r.currency, locale);
        return {
          kind: r.kind,
          cells: [
            { text: oneDay ? when.slice(11) : when, datetime: r.createdAt.toISOString() },
            { text: formatTicketNumber(r.ticketId), href: ticketHref(r.ticketId) },
            r.clientName ?? t.deletedClient,
            words.kinds[r.kind],
            words.methods[r.method],
            amount < 0 ? { text: money, className: 'r neg' } : money,
            r.takenByName,
            r.reason ?? '',
          ],
        };
      })}
    />
  );
}
