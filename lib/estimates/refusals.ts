import { refusals } from '@/lib/domain/errors';
import type { EstimateDecision } from '@/lib/domain/enums';
import type { ClosingGap as Missing } from './lifecycle';


/** The refusals of lines, estimates and decisions, worded from t.estimates.errors. */
export const refuse = refusals('estimate', {
  locked: (_: object, t) => ({ message: t.estimates.errors.locked }),
  line_not_found: (_: object, t) => ({ message: t.estimates.errors.lineNotFound }),
  item_unavailable: (_: object, t) => ({ message: t.estimates.errors.itemUnavailable, fieldErrors: { catalogItemId: [t.estimates.errors.itemUnavailable] } }),
  name_required: (_: object, t) => ({ message: t.estimates.errors.nameRequired, fieldErrors: { name: [t.estimates.errors.nameRequired] } }),
  price_required: (_: object, t) => ({ message: t.estimates.errors.priceRequired, fieldErrors: { unitPriceMinor: [t.estimates.errors.priceRequired] } }),
  discount_too_large: (_: object, t) => ({ message: t.estimates.errors.discountTooLarge, fieldErrors: { discountMinor: [t.estimates.errors.discountTooLarge] } }),
  ticket_discount_too_large: ({ subtotal }: { subtotal: string }, t) => {
    const message = t.estimates.errors.ticketDiscountTooLarge(subtotal);
    return { message, fieldErrors: { discountMinor: [message] } };
  },
  /** `canOverride`: the caller is a manager, who may take it anyway with a reason. */
  out_of_stock: ({ available, canOverride }: { available: number; canOverride: boolean }, t) => {
    const message = t.estimates.errors.outOfStock(available) + (canOverride ? ` ${t.estimates.errors.outOfStockManager}` : '');
    return { message, fieldErrors: { quantity: [message] } };
  },
  override_forbidden: (_: object, t) => ({ message: t.estimates.errors.overrideForbidden }),
  empty_estimate: (_: object, t) => ({ message: t.estimates.errors.emptyEstimate }),
  not_awaiting: (_: object, t) => ({ message: t.estimates.errors.notAwaiting }),
  withdrawn: ({ shown, current }: { shown: number; current: number | null }, t) => ({ message: t.estimates.errors.withdrawn(shown, current) }),
  already_decided: ({ decision }: { decision: EstimateDecision }, t) => ({ message: t.estimates.errors.alreadyDecided(t.estimates.decisions[decision]) }),
  no_decision: (_: object, t) => ({ message: t.estimates.errors.noDecision }),
  same_decision: (_: object, t) => ({ message: t.estimates.errors.sameDecision }),
  ticket_closed: (_: object, t) => ({ message: t.estimates.errors.ticketClosed }),
  closing_incomplete: ({ missing }: { missing: Missing[] }, t) => ({
    message: t.estimates.errors.closingIncomplete(missing.map((m) => t.estimates.errors.missing[m]).join(', ')),
  }),
});
