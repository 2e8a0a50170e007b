import Link from 'next/link';
import { ShieldCheck } from '@/components/ui/icons';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';

type Props = {
  /** The repair this ticket returns to under warranty (tickets.warranty_return_of_id). */
  returnOfId: number | null;
  /** The tickets that came back under warranty to this one. */
  returns: readonly { id: number }[];
  locale: Locale;
};

/** "Warranty return of SC-…" on a warranty return, "Came back under warranty: SC-…" on the repair it returns to. */
export function WarrantyLinks({ returnOfId, returns, locale }: Props) {
  if (returnOfId === null && returns.length === 0) return null;
  const w = messagesFor(locale).warranty.links;
  const link = 'font-mono font-medium text-primary-700 hover:underline';
  return (
    <section aria-label={w.label} className="space-y-1 rounded-lg border border-warning-500 bg-warning-50 px-4 py-3 text-sm text-slate-900" data-testid="warranty-links">
      {returnOfId !== null && (
        <p data-testid="warranty-return-of">
          <ShieldCheck aria-hidden className="mr-1 inline size-4 align-text-bottom" />
          {w.returnOf}{' '}
          <Link href={ticketHref(returnOfId)} className={link}>
            {formatTicketNumber(returnOfId)}
          </Link>
          <span className="block text-xs text-slate-600">{w.returnHint}</span>
        </p>
      )}
      {returns.length > 0 && (
        <p data-testid="warranty-came-back">
          <ShieldCheck aria-hidden className="mr-1 inline size-4 align-text-bottom" />
          {w.cameBack}{' '}
          {returns.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <Link href={ticketHref(r.id)} className={link}>
                {formatTicketNumber(r.id)}
              </Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
