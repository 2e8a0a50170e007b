import { Send } from '@/components/ui/icons';
import { buttonClasses } from '@/components/ui';
import { clientTelegramOffer } from '@/lib/channels/telegram/links';
import type { TelegramMessages } from '@/lib/i18n/messages/features/telegram';

/**
 * "Connect Telegram" for the ticket's client: a one-time deep link to the bot, or a note that it is
 * connected. Nothing at all when the server has no bot set up.
 */
export async function TelegramConnect({ ticketId, t }: { ticketId: number; t: TelegramMessages['statusPage'] }) {
  const offer = await clientTelegramOffer(ticketId);
  if (!offer) return null;
  return (
    <section aria-labelledby="telegram-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="telegram-connect">
      <h2 id="telegram-title" className="text-base font-semibold">
        {t.title}
      </h2>
      {offer.connected ? (
        <p className="mt-2 text-sm text-slate-700" data-testid="telegram-connected">
          {t.connected}
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">{t.body}</p>
          <a href={offer.url} rel="noopener noreferrer" target="_blank" className={buttonClasses('primary', 'md', 'mt-3')} data-testid="telegram-connect-link">
            <Send aria-hidden /> {t.connect}
          </a>
        </>
      )}
    </section>
  );
}
