import Link from 'next/link';
import { FileCheck } from '@/components/ui/icons';
import { buttonClasses } from '@/components/ui';
import type { Ticket } from '@/db/queries/tickets';
import { certificateHref, handoverDocument, handoverDocumentReady } from '@/lib/documents/locale';
import type { DocumentsMessages } from '@/lib/i18n/messages/features/documents';
import { ticketHref } from '@/lib/tickets/number';

/** Once the device can be handed over (ready or closed): the completion certificate, or the refusal note after a declined estimate. */
export function HandoverDocumentLink({ ticket, t }: { ticket: Pick<Ticket, 'id' | 'status' | 'outcome'>; t: DocumentsMessages }) {
  if (!handoverDocumentReady(ticket)) return null;
  const doc = handoverDocument(ticket);
  return (
    <Link href={certificateHref(ticketHref(ticket.id))} className={buttonClasses('secondary', 'sm')} data-testid="print-certificate" data-document={doc}>
      <FileCheck aria-hidden /> {doc === 'refusal' ? t.links.refusal : t.links.certificate}
    </Link>
  );
}
