import { transaction } from '@/db';
import type { Writer } from '@/db/queries/audit';
import {
  deleteLineRow,
  findLine,
  insertLineRow,
  returnStock,
  takeStock,
  updateLineRow,
  type TicketLine,
} from '@/db/queries/ticket-lines';
import { findCatalogItemForUpdate } from '@/db/queries/catalog';
import { findTicket, insertTicketEvent, updateTicketRow, type Actor, type Ticket } from '@/db/queries/tickets';
import { isOpenStatus } from '@/lib/tickets/lifecycle';
import { canEditLines, canOverrideStock } from '@/lib/permissions';
import { minorToInput } from '@/lib/money';
import { refuse as refuseTicket } from '@/lib/tickets/refusals';
import type { LineInput, LineEdit, TicketDiscountInput } from '@/lib/validation/estimates';
import { pricedTicketLines } from './lines';
import { sendEstimate } from './lifecycle';
import { refuse } from './refusals';
import { lineGrossMinor, lineTotalMinor } from './totals';

/**
 * Write commands of a ticket's lines. Each runs in one transaction: the line, the stock it takes
 * or gives back, the ticket's total, the timeline event and, while the client is deciding, the
 * estimate's next version all commit together or not at all.
 */

async function editableTicket(tx: Writer, id: number, actor: Actor): Promise<Ticket> {
  const ticket = await findTicket(tx, id);
  if (!ticket) throw refuseTicket('not_found', {});
  if (!canEditLines(actor, ticket)) throw refuseTicket('forbidden', {});
  if (!isOpenStatus(ticket.status)) throw refuse('locked', {});
  return ticket;
}

/**
 * Takes a part from stock; past the last unit only a manager may, and only with a reason (the
 * caller puts it on the timeline). Returns the reason when it was used.
 */
async function takeParts(tx: Writer, itemId: number, quantity: number, actor: Actor, overrideReason: string | null): Promise<string | null> {
  if (await takeStock(tx, itemId, quantity, false)) return null;
  if (overrideReason && canOverrideStock(actor)) {
    await takeStock(tx, itemId, quantity, true);
    return overrideReason;
  }
  if (overrideReason) throw refuse('override_forbidden', {});
  const available = (await findCatalogItemForUpdate(tx, itemId))?.stockOnHand ?? 0;
  throw refuse('out_of_stock', { available, canOverride: canOverrideStock(actor) });
}

/** A line as its event keeps it, so the timeline reads the same after the line changes. */
function lineDetails(line: Pick<TicketLine, 'id' | 'kind' | 'name' | 'quantity' | 'unitPriceMinor' | 'discountMinor'>, currency: string) {
  return {
    lineId: line.id,
    kind: line.kind,
    name: line.name,
    quantity: line.quantity,
    unitPriceMinor: line.unitPriceMinor,
    discountMinor: line.discountMinor,
    totalMinor: lineTotalMinor(line),
    currency,
  };
}

/**
 * After any change of the lines: the ticket's total and version, the change's event, and — while
 * the client is deciding — the next estimate version in place of the one they have.
 */
async function linesChanged(tx: Writer, ticket: Ticket, actor: Actor, event: Parameters<typeof insertTicketEvent>[3], patch: Partial<Ticket> = {}): Promise<Ticket> {
  const discountMinor = patch.discountMinor ?? ticket.discountMinor;
  const priced = await pricedTicketLines(tx, { id: ticket.id, discountMinor });
  const updated = await updateTicketRow(tx, ticket.id, {
    ...patch,
    estimateMinor: priced.lines.length === 0 ? null : priced.totals.totalMinor,
    version: ticket.version + 1,
  });
  await insertTicketEvent(tx, ticket.id, actor, { ...event, ticketVersion: updated.version });
  if (updated.status === 'awaiting_approval') await sendEstimate(tx, updated, actor, { mail: true });
  return updated;
}

function checkDiscount(line: { quantity: number; unitPriceMinor: number; discountMinor: number }) {
  if (line.discountMinor > lineGrossMinor(line)) throw refuse('discount_too_large', {});
}

/** A line from the price list (name, code, price and warranty copied from it) or typed in. */
export async function addTicketLine(input: LineInput, actor: Actor): Promise<TicketLine> {
  return transaction(async (tx) => {
    const ticket = await editableTicket(tx, input.ticketId, actor);
    let values: Omit<TicketLine, 'id' | 'ticketId' | 'createdAt' | 'updatedAt'>;
    let stockOverride: string | null = null;
    // A warranty return is repaired free: a line costs nothing unless a price is typed.
    const unitPriceMinor = input.unitPriceMinor ?? (ticket.warrantyReturnOfId !== null ? 0 : null);
    if (input.catalogItemId !== null) {
      const item = await findCatalogItemForUpdate(tx, input.catalogItemId);
      if (!item || !item.active) throw refuse('item_unavailable', {});
      values = {
        kind: item.kind === 'part' ? 'part' : 'work',
        catalogItemId: item.id,
        code: item.code,
        name: item.name,
        quantity: input.quantity,
        unitPriceMinor: unitPriceMinor ?? item.priceMinor,
        discountMinor: input.discountMinor,
        warrantyDays: item.warrantyDays,
      };
      checkDiscount(values);
      if (item.kind === 'part') stockOverride = await takeParts(tx, item.id, input.quantity, actor, input.stockOverrideReason);
    } else {
      if (!input.name) throw refuse('name_required', {});
      if (unitPriceMinor === null) throw refuse('price_required', {});
      values = {
        kind: input.kind,
        catalogItemId: null,
        code: null,
        name: input.name,
        quantity: input.quantity,
        unitPriceMinor,
        discountMinor: input.discountMinor,
        warrantyDays: input.warrantyDays,
      };
      checkDiscount(values);
    }
    const line = await insertLineRow(tx, { ...values, ticketId: ticket.id });
    await linesChanged(tx, ticket, actor, { kind: 'line_added', details: { ...lineDetails(line, ticket.currency), stockOverride } });
    return line;
  });
}

/** Quantity, price or discount of a line; a part's stock follows the quantity. */
export async function updateTicketLine(input: LineEdit, actor: Actor): Promise<TicketLine> {
  return transaction(async (tx) => {
    const line = await findLine(tx, input.lineId);
    if (!line) throw refuse('line_not_found', {});
    const ticket = await editableTicket(tx, line.ticketId, actor);
    const next = { quantity: input.quantity, unitPriceMinor: input.unitPriceMinor, discountMinor: input.discountMinor };
    checkDiscount(next);
    if (next.quantity === line.quantity && next.unitPriceMinor === line.unitPriceMinor && next.discountMinor === line.discountMinor) return line;
    let stockOverride: string | null = null;
    if (line.kind === 'part' && line.catalogItemId !== null) {
      const more = next.quantity - line.quantity;
      if (more > 0) stockOverride = await takeParts(tx, line.catalogItemId, more, actor, input.stockOverrideReason);
      if (more < 0) await returnStock(tx, line.catalogItemId, -more);
    }
    const updated = await updateLineRow(tx, line.id, next);
    await linesChanged(tx, ticket, actor, {
      kind: 'line_changed',
      details: { ...lineDetails(updated, ticket.currency), from: lineDetails(line, ticket.currency), stockOverride },
    });
    return updated;
  });
}

/** Removes a line; a part goes back to stock. */
export async function removeTicketLine(lineId: number, actor: Actor) {
  await transaction(async (tx) => {
    const line = await findLine(tx, lineId);
    if (!line) throw refuse('line_not_found', {});
    const ticket = await editableTicket(tx, line.ticketId, actor);
    if (line.kind === 'part' && line.catalogItemId !== null) await returnStock(tx, line.catalogItemId, line.quantity);
    await deleteLineRow(tx, line.id);
    await linesChanged(tx, ticket, actor, { kind: 'line_removed', details: lineDetails(line, ticket.currency) });
  });
}

/** A discount on the whole ticket, at most the lines' subtotal. */
export async function setTicketDiscount(input: TicketDiscountInput, actor: Actor) {
  await transaction(async (tx) => {
    const ticket = await editableTicket(tx, input.ticketId, actor);
    if (input.discountMinor === ticket.discountMinor) return;
    const { totals } = await pricedTicketLines(tx, { id: ticket.id, discountMinor: 0 });
    if (input.discountMinor > totals.subtotalMinor) {
      throw refuse('ticket_discount_too_large', { subtotal: `${minorToInput(totals.subtotalMinor)} ${ticket.currency}` });
    }
    await linesChanged(
      tx,
      ticket,
      actor,
      { kind: 'field_changed', fields: ['discountMinor'], details: { from: ticket.discountMinor, to: input.discountMinor, currency: ticket.currency } },
      { discountMinor: input.discountMinor },
    );
  });
}
