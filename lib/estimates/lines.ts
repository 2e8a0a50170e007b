import type { Writer } from '@/db/queries/audit';
import { listTicketLines, type TicketLine } from '@/db/queries/ticket-lines';
import type { EstimateLine } from '@/lib/domain/estimate-line';
import { lineTotalMinor, ticketTotals, type Totals } from './totals';

/** A ticket's lines with each line's amount and the ticket's totals, all computed here on the server. */
export type PricedLine = TicketLine & { totalMinor: number };
export type PricedLines = { lines: PricedLine[]; totals: Totals };

export function priceLines(lines: readonly TicketLine[], ticketDiscountMinor: number): PricedLines {
  return {
    lines: lines.map((line) => ({ ...line, totalMinor: lineTotalMinor(line) })),
    totals: ticketTotals(lines, ticketDiscountMinor),
  };
}

export async function pricedTicketLines(writer: Writer, ticket: { id: number; discountMinor: number }): Promise<PricedLines> {
  return priceLines(await listTicketLines(ticket.id, writer), ticket.discountMinor);
}

/** The lines as an estimate freezes them: what the client sees, independent of later changes. */
export function frozenLines(priced: PricedLines): EstimateLine[] {
  return priced.lines.map((l) => ({
    kind: l.kind,
    code: l.code,
    name: l.name,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
    discountMinor: l.discountMinor,
    totalMinor: l.totalMinor,
    warrantyDays: l.warrantyDays,
  }));
}
