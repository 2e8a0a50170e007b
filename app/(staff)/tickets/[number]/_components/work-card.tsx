import { Badge, Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { Ticket } from '@/db/queries/tickets';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { DetailRow } from './detail-row';

function Text({ value, empty }: { value: string; empty: string }) {
  return value ? <span className="whitespace-pre-line">{value}</span> : <span className="text-slate-500">{empty}</span>;
}

/** The problem as the client put it, what was found and what was done; what it costs is the lines card's. */
export function WorkCard({ ticket, t, td }: { ticket: Ticket; t: Messages; td: TicketDetailMessages }) {
  const f = t.tickets.fields;
  const w = td.work;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{w.title}</CardTitle>
        {ticket.outcome && (
          <Badge tone="warning" data-testid="work-outcome">
            {t.estimates.outcome[ticket.outcome]}
          </Badge>
        )}
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3">
          <DetailRow label={f.description} testId="ticket-description">
            <Text value={ticket.description} empty={w.noProblem} />
          </DetailRow>
          <DetailRow label={f.diagnosis} testId="ticket-diagnosis">
            <Text value={ticket.diagnosis} empty={w.noDiagnosis} />
          </DetailRow>
          <DetailRow label={f.workDone} testId="ticket-work-done">
            <Text value={ticket.workDone} empty={w.noWorkDone} />
          </DetailRow>
        </dl>
      </CardContent>
    </Card>
  );
}
