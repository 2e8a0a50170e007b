import type { TicketPayment } from '@/db/queries/certificate';
import type { Locale } from '@/lib/domain/enums';
import { formatDate, formatMoney } from '@/lib/i18n/format';
import type { DocumentsMessages } from '@/lib/i18n/messages/features/documents';

type Props = {
  payments: TicketPayment[];
  paidMinor: number;
  balanceMinor: number;
  overpaidMinor: number;
  currency: string;
  timeZone: string;
  t: DocumentsMessages;
  locale: Locale;
};

/** Each prepayment, payment and refund on the ticket, what was paid in all, and the balance due. */
export function CertificatePayments({ payments, paidMinor, balanceMinor, overpaidMinor, currency, timeZone, t, locale }: Props) {
  const p = t.payments;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  return (
    <section className="mt-[0.9em] break-inside-avoid" data-testid="certificate-payments">
      <h2 className="font-semibold">{p.title}</h2>
      {payments.length === 0 ? (
        <p className="text-slate-700">{p.none}</p>
      ) : (
        <ul className="mt-[0.2em]">
          {payments.map((row) => (
            <li key={row.id} className="flex justify-between gap-[1em] border-b border-slate-200 py-[0.15em]" data-testid="certificate-payment">
              <span>
                {p.kind[row.kind]}, {p.method[row.method]}, {formatDate(row.createdAt, locale, timeZone)}
              </span>
              <span className="tabular-nums">{row.kind === 'refund' ? `−${money(row.amountMinor)}` : money(row.amountMinor)}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="mt-[0.4em] ml-auto grid w-[55%] grid-cols-[1fr_auto] gap-x-[1em]">
        <dt>{p.paid}</dt>
        <dd className="text-right tabular-nums" data-testid="certificate-paid" data-minor={paidMinor}>
          {money(paidMinor)}
        </dd>
        <dt className="font-semibold">{overpaidMinor > 0 ? p.overpaid : p.balance}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="certificate-balance" data-minor={overpaidMinor > 0 ? -overpaidMinor : balanceMinor}>
          {overpaidMinor > 0 ? money(overpaidMinor) : balanceMinor > 0 ? money(balanceMinor) : `${money(0)} · ${p.settled}`}
        </dd>
      </dl>
    </section>
  );
}
