/** What staff write on a ticket's timeline, in the client's language (see ./timeline.ts). */
import type { Bilingual } from './catalog-repairs';

type Lang = keyof Bilingual;

const NBSP = '\u00a0';

/** "12 500 ₽" / "RUB 12,500" without Intl: called up to millions of times in a scale run. */
export function formatRub(minor: number, lang: Lang): string {
  const whole = String(Math.round(minor / 100));
  const sep = lang === 'ru' ? NBSP : ',';
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += sep;
    grouped += whole[i];
  }
  return lang === 'ru' ? `${grouped}${NBSP}₽` : `RUB ${grouped}`;
}

export function estimateComment(minor: number, lang: Lang): string {
  return lang === 'ru'
    ? `Диагностика завершена. Стоимость ремонта — ${formatRub(minor, lang)}. Подтвердите, пожалуйста, ремонт ответом на это сообщение или по телефону.`
    : `Diagnostics complete. The repair will cost ${formatRub(minor, lang)}. Please confirm by replying or calling us.`;
}

export const QUESTION_FOR_CLIENT: Bilingual = {
  ru: 'Уточните, пожалуйста, модель устройства и версию системы — так мы ответим точнее.',
  en: 'Could you tell us the device model and system version? It helps us answer precisely.',
};

/** Awaiting approval without an estimate: a warranty repair costs the client nothing, but they still say yes. */
export const WARRANTY_FOR_CLIENT: Bilingual = {
  ru: 'Случай гарантийный, ремонт для вас бесплатный. Подтвердите, пожалуйста, что можно приступать.',
  en: 'This is covered by the warranty, so the repair is free of charge. Please confirm we may go ahead.',
};

export const PARTS_PUBLIC: Bilingual = {
  ru: 'Заказали запчасть, ориентировочный срок поставки — 5–7 рабочих дней. Сообщим, как только она придёт.',
  en: 'We have ordered the part; delivery usually takes 5–7 working days. We will let you know when it arrives.',
};

export const READY_PUBLIC: Bilingual = {
  ru: 'Работы завершены, устройство можно забрать. Мы работаем ежедневно с 9:00 до 21:00.',
  en: 'The work is done and your device is ready for pick-up. We are open daily, 9 am to 9 pm.',
};

const TOO_EXPENSIVE: Bilingual = { ru: 'Клиент отказался от ремонта: дорого.', en: 'Client declined the repair: too expensive.' };

export const CANCEL_REASONS: readonly Bilingual[] = [
  TOO_EXPENSIVE,
  { ru: 'Клиент решил купить новое устройство.', en: 'Client decided to buy a new device.' },
  { ru: 'Дубликат обращения, работаем по другой заявке.', en: 'Duplicate request; handled in another ticket.' },
  { ru: 'Клиент не выходит на связь больше двух недель.', en: 'No reply from the client for over two weeks.' },
];

/** A warranty repair costs the client nothing: never "too expensive". */
export const WARRANTY_CANCEL_REASONS: readonly Bilingual[] = CANCEL_REASONS.filter((reason) => reason !== TOO_EXPENSIVE);

export const INTERNAL_NOTES: readonly Bilingual[] = [
  { ru: 'Проверил на стенде, неисправность подтвердилась.', en: 'Checked on the bench; fault confirmed.' },
  { ru: 'Сделал резервную копию данных перед ремонтом.', en: 'Backed up the data before the repair.' },
  { ru: 'Клиент просил позвонить после 18:00.', en: 'Client asked to be called after 6 pm.' },
  { ru: 'Запчасть заказана у поставщика, счёт оплачен.', en: 'Part ordered from the supplier, invoice paid.' },
  { ru: 'Нужна консультация старшего инженера.', en: 'Need the senior engineer to take a look.' },
  { ru: 'Клиент согласовал стоимость по телефону.', en: 'Client approved the price by phone.' },
];

export const PARTS_INTERNAL: Bilingual = {
  ru: 'Запчасти нет на складе, заказ у поставщика.',
  en: 'Part out of stock, ordered from the supplier.',
};

export const REOPEN_NOTE: Bilingual = {
  ru: 'Клиент вернулся с той же проблемой, открываем по гарантии.',
  en: 'Client came back with the same problem; reopened under warranty.',
};
