import type { Locale } from '@/lib/domain/enums';
import { publicStatusEn, publicStatusRu, type PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';

/** The client-side catalog for a locale (until it is wired into the main catalog as `publicStatus`). */
export function publicStatusMessages(locale: Locale): PublicStatusMessages {
  return locale === 'ru' ? publicStatusRu : publicStatusEn;
}
