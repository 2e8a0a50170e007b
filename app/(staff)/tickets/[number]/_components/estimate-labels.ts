import type { Locale } from '@/lib/domain/enums';
import { estimatesEn, estimatesRu, type EstimatesMessages } from '@/lib/i18n/messages/features/estimates';

/**
 * The estimate strings for the client components of the lines card. Several are functions, which
 * cannot cross from a server component to a client one, so each client component looks them up
 * by the locale it is given.
 */
export function estimatesFor(locale: Locale): EstimatesMessages {
  return locale === 'ru' ? estimatesRu : estimatesEn;
}
