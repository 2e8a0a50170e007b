import type { PublicEstimate } from '@/db/queries/public-status';
import type { Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { EstimatesMessages } from '@/lib/i18n/messages/features/estimates';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';

type Props = { estimate: PublicEstimate; t: PublicStatusMessages; e: EstimatesMessages; locale: Locale };

/**
 * The estimate's lines as a list rather than a table, so a long name wraps on a 390 px phone
 * instead of pushing the amounts off the screen: name and amount on one row, quantity × price,
 * discount and warranty under the name. Amounts were computed when the version was frozen.
 */
export function EstimateLines({ estimate, t, e, locale }: Props) {
  const money = (minor: number) => formatMoney(minor, estimate.currency, locale);
  const subtotal = estimate.lines.reduce((sum, line) => sum + line.totalMinor, 0);
  return (
    <div className="text-sm">
      <h3 className="sr-only">{t.estimate.lines}</h3>
      <ul className="divide-y divide-slate-100 border-y border-slate-100" data-testid="public-estimate-lines">
        {estimate.lines.map((line, i) => (
          <li key={i} className="flex items-start justify-between gap-3 py-2.5" data-testid="public-estimate-line">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">{line.name}</p>
              <p className="text-slate-600">
                <span data-testid="public-estimate-qty">{t.estimate.qtyPrice(line.quantity, money(line.unitPriceMinor))}</span>
                {line.discountMinor > 0 && <span>, {t.estimate.lineDiscount(money(line.discountMinor))}</span>}
              </p>
              <p className="text-slate-600" data-testid="public-estimate-warranty">
                {t.estimate.warranty(e.warrantyDays(line.warrantyDays))}
              </p>
            </div>
            <p className="shrink-0 text-right font-medium whitespace-nowrap tabular-nums">{money(line.totalMinor)}</p>
          </li>
        ))}
      </ul>
      <dl className="mt-2 grid gap-1">
        {estimate.discountMinor > 0 && (
          <>
            <div className="flex justify-between gap-3 text-slate-600">
              <dt>{e.fields.subtotal}</dt>
              <dd className="whitespace-nowrap tabular-nums">{money(subtotal)}</dd>
            </div>
            <div className="flex justify-between gap-3 text-slate-600">
              <dt>{e.fields.ticketDiscount}</dt>
              <dd className="whitespace-nowrap tabular-nums" data-testid="public-estimate-discount">
                −{money(estimate.discountMinor)}
              </dd>
            </div>
          </>
        )}
        <div className="flex justify-between gap-3 text-base font-semibold">
          <dt>{e.fields.total}</dt>
          <dd className="whitespace-nowrap tabular-nums" data-testid="public-estimate-total">
            {money(estimate.totalMinor)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
