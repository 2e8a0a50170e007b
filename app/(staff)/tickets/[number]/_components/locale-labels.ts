import type { Locale } from '@/lib/domain/enums';
import { attachmentsEn, attachmentsRu, type AttachmentsMessages } from '@/lib/i18n/messages/features/attachments';
import { paymentsEn, paymentsRu, type PaymentsMessages } from '@/lib/i18n/messages/features/payments';
import { ticketDetailEn, ticketDetailRu, type TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';

/*
 * The strings of the ticket page's larger client components (the upload, the status moves, the
 * payment forms, the comment), looked up in the browser by the locale the component is given.
 * Passed as props, the same few kilobytes of labels travelled in the page's payload on every view
 * of every ticket, and React serialized and read them back each time; the bundle carries them once
 * and is cached.
 */

export function attachmentsFor(locale: Locale): AttachmentsMessages {
  return locale === 'ru' ? attachmentsRu : attachmentsEn;
}

export function paymentsFor(locale: Locale): PaymentsMessages {
  return locale === 'ru' ? paymentsRu : paymentsEn;
}

export function statusLabelsFor(locale: Locale): TicketDetailMessages['status'] {
  return (locale === 'ru' ? ticketDetailRu : ticketDetailEn).status;
}

export function commentLabelsFor(locale: Locale): TicketDetailMessages['comment'] {
  return (locale === 'ru' ? ticketDetailRu : ticketDetailEn).comment;
}
