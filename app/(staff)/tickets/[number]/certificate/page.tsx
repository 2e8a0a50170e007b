import type { Metadata } from 'next';
import Link from 'next/link';
import { ArrowLeft } from '@/components/ui/icons';
import { cn } from '@/components/ui';
import { requireStaff } from '@/lib/auth/session';
import { documentParamsSchema } from '@/lib/documents/params';
import { certificateHref, handoverDocument } from '@/lib/documents/locale';
import { LOCALES } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import { getLocale, getT } from '@/lib/i18n/server';
import { pageCss } from '@/lib/status/print';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { loadTicketOrNotFound } from '../_components/load-ticket';
import { PrintButton } from '../print/_components/print-button';
import { Certificate } from './_components/certificate';
import { loadCertificate } from './_components/load-certificate';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A4 portrait, the header row of a long table repeated on every page, and the greys kept in a PDF.
const EXTRA_PRINT_CSS = '@media print { thead { display: table-header-group; } tr { break-inside: avoid; } body { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff();
  const ticket = await loadTicketOrNotFound((await params).number);
  const d = (await getT()).documents;
  return { title: d.pageTitle(handoverDocument(ticket) === 'refusal' ? d.refusal : d.certificate, formatTicketNumber(ticket.id)) };
}

/** The completion certificate or the refusal note of a ticket, ready for the browser's print dialog (or "Save as PDF"). */
export default async function CertificatePage({ params, searchParams }: Props) {
  const [staff, { number }, query, staffLocale, t] = await Promise.all([requireStaff(), params, searchParams, getLocale(), getT()]);
  const { lang } = documentParamsSchema.parse(query);
  const view = await loadCertificate(number, { staffId: staff.id, staffLocale, lang, now: new Date() });
  const ui = t.documents;
  const base = certificateHref(ticketHref(view.ticket.id));

  return (
    <div className="space-y-4">
      <style>{`${pageCss({ layout: 'receipt', size: 'a4', lang })}\n${EXTRA_PRINT_CSS}`}</style>
      <nav aria-label={ui.toolbar} className="no-print flex flex-wrap items-center gap-x-5 gap-y-3 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm" data-testid="certificate-toolbar">
        <Link href={ticketHref(view.ticket.id)} className="inline-flex items-center gap-1 text-primary-700 hover:underline">
          <ArrowLeft aria-hidden className="size-4" /> {ui.back}
        </Link>
        <div className="flex flex-wrap items-center gap-1" role="group" aria-label={ui.language}>
          {LOCALES.map((l) => (
            <Link
              key={l}
              href={`${base}?lang=${l}`}
              aria-current={view.locale === l ? 'page' : undefined}
              data-testid={`certificate-lang-${l}`}
              className={cn('rounded px-2 py-1', view.locale === l ? 'bg-primary-50 font-semibold text-primary-800' : 'text-slate-700 hover:bg-slate-100')}
            >
              {t.locales[l]}
            </Link>
          ))}
        </div>
        <div className="ml-auto">
          <PrintButton label={ui.print} />
        </div>
        <p className="w-full text-slate-600">{ui.printHint}</p>
        {view.draft && (
          <p className="w-full rounded bg-amber-50 px-2 py-1 text-amber-900" role="status" data-testid="certificate-draft">
            {ui.draft}
          </p>
        )}
      </nav>

      <div className="print-sheet mx-auto overflow-hidden rounded-sm border border-slate-200 bg-white p-[12mm] text-slate-900 shadow-sm" style={{ width: '210mm', maxWidth: '100%' }}>
        <Certificate view={view} t={messagesFor(view.locale).documents} timeZone={env().APP_TIMEZONE} />
      </div>
    </div>
  );
}
