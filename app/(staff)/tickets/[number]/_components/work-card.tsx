import { badgeHtml, Card, cardHeaderHtml } from '@/components/ui';
import { html, innerHtml } from '@/components/ui/html';
import type { Ticket } from '@/db/queries/tickets';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { detailRowHtml, textOrEmptyHtml } from './detail-row';

/** The problem as the client put it, what was found and what was done; what it costs is the lines card's. */
export function WorkCard({ ticket, t, td }: { ticket: Ticket; t: Messages; td: TicketDetailMessages }) {
  const f = t.tickets.fields;
  const w = td.work;
  const outcome = ticket.outcome && badgeHtml('warning', t.estimates.outcome[ticket.outcome], 'work-outcome');
  return (
    <Card
      dangerouslySetInnerHTML={innerHtml(
        html`${cardHeaderHtml(w.title, { extra: outcome })}<div class="card-content"><dl class="grid gap-3">${[
          detailRowHtml(f.description, textOrEmptyHtml(ticket.description, w.noProblem), { testId: 'ticket-description' }),
          detailRowHtml(f.diagnosis, textOrEmptyHtml(ticket.diagnosis, w.noDiagnosis), { testId: 'ticket-diagnosis' }),
          detailRowHtml(f.workDone, textOrEmptyHtml(ticket.workDone, w.noWorkDone), { testId: 'ticket-work-done' }),
        ]}</dl></div>`,
      )}
    />
  );
}
