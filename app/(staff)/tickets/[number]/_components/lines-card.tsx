import { badgeHtml, Card, CardContent, CardHeader, cardTitleHtml, Disclosure } from '@/components/ui';
import { Plus, Tag } from '@/components/ui/icons';
import { html, innerHtml } from '@/components/ui/html';
import type { EstimateSummary } from '@/db/queries/estimates';
import type { Ticket } from '@/db/queries/tickets';
import type { Locale } from '@/lib/domain/enums';
import type { PricedLine, PricedLines } from '@/lib/estimates/lines';
import { formatMoney } from '@/lib/i18n/format';
import type { EstimatesMessages } from '@/lib/i18n/messages/features/estimates';
import { messagesFor } from '@/lib/i18n/messages';
import { minorToInput } from '@/lib/money';
import { warrantyState } from '@/lib/warranty/period';
import { lineWarrantyText } from '@/lib/warranty/text';
import { AddLineForm } from './add-line-form';
import { EstimateState, type EstimateStateProps } from './estimate-state';
import { LinesBody, type LineRow } from './lines-body';
import { regionProps, type Regions } from './regions';
import { TicketDiscountForm } from './ticket-discount-form';

type Props = {
  ticket: Ticket;
  priced: PricedLines;
  latest: EstimateSummary | undefined;
  /** Whoever works on an open ticket changes its lines; everyone else reads them. */
  editable: boolean;
  /** Managers may take a part beyond stock, giving a reason. */
  mayOverrideStock: boolean;
  decisions: EstimateStateProps['may'];
  e: EstimatesMessages;
  locale: Locale;
  timeZone: string;
  regions: Regions;
};

const LINES_TABLE_ID = 'lines-table';

/**
 * The ticket's work and part lines with their amounts and the totals, every figure computed on
 * the server in minor units; the forms that change them for those who may; and the estimate the
 * client was sent, with its decision.
 */
export function LinesCard({ ticket, priced, latest, editable, mayOverrideStock, decisions, e, locale, timeZone, regions }: Props) {
  const f = e.fields;
  const u = e.ui;
  const money = (minor: number) => formatMoney(minor, ticket.currency, locale);
  const { lines, totals } = priced;
  const now = new Date();
  const details = (line: PricedLine) =>
    [
      e.lineKinds[line.kind],
      line.code,
      `${money(line.unitPriceMinor)} × ${line.quantity}`,
      line.discountMinor > 0 ? `${f.discountMinor} ${money(line.discountMinor)}` : null,
      `${f.warrantyDays}: ${lineWarrantyText(warrantyState(ticket.outcome ? 0 : line.warrantyDays, ticket.closedAt, now, timeZone), messagesFor(locale).warranty, locale)}`,
    ]
      .filter(Boolean)
      .join(' · ');
  const row = (line: PricedLine): LineRow => ({
    id: line.id,
    name: line.name,
    quantity: line.quantity,
    unitPrice: minorToInput(line.unitPriceMinor),
    discount: line.discountMinor > 0 ? minorToInput(line.discountMinor) : '',
    isPart: line.kind === 'part' && line.catalogItemId !== null,
    details: details(line),
    total: money(line.totalMinor),
  });
  const outcome = ticket.outcome && badgeHtml('warning', e.outcome[ticket.outcome], 'lines-outcome');
  const totalsRow = (label: string, amount: number, testId: string, strong = false) =>
    html`<dt class="${strong ? 'font-semibold text-slate-900' : 'text-slate-600'}">${label}</dt><dd class="text-right${strong && ' font-semibold'} tabular-nums" data-testid="${testId}">${money(amount)}</dd>`;
  const totalsHtml = html`${[
    totalsRow(f.subtotal, totals.subtotalMinor, 'lines-subtotal'),
    totalsRow(f.ticketDiscount, totals.discountMinor, 'lines-discount'),
    totalsRow(f.total, totals.totalMinor, 'lines-total', true),
    ticket.finalCostMinor !== null && totalsRow(u.finalCost, ticket.finalCostMinor, 'ticket-final-cost'),
  ]}`;
  return (
    <Card data-testid="lines-card">
      <CardHeader dangerouslySetInnerHTML={innerHtml(html`${cardTitleHtml(u.lines, 'lines-title')}${outcome}`)} />
      <CardContent className="space-y-4">
        {lines.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="lines-empty">
            {u.noLines}
          </p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-labelledby="lines-title" tabIndex={0}>
            <table id={LINES_TABLE_ID} className="lines-table" data-testid="lines-table">
              <LinesBody tableId={LINES_TABLE_ID} ticketId={ticket.id} lines={lines.map(row)} editable={editable} mayOverrideStock={mayOverrideStock} locale={locale} />
            </table>
          </div>
        )}

        <dl className="ml-auto grid max-w-sm grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm" data-testid="lines-totals" dangerouslySetInnerHTML={innerHtml(totalsHtml)} />

        {editable && (
          <div className="flex flex-wrap gap-2">
            <Disclosure {...regionProps(regions, 'new-line')} label={u.addLine} icon={Plus.symbol.id} testId="add-line-open">
              <AddLineForm ticketId={ticket.id} mayOverrideStock={mayOverrideStock} currency={ticket.currency} locale={locale} />
            </Disclosure>
            {lines.length > 0 && (
              <Disclosure {...regionProps(regions, 'discount')} label={f.ticketDiscount} icon={Tag.symbol.id} testId="ticket-discount-open">
                <TicketDiscountForm ticketId={ticket.id} discount={ticket.discountMinor > 0 ? minorToInput(ticket.discountMinor) : ''} labels={{ field: f.ticketDiscount, save: u.saveDiscount }} />
              </Disclosure>
            )}
          </div>
        )}

        <EstimateState ticket={ticket} latest={latest} may={decisions} e={e} locale={locale} timeZone={timeZone} />
      </CardContent>
    </Card>
  );
}
