import Link from 'next/link';
import { Table, TBody, TD, TH, THead, TR, cn } from '@/components/ui';
import type { CashPaymentRow } from '@/db/queries/cash-report';
import type { Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import { signedAmount } from '@/lib/payments/cash-report';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { formatIsoLocal } from '@/lib/time/format';

type Props = { rows: CashPaymentRow[]; oneDay: boolean; timeZone: string; t: Messages['cashReport']; words: Pick<Messages['payments'], 'kinds' | 'methods'>; locale: Locale };

/** The payments themselves, in the order they were taken; a refund shows negative, with its reason. */
export function PaymentList({ rows, oneDay, timeZone, t, words, locale }: Props) {
  const c = t.columns;
  return (
    <Table label={t.list} cards>
      <THead>
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
      </THead>
      <TBody>
        {rows.map((r) => {
          const when = formatIsoLocal(r.createdAt, timeZone);
          const amount = signedAmount(r.kind, r.amountMinor);
          return (
            <TR key={r.id} data-testid="cash-payment" data-kind={r.kind}>
              <TD label={c.time} className="whitespace-nowrap tabular-nums">
                <time dateTime={r.createdAt.toISOString()}>{oneDay ? when.slice(11) : when}</time>
              </TD>
              <TD label={c.ticket} className="whitespace-nowrap">
                <Link href={ticketHref(r.ticketId)} className="text-primary-700 hover:underline">
                  {formatTicketNumber(r.ticketId)}
                </Link>
              </TD>
              <TD label={c.client}>{r.clientName ?? t.deletedClient}</TD>
              <TD label={c.kind}>{words.kinds[r.kind]}</TD>
              <TD label={c.method}>{words.methods[r.method]}</TD>
              <TD label={c.amount} className={cn('text-right whitespace-nowrap tabular-nums', amount < 0 && 'text-red-700')}>
                {formatMoney(amount, r.currency, locale)}
              </TD>
              <TD label={c.takenBy}>{r.takenByName}</TD>
              <TD label={c.reason} className="text-slate-600">
                {r.reason ?? ''}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
