import { Section } from '@react-email/components';
import type { EstimateLine } from '@/lib/domain/estimate-line';
import type { Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';

const cell = { fontSize: '14px', padding: '6px 8px 6px 0', borderBottom: '1px solid #e2e8f0', verticalAlign: 'top' as const };
const number = { ...cell, textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
const head = { ...cell, fontSize: '12px', color: '#64748b', fontWeight: 400 };

/**
 * An estimate's lines for a 600 px mail: description with warranty under it, quantity, amount;
 * then discount and total. Amounts were computed on the server when the version was frozen.
 */
export function EstimateTable({ locale, lines, discountMinor, totalMinor, currency }: { locale: Locale; lines: EstimateLine[]; discountMinor: number; totalMinor: number; currency: string }) {
  const e = messagesFor(locale).estimates;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  return (
    <Section style={{ margin: '0 0 16px' }}>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} data-text-format="dataTable" data-testid="estimate-lines">
        <thead>
          <tr>
            <th align="left" style={head}>{e.fields.name}</th>
            <th align="right" style={{ ...head, textAlign: 'right' }}>{e.fields.quantity}</th>
            <th align="right" style={{ ...head, textAlign: 'right' }}>{e.fields.lineTotal}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={i}>
              <td style={cell}>
                {line.name}
                <br />
                <span style={{ fontSize: '12px', color: '#64748b' }}>
                  {e.fields.warrantyDays}: {e.warrantyDays(line.warrantyDays)}
                  {line.discountMinor > 0 ? ` · ${e.fields.discountMinor}: −${money(line.discountMinor)}` : ''}
                </span>
              </td>
              <td style={number}>{line.quantity}</td>
              <td style={number}>{money(line.totalMinor)}</td>
            </tr>
          ))}
          {discountMinor > 0 && (
            <tr>
              <td style={cell} colSpan={2}>
                {e.fields.ticketDiscount}
              </td>
              <td style={number}>−{money(discountMinor)}</td>
            </tr>
          )}
          <tr>
            <td style={{ ...cell, fontWeight: 700, borderBottom: 'none' }} colSpan={2}>
              {e.fields.total}
            </td>
            <td style={{ ...number, fontWeight: 700, borderBottom: 'none' }} data-testid="estimate-total">
              {money(totalMinor)}
            </td>
          </tr>
        </tbody>
      </table>
    </Section>
  );
}
