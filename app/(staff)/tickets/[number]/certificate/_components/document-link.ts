import { buttonClasses } from '@/components/ui';
import { html, type SafeHtml } from '@/components/ui/html';
import { FileCheck } from '@/components/ui/icons';
import { iconHtml } from '@/components/ui/icon-html';
import type { Ticket } from '@/db/queries/tickets';
import { certificateHref, handoverDocument, handoverDocumentReady } from '@/lib/documents/locale';
import type { DocumentsMessages } from '@/lib/i18n/messages/features/documents';
import { ticketHref } from '@/lib/tickets/number';

/** Once the device can be handed over (ready or closed): the completion certificate, or the refusal note after a declined estimate. */
export function handoverDocumentLinkHtml(ticket: Pick<Ticket, 'id' | 'status' | 'outcome'>, t: DocumentsMessages): SafeHtml | null {
  if (!handoverDocumentReady(ticket)) return null;
  const doc = handoverDocument(ticket);
  return html`<a href="${certificateHref(ticketHref(ticket.id))}" class="${buttonClasses('secondary', 'sm')}" data-testid="print-certificate" data-document="${doc}">${iconHtml(FileCheck)} ${doc === 'refusal' ? t.links.refusal : t.links.certificate}</a>`;
}
