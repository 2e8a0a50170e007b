import type { Locale } from '@/lib/domain/enums';
import { formatWarrantyEnd, warrantyEndDate } from '@/lib/documents/warranty';
import type { PricedLines } from '@/lib/estimates/lines';
import { formatMoney } from '@/lib/i18n/format';
import type { DocumentsMessages } from '@/lib/i18n/messages/features/documents';

type Props = {
  priced: PricedLines;
  currency: string;
  warrantyFrom: Date;
  timeZone: string;
  t: DocumentsMessages;
  locale: Locale;
  /** What an empty list says: nothing charged, or (refusal note) free diagnostics. */
  emptyText: string;
};

const NUM = 'px-[0.4em] py-[0.3em] text-right whitespace-nowrap tabular-nums';
const CELL = 'px-[0.4em] py-[0.3em]';

/**
 * The work and part lines with quantity, price, discount, amount and each line's warranty with its
 * end date; then the totals. The figures are the ticket page's, from the same server computation;
 * `data-minor` carries each amount's digits for checks.
 */
export function CertificateLines({ priced, currency, warrantyFrom, timeZone, t, locale, emptyText }: Props) {
  const l = t.lines;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const { lines, totals } = priced;
  if (lines.length === 0) {
    return (
      <p className="mt-[0.6em]" data-testid="certificate-no-lines">
        {emptyText}
      </p>
    );
  }
  return (
    <>
      <table className="mt-[0.6em] w-full border-collapse text-left text-[0.92em]" data-testid="certificate-lines">
        <thead className="border-y border-slate-900 text-[0.9em]">
          <tr>
            <th scope="col" className={CELL}>{l.index}</th>
            <th scope="col" className={CELL}>{l.name}</th>
            <th scope="col" className={NUM}>{l.quantity}</th>
            <th scope="col" className={NUM}>{l.unitPrice}</th>
            <th scope="col" className={NUM}>{l.discount}</th>
            <th scope="col" className={NUM}>{l.amount}</th>
            <th scope="col" className={CELL}>{l.warranty}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const end = warrantyEndDate(warrantyFrom, line.warrantyDays, timeZone);
            return (
              <tr key={line.id} className="break-inside-avoid border-b border-slate-300 align-top" data-testid="certificate-line">
                <td className={CELL}>{i + 1}</td>
                <td className={CELL}>
                  <span data-testid="certificate-line-name">{line.name}</span>
                  <span className="text-[0.85em] text-slate-600">
                    {' '}
                    ({l.kind[line.kind]}
                    {line.code ? `, ${line.code}` : ''})
                  </span>
                </td>
                <td className={NUM}>{line.quantity}</td>
                <td className={NUM}>{money(line.unitPriceMinor)}</td>
                <td className={NUM}>{line.discountMinor > 0 ? money(line.discountMinor) : t.none}</td>
                <td className={NUM} data-testid="certificate-line-total" data-minor={line.totalMinor}>
                  {money(line.totalMinor)}
                </td>
                <td className={CELL} data-testid="certificate-line-warranty" data-end={end ?? ''}>
                  {end ? (
                    <>
                      {l.warrantyDays(line.warrantyDays)}, <span className="whitespace-nowrap">{l.warrantyUntil(formatWarrantyEnd(end, locale))}</span>
                    </>
                  ) : (
                    l.noWarranty
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl className="mt-[0.5em] ml-auto grid w-[55%] grid-cols-[1fr_auto] gap-x-[1em] break-inside-avoid" data-testid="certificate-totals">
        {totals.discountMinor > 0 && (
          <>
            <dt>{l.subtotal}</dt>
            <dd className="text-right tabular-nums" data-testid="certificate-subtotal" data-minor={totals.subtotalMinor}>
              {money(totals.subtotalMinor)}
            </dd>
            <dt>{l.ticketDiscount}</dt>
            <dd className="text-right tabular-nums" data-testid="certificate-discount" data-minor={totals.discountMinor}>
              −{money(totals.discountMinor)}
            </dd>
          </>
        )}
        <dt className="font-semibold">{l.total}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="certificate-total" data-minor={totals.totalMinor}>
          {money(totals.totalMinor)}
        </dd>
      </dl>
    </>
  );
}
