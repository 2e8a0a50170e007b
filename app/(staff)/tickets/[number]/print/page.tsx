import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft } from '@/components/ui/icons';
import { cn } from '@/components/ui';
import { getSignatory, ticketPrepaidMinor } from '@/db/queries/certificate';
import { getTicketClient } from '@/db/queries/ticket-detail';
import { requireStaff } from '@/lib/auth/session';
import { clientTelegramOffer } from '@/lib/channels/telegram/links';
import { documentLocale } from '@/lib/documents/locale';
import { LOCALES } from '@/lib/domain/enums';
import { hrefWith } from '@/lib/href';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale, getT } from '@/lib/i18n/server';
import { publicStatusUrl, staffTicketUrl } from '@/lib/notifications/links';
import { pageCss, printParamsSchema, sheetWidth, type PrintParams } from '@/lib/status/print';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { loadTicketOrNotFound } from '../_components/load-ticket';
import { DeviceLabel } from './_components/device-label';
import { PrintButton } from './_components/print-button';
import { Receipt } from './_components/receipt';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff();
  const ticket = await loadTicketOrNotFound((await params).number);
  return { title: (await getT()).publicStatus.receipt.pageTitle(formatTicketNumber(ticket.id)) };
}

/** The intake receipt (A4 or A5) or the device label, ready for the browser's print dialog. */
export default async function PrintPage({ params, searchParams }: Props) {
  const [, { number }, query, staffLocale, t] = await Promise.all([requireStaff(), params, searchParams, getLocale(), getT()]);
  const ticket = await loadTicketOrNotFound(number);
  const client = await getTicketClient(ticket.clientId);
  const opts = printParamsSchema.parse(query);
  // The receipt goes home with the client: in their language unless the desk picks another.
  const docLocale = documentLocale(opts.lang, client?.locale, staffLocale);
  const doc = messagesFor(docLocale).publicStatus;
  const ui = t.publicStatus.receipt;
  const href = (patch: Partial<PrintParams>) => hrefWith(ticketHref(ticket.id, '/print'), { ...opts, ...patch });

  return (
    <div className="space-y-4">
      <style>{pageCss(opts)}</style>
      <nav aria-label={ui.toolbar} className="no-print flex flex-wrap items-center gap-x-5 gap-y-3 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
        <Link href={ticketHref(ticket.id)} className="inline-flex items-center gap-1 text-primary-700 hover:underline">
          <ArrowLeft aria-hidden className="size-4" /> {ui.back}
        </Link>
        <Choice
          label={ui.paper}
          options={[
            { key: 'receipt-a4', text: `${ui.receiptLayout} A4`, href: href({ layout: 'receipt', size: 'a4' }), on: opts.layout === 'receipt' && opts.size === 'a4' },
            { key: 'receipt-a5', text: `${ui.receiptLayout} A5`, href: href({ layout: 'receipt', size: 'a5' }), on: opts.layout === 'receipt' && opts.size === 'a5' },
            { key: 'label', text: ui.labelLayout, href: href({ layout: 'label' }), on: opts.layout === 'label' },
          ]}
        />
        <Choice
          label={ui.language}
          options={LOCALES.map((l) => ({ key: l, text: t.locales[l], href: href({ lang: l }), on: docLocale === l }))}
        />
        <div className="ml-auto">
          <PrintButton label={ui.print} />
        </div>
      </nav>

      <div
        className="print-sheet mx-auto overflow-hidden rounded-sm border border-slate-200 bg-white p-[8mm] text-slate-900 shadow-sm"
        style={{ width: sheetWidth(opts), maxWidth: '100%', padding: opts.layout === 'label' ? '2mm' : undefined }}
      >
        {opts.layout === 'label' ? (
          <DeviceLabel ticket={ticket} client={client} staffUrl={staffTicketUrl(ticket.id)} t={doc} locale={docLocale} />
        ) : (
          <Receipt
            ticket={ticket}
            client={client}
            url={publicStatusUrl(ticket.publicToken)}
            t={doc}
            estimates={messagesFor(docLocale).estimates}
            locale={docLocale}
            compact={opts.size === 'a5'}
            prepaidMinor={await ticketPrepaidMinor(ticket.id)}
            takenBy={await getSignatory(ticket.createdById)}
            telegramUrl={await telegramUrlOf(ticket.id)}
          />
        )}
      </div>
    </div>
  );
}

type Option = { key: string; text: string; href: string; on: boolean };

function Choice({ label, options }: { label: string; options: Option[] }) {
  return (
    <div className="flex flex-wrap items-center gap-1" role="group" aria-label={label}>
      {options.map((o) => (
        <Link
          key={o.key}
          href={o.href}
          aria-current={o.on ? 'page' : undefined}
          data-testid={`print-option-${o.key}`}
          className={cn('rounded px-2 py-1', o.on ? 'bg-primary-50 font-semibold text-primary-800' : 'text-slate-700 hover:bg-slate-100')}
        >
          {o.text}
        </Link>
      ))}
    </div>
  );
}

/** The receipt's Telegram code: the client's start link, unless the bot is not set up or they are connected. */
async function telegramUrlOf(ticketId: number): Promise<string | null> {
  const offer = await clientTelegramOffer(ticketId);
  return offer && !offer.connected ? offer.url : null;
}
