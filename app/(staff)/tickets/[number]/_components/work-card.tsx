import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { Ticket } from '@/db/queries/tickets';
import type { Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { DetailRow } from './detail-row';

function Text({ value, empty }: { value: string; empty: string }) {
  return value ? <span className="whitespace-pre-line">{value}</span> : <span className="text-slate-500">{empty}</span>;
}

/** The problem as the client put it, what was found, what was done, and what it costs. */
export function WorkCard({ ticket, t, td, locale }: { ticket: Ticket; t: Messages; td: TicketDetailMessages; locale: Locale }) {
  const f = t.tickets.fields;
  const w = td.work;
  const money = (minor: number | null) =>
    minor === null ? <span className="text-slate-500">{w.notSet}</span> : formatMoney(minor, ticket.currency, locale);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{w.title}</CardTitle>
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
          <DetailRow label={f.estimateMinor} testId="ticket-estimate">
            {money(ticket.estimateMinor)}
          </DetailRow>
          <DetailRow label={f.finalCostMinor} testId="ticket-final-cost">
            {money(ticket.finalCostMinor)}
          </DetailRow>
        </dl>
      </CardContent>
    </Card>
  );
}
