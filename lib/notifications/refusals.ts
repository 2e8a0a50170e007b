import { refusals } from '@/lib/domain/errors';

/** The outbox's refusals, worded from t.notifications. */
export const refuse = refusals('notification', {
  not_failed: (_: object, t) => ({ message: t.notifications.outbox.resend.notFailed }),
});
