import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { cn } from '@/components/ui';
import { getPublicEstimate, getPublicTicket, listPublicEvents, type PublicTicket } from '@/db/queries/public-status';
import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { formatDate, formatMoney } from '@/lib/i18n/format';
import { getLocale, getT } from '@/lib/i18n/server';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';
import { formatDay } from '@/lib/notifications/subjects';
import { estimateParamsSchema, estimateView } from '@/lib/status/estimate-view';
import { progressOf } from '@/lib/status/progress';
import { deviceLine } from '@/lib/status/view';
import { formatTicketNumber } from '@/lib/tickets/number';
import { PublicEstimate } from '../_components/public-estimate';
import { PublicPhotos } from '../_components/public-photos';
import { CompanyContacts } from '../_components/company-contacts';
import { ProgressStepper } from '../_components/progress-stepper';
import { MessageChannels } from '../_components/message-channels';
import { PublicTimeline } from '../_components/public-timeline';
import { TelegramConnect } from './_components/telegram-connect';

type Props = { params: Promise<{ token: string }> };
type PageProps = Props & { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The ticket behind a token, once per request; an unknown or replaced token is a 404. */
const loadTicket = cache(async (token: string): Promise<PublicTicket> => await getPublicTicket(token) ?? notFound());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const ticket = await loadTicket(token);
  const t = (await getT()).publicStatus;
  const { COMPANY_NAME, APP_URL } = env();
  // A preview goes to whoever the link is pasted for: number and status only, no names or devices.
  const title = t.page.metaTitle(formatTicketNumber(ticket.id), t.statuses[ticket.status].label);
  const description = t.statuses[ticket.status].hint;
  return {
    metadataBase: new URL(APP_URL),
    title: { absolute: `${title} · ${COMPANY_NAME}` },
    description,
    robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
    // The address carries the token: it must not travel to another site in a Referer header. Not
    // 'no-referrer': under it a browser without JavaScript posts the estimate decision with
    // `Origin: null`, which Next refuses as a cross-site Server Action.
    referrer: 'same-origin',
    openGraph: { type: 'website', siteName: COMPANY_NAME, title, description, url: `/status/${token}` },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: `/status/${token}/opengraph-image`, width: 1200, height: 630, alt: t.page.imageAlt }],
    },
  };
}

export default async function PublicStatusPage({ params, searchParams }: PageProps) {
  const { token } = await params;
  const ticket = await loadTicket(token);
  const [locale, messages, query] = await Promise.all([getLocale(), getT(), searchParams]);
  const t = messages.publicStatus;
  const number = formatTicketNumber(ticket.id);
  const events = await listPublicEvents(ticket.id);
  const progress = progressOf(ticket.status);
  const status = t.statuses[ticket.status];
  // ?decide=approve&v=2 (the mail's buttons), ?result=… (after a decision); bad values are ignored.
  const estimate = estimateView(ticket.status, await getPublicEstimate(ticket.id), estimateParamsSchema.parse(query));
  const timeZone = env().APP_TIMEZONE;

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold" data-testid="public-number">
          {t.page.title(number)}
        </h1>
        <p className="text-slate-700" data-testid="public-title">
          {ticket.title}
        </p>
      </header>

      <section
        aria-labelledby="status-title"
        className={cn('rounded-lg border bg-white p-4 shadow-sm sm:p-5', progress.cancelled ? 'border-slate-300' : 'border-primary-100')}
      >
        <h2 id="status-title" className="text-sm font-medium text-slate-500">
          {t.page.currentStatus}
        </h2>
        <p className="mt-1 text-2xl font-semibold text-primary-800" data-testid="public-status" data-status={ticket.status}>
          {status.label}
        </p>
        <p className="mt-1 text-slate-700" data-testid="public-status-hint">
          {/* "We will contact you" would be wrong when the decision is on this very page. */}
          {estimate?.open ? t.page.decideBelow : status.hint}
        </p>
        {ticket.outcome && (
          <p className="mt-2 text-sm">
            <span className="text-slate-500">{t.outcome}: </span>
            <span className="font-semibold text-slate-900" data-testid="public-outcome" data-outcome={ticket.outcome}>
              {messages.estimates.outcome[ticket.outcome]}
            </span>
          </p>
        )}
        <div className="mt-5 border-t border-slate-100 pt-4">
          {progress.cancelled ? (
            <p className="text-sm text-slate-600">{t.page.cancelledNote}</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-500">{t.page.stepOf(progress.current, progress.total)}</p>
              <ProgressStepper progress={progress} waitingLabel={progress.waiting ? status.label : null} t={t} />
            </>
          )}
        </div>
      </section>

      {estimate && <PublicEstimate view={estimate} token={token} t={t} e={messages.estimates} locale={locale} timeZone={timeZone} />}

      <Details ticket={ticket} t={t} locale={locale} />

      <section aria-labelledby="history-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="history-title" className="mb-4 text-base font-semibold">
          {t.page.timeline}
        </h2>
        <PublicTimeline events={events} t={t} locale={locale} timeZone={timeZone} />
      </section>

      <PublicPhotos ticketId={ticket.id} token={token} />

      <TelegramConnect ticketId={ticket.id} t={messages.telegram.statusPage} />

      <MessageChannels token={token} />

      <CompanyContacts t={t} number={number} />

      <p className="text-sm text-slate-600">{t.page.bookmark}</p>
      <p className="text-sm">
        <Link href="/status" className="text-primary-700 underline-offset-2 hover:underline">
          {t.page.findAnother}
        </Link>
      </p>
    </div>
  );
}

function Details({ ticket, t, locale }: { ticket: PublicTicket; t: PublicStatusMessages; locale: Locale }) {
  const device = deviceLine(ticket);
  const row = 'grid gap-0.5 sm:grid-cols-[10rem_1fr] sm:gap-3';
  return (
    <section aria-labelledby="details-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="details-title" className="mb-3 text-base font-semibold">
        {t.page.details}
      </h2>
      <dl className="grid gap-3 text-sm">
        {device && (
          <div className={row}>
            <dt className="text-slate-500">{t.page.device}</dt>
            <dd data-testid="public-device">
              {device}
              {ticket.serialTail && (
                <span className="block text-slate-600">
                  {t.page.serial}: <span className="font-mono">•••• {ticket.serialTail}</span> <span className="text-slate-500">({t.page.serialHint})</span>
                </span>
              )}
            </dd>
          </div>
        )}
        <div className={row}>
          <dt className="text-slate-500">{t.page.received}</dt>
          <dd>
            <time dateTime={ticket.createdAt.toISOString()}>{formatDate(ticket.createdAt, locale, env().APP_TIMEZONE)}</time>
          </dd>
        </div>
        {ticket.closedAt ? (
          <div className={row}>
            <dt className="text-slate-500">{t.page.completed}</dt>
            <dd>
              <time dateTime={ticket.closedAt.toISOString()}>{formatDate(ticket.closedAt, locale, env().APP_TIMEZONE)}</time>
            </dd>
          </div>
        ) : (
          ticket.status !== 'cancelled' && (
            <div className={row}>
              <dt className="text-slate-500">{t.page.promised}</dt>
              <dd data-testid="public-due">{ticket.dueDate ? <time dateTime={ticket.dueDate}>{formatDay(ticket.dueDate, locale)}</time> : t.page.noPromise}</dd>
            </div>
          )
        )}
        {ticket.balanceDueMinor > 0 && (
          <div className={row}>
            <dt className="text-slate-500">{t.page.toPay}</dt>
            <dd className="font-semibold tabular-nums" data-testid="public-balance-due">
              {formatMoney(ticket.balanceDueMinor, ticket.currency, locale)}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
