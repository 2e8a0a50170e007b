import { HtmlTable, TH, type HtmlRow } from '@/components/ui';
import { PAYMENT_METHODS, type Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { CurrencyReport } from '@/lib/payments/cash-report';

type Props = { report: CurrencyReport; t: Messages['cashReport']; words: Pick<Messages['payments'], 'methods'>; locale: Locale };

const employeeRowsMemo = new WeakMap<CurrencyReport, Map<Locale, HtmlRow[]>>();

/**
 * The employees' table rows of a report in one language, kept as long as the report is (the page's
 * reports are kept until the next write: summarizeCashOnce): a month's hundred-odd employees are
 * six hundred amounts to format on every view otherwise.
 */
function employeeRows({ report, t, locale }: Omit<Props, 'words'>): HtmlRow[] {
  let byLocale = employeeRowsMemo.get(report);
  if (!byLocale) employeeRowsMemo.set(report, (byLocale = new Map()));
  let rows = byLocale.get(locale);
  if (!rows) {
    const money = (minor: number) => formatMoney(minor, report.currency, locale);
    rows = [
      ...report.employees.map((e) => ({ cells: [e.name, ...PAYMENT_METHODS.map((m) => money(e.byMethod[m])), money(e.netMinor)] })),
      {
        className: 'total',
        testId: 'cash-employees-total',
        cells: [t.grandTotal, ...PAYMENT_METHODS.map((m) => money(report.byMethod[m].netMinor)), money(report.netMinor)],
      },
    ];
    byLocale.set(locale, rows);
  }
  return rows;
}

/**
 * One currency's totals: received, refunded and net per method, then each employee per method; both
 * end in the grand total. Each table's body is one HTML string built from its rows' data; the
 * employees' cells carry no classes: its columns' look is the table's (html-table-figures).
 */
export function CashTotals({ report, t, words, locale }: Props) {
  const money = (minor: number) => formatMoney(minor, report.currency, locale);
  const methodRows: HtmlRow[] = [
    ...PAYMENT_METHODS.map((m) => ({
      testId: `cash-method-${m}`,
      cells: [words.methods[m], money(report.byMethod[m].receivedMinor), money(-report.byMethod[m].refundedMinor), { text: money(report.byMethod[m].netMinor), testId: `cash-method-${m}-net` }],
    })),
    // The total row is bold as a whole: its net cell drops the column's medium weight.
    { className: 'total', cells: [t.grandTotal, money(report.receivedMinor), money(-report.refundedMinor), { text: money(report.netMinor), className: 'r', testId: 'cash-grand-total' }] },
  ];
  return (
    <div className="grid gap-4 2xl:grid-cols-2 print:block print:space-y-4" data-testid="cash-totals" data-currency={report.currency}>
      <section aria-label={t.byMethod} className="space-y-2">
        <h2 className="text-lg font-semibold">{t.byMethod}</h2>
        <HtmlTable
          label={t.byMethod}
          labels={[null, t.received, t.refunded, t.net]}
          head={
            <tr>
              <TH>{t.method}</TH>
              <TH className="text-right">{t.received}</TH>
              <TH className="text-right">{t.refunded}</TH>
              <TH className="text-right">{t.net}</TH>
            </tr>
          }
          columnClasses={[null, 'r', 'r', 'r b']}
          data-testid="cash-methods"
          rows={methodRows}
        />
        <p className="text-sm text-slate-600" data-testid="cash-count">
          {t.count(report.count)}
        </p>
      </section>

      <section aria-label={t.byEmployee} className="space-y-2">
        <h2 className="text-lg font-semibold">{t.byEmployee}</h2>
        <HtmlTable
          label={t.byEmployee}
          labels={[null, ...PAYMENT_METHODS.map((m) => words.methods[m]), t.total]}
          head={
            <tr>
              <TH>{t.employee}</TH>
              {PAYMENT_METHODS.map((m) => (
                <TH key={m} className="text-right">
                  {words.methods[m]}
                </TH>
              ))}
              <TH className="text-right">{t.total}</TH>
            </tr>
          }
          className="html-table-figures"
          data-testid="cash-employees"
          rows={employeeRows({ report, t, locale })}
        />
      </section>
    </div>
  );
}
