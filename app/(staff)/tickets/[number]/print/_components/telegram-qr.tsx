import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { QrCode } from './qr-code';

/** The receipt's second code: the client's one-time link to the bot, for status messages in Telegram. */
export function TelegramQr({ url, locale, compact }: { url: string; locale: Locale; compact: boolean }) {
  const t = messagesFor(locale).telegram.receipt;
  return (
    <section className="mt-[0.5em] flex items-center gap-[1em] break-inside-avoid rounded border border-slate-300 p-[0.7em]">
      <QrCode url={url} label={t.title} testId="receipt-telegram-qr" className={compact ? 'size-[22mm] shrink-0' : 'size-[26mm] shrink-0'} />
      <div className="min-w-0">
        <p className="font-semibold">{t.title}</p>
        <p className="text-slate-700">{t.hint}</p>
      </div>
    </section>
  );
}
