import Link from 'next/link';
import { Pager } from '@/components/list/pager';
import { TicketTable } from '@/components/tickets/ticket-table';
import type { PageRequest } from '@/lib/domain/cursor';
import { countTickets, listTickets } from '@/db/queries/ticket-list';
import type { Locale } from '@/lib/domain/enums';
import { hrefWith } from '@/lib/href';
import type { Messages } from '@/lib/i18n/messages';

const PAGE_SIZE = 20;

/** Every ticket of the client, newest first, paged on this page with `after` / `before`. */
export async function ClientTickets({
  clientId,
  request,
  t,
  locale,
  timeZone,
}: {
  clientId: number;
  request: PageRequest;
  t: Messages;
  locale: Locale;
  timeZone: string;
}) {
  const page = await listTickets({ clientId }, request, PAGE_SIZE);
  const total = await countTickets({ clientId });
  const here = `/clients/${clientId}`;
  return (
    <section aria-labelledby="client-tickets-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="client-tickets-title" className="text-lg font-semibold">
          {t.clients.tickets}
        </h2>
        {total > 0 && (
          <p className="text-sm text-slate-600">
            <span data-testid="client-ticket-total">{t.clients.ticketsTotal(total)}</span>
            {' · '}
            <Link href={`/tickets?client=${clientId}`} className="text-primary-700 hover:underline">
              {t.clients.allInList}
            </Link>
          </p>
        )}
      </div>
      <TicketTable rows={page.rows} t={t} locale={locale} timeZone={timeZone} hide={['client']} />
      <Pager
        prevHref={page.prevCursor ? `${hrefWith(here, { before: page.prevCursor })}#client-tickets-title` : null}
        nextHref={page.nextCursor ? `${hrefWith(here, { after: page.nextCursor })}#client-tickets-title` : null}
        labels={{ ...t.list, pages: t.clients.ticketPages }}
      />
    </section>
  );
}
