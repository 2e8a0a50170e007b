import { getSignatory, listTicketPayments, type TicketPayment } from '@/db/queries/certificate';
import { getTicketClient, type TicketClient } from '@/db/queries/ticket-detail';
import { listTicketLines } from '@/db/queries/ticket-lines';
import type { Ticket } from '@/db/queries/tickets';
import { documentLocale, handoverDocument, handoverDocumentReady, type HandoverDocument } from '@/lib/documents/locale';
import { balanceDueMinor, paidMinor } from '@/lib/documents/payments';
import { warrantyStart } from '@/lib/documents/warranty';
import type { Locale } from '@/lib/domain/enums';
import { priceLines, type PricedLines } from '@/lib/estimates/lines';
import { loadTicketOrNotFound } from '../../_components/load-ticket';

type Signatory = { fullName: string; position: string };

/** Everything a handover document prints, read once on the server; figures in minor units. */
export type CertificateView = {
  ticket: Ticket;
  client: TicketClient | undefined;
  doc: HandoverDocument;
  locale: Locale;
  /** The same server computation as the ticket page's lines card: the totals are the ticket's. */
  priced: PricedLines;
  payments: TicketPayment[];
  paidMinor: number;
  balanceMinor: number;
  /** Paid beyond the total (to be refunded); 0 normally. */
  overpaidMinor: number;
  /** The handover: the closing time, or now while the ticket is open (then `provisional`). */
  warranty: { from: Date; provisional: boolean };
  /** Whoever prints the document hands the device over and signs for the service center. */
  executor: Signatory | undefined;
  technician: string | undefined;
  /** Not yet ready or closed: shown on screen as a preview. */
  draft: boolean;
};

/** The document of a `/tickets/[number]/certificate` route, or the 404 page for a bad number. */
export async function loadCertificate(rawNumber: string, opts: { staffId: number; staffLocale: Locale; lang: Locale | undefined; now: Date }): Promise<CertificateView> {
  const ticket = await loadTicketOrNotFound(rawNumber);
  const client = await getTicketClient(ticket.clientId);
  const payments = await listTicketPayments(ticket.id);
  const priced = priceLines(await listTicketLines(ticket.id), ticket.discountMinor);
  const paid = paidMinor(payments);
  return {
    ticket,
    client,
    doc: handoverDocument(ticket),
    locale: documentLocale(opts.lang, client?.locale, opts.staffLocale),
    priced,
    payments,
    paidMinor: paid,
    balanceMinor: balanceDueMinor(priced.totals.totalMinor, paid),
    overpaidMinor: Math.max(0, paid - priced.totals.totalMinor),
    warranty: warrantyStart(ticket.closedAt, opts.now),
    executor: await getSignatory(opts.staffId),
    technician: (await getSignatory(ticket.assigneeId))?.fullName,
    draft: !handoverDocumentReady(ticket),
  };
}
