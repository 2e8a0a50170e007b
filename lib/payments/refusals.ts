import { refusals } from '@/lib/domain/errors';

/** The refusals of payments and refunds, worded from t.payments.errors. `field`: the form's amount input. */
export const refuse = refusals('payment', {
  not_positive: ({ field }: { field: string }, t) => ({ message: t.payments.errors.notPositive, fieldErrors: { [field]: [t.payments.errors.notPositive] } }),
  refund_forbidden: (_: object, t) => ({ message: t.payments.errors.refundForbidden }),
  /** `paid`: what was paid, already written with its currency ("1500.50 RUB"). */
  refund_exceeds_paid: ({ paid }: { paid: string }, t) => {
    const message = t.payments.errors.refundExceedsPaid(paid);
    return { message, fieldErrors: { amountMinor: [message] } };
  },
  reason_required: (_: object, t) => ({ message: t.payments.errors.reasonRequired, fieldErrors: { reason: [t.payments.errors.reasonRequired] } }),
});
