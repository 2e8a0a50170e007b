import { PAYMENT_KINDS, PAYMENT_METHODS, type Locale, type PaymentKind, type PaymentMethod } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { PaymentsMessages } from '@/lib/i18n/messages/features/payments';

const isKind = (v: unknown): v is PaymentKind => (PAYMENT_KINDS as readonly unknown[]).includes(v);
const isMethod = (v: unknown): v is PaymentMethod => (PAYMENT_METHODS as readonly unknown[]).includes(v);

/** A 'payment' event as the timeline says it, from the details the command wrote; null for any other event. */
export function paymentEventText(event: { kind: string; details: Record<string, unknown> | null }, p: PaymentsMessages, locale: Locale): string | null {
  if (event.kind !== 'payment' || !event.details) return null;
  const d = event.details;
  if (!isKind(d.kind) || !isMethod(d.method)) return null;
  const amount = formatMoney(Number(d.amountMinor) || 0, typeof d.currency === 'string' ? d.currency : 'RUB', locale);
  const method = p.methods[d.method];
  if (d.kind === 'refund') return p.timeline.refund(amount, method, typeof d.reason === 'string' ? d.reason : '');
  return p.timeline.payment(p.kinds[d.kind], amount, method);
}
