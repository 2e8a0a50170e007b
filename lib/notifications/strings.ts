import type { Locale } from '@/lib/domain/enums';
import { notificationsEn, notificationsRu } from '@/lib/i18n/messages/features/notifications';

/** The notifications catalog for a locale (until it is wired into the main catalog as `t.notifications`). */
export function notificationStrings(locale: Locale) {
  return locale === 'ru' ? notificationsRu : notificationsEn;
}
