import type { Locale } from '@/lib/domain/enums';
import { en, type Messages } from './en';
import { ru } from './ru';

export type { Messages };

const catalogs: Record<Locale, Messages> = { en, ru };

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}
