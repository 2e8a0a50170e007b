import type { Metadata } from 'next';
import { Card, CardContent, CardHeader, cardTitleHtml } from '@/components/ui';
import { html, innerHtml } from '@/components/ui/html';
import { attachmentsByIds } from '@/db/queries/attachments';
import { listDepartmentOptions } from '@/db/queries/departments';
import { getDepartmentName, getTicketClient } from '@/db/queries/ticket-detail';
import { employeeNames, listAssignableEmployees } from '@/db/queries/ticket-people';
import { latestEstimateSummary } from '@/db/queries/estimates';
import { listTicketEvents, listTicketsWithSerial } from '@/db/queries/tickets';
import { listTicketLines } from '@/db/queries/ticket-lines';
import { listTicketPayments } from '@/db/queries/payments';
import { listWarrantyReturnsOf } from '@/db/queries/warranty';
import { priceLines } from '@/lib/estimates/lines';
import { isOpenStatus } from '@/lib/tickets/lifecycle';
import { requireStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { getLocale, getT } from '@/lib/i18n/server';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { canAssignTicket, canEditLines, canOverrideDecision, canOverrideStock, canRefund, canTakePayment, canWorkOnTicket } from '@/lib/permissions';
import { AttachmentsCard } from './_components/attachments-card';
import { timelineAttachmentIds } from './_components/attachments-timeline';
import { ClientCard } from './_components/client-card';
import { CommentForm } from './_components/comment-form';
import { DeviceCard } from './_components/device-card';
import { DeviceHistory } from './_components/device-history';
import { LinesCard } from './_components/lines-card';
import { loadTicketOrNotFound } from './_components/load-ticket';
import { PaymentsCard } from './_components/payments-card';
import { PublicLinkControls } from './_components/public-link-controls';
import { TicketControls, type PickerOptions } from './_components/ticket-controls';
import { TicketHeader } from './_components/ticket-header';
import { Timeline, timelineEmployeeIds } from './_components/timeline';
import { WorkCard } from './_components/work-card';
import { WarrantyLinks } from './_components/warranty-links';
import { ReplyCard } from './_components/reply-card';
import { openRegion, type Regions } from './_components/regions';
import { replyChannel } from '@/lib/client-messages/reply-channel';

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff();
  const ticket = await loadTicketOrNotFound((await params).number);
  return { title: `${formatTicketNumber(ticket.id)} · ${ticket.title}` };
}

export default async function TicketPage({ params, searchParams }: Props) {
  const [staff, t, locale, { number }, query] = await Promise.all([requireStaff(), getT(), getLocale(), params, searchParams]);
  const td = t.ticketDetail;
  const ticket = await loadTicketOrNotFound(number);
  const timeZone = env().APP_TIMEZONE;
  const events = await listTicketEvents(ticket.id);
  // One query for every name the page shows: timeline actors, assignees in events, the current assignee.
  const names = await employeeNames([...timelineEmployeeIds(events), ...(ticket.assigneeId === null ? [] : [ticket.assigneeId])]);
  const client = await getTicketClient(ticket.clientId);
  const mayWork = canWorkOnTicket(staff, ticket);
  const regions: Regions = { open: openRegion(query.open), pageHref: ticketHref(ticket.id) };
  // Managers and admins (who may assign anyone, or nobody) get the picker; its options are loaded only for them, once they open it.
  const picker: PickerOptions | undefined =
    regions.open === 'assignee' && canAssignTicket(staff, ticket, null)
      ? {
          employees: (await listAssignableEmployees(ticket.assigneeId)).map(({ id, fullName, departmentId, active }) => ({ id, fullName, departmentId, active })),
          departments: await listDepartmentOptions(),
        }
      : undefined;
  const assigneeName = ticket.assigneeId === null ? undefined : names.get(ticket.assigneeId);

  return (
    <div className="space-y-6">
      <TicketHeader
        ticket={ticket}
        departmentName={await getDepartmentName(ticket.departmentId)}
        assigneeName={assigneeName}
        staff={staff}
        t={t}
        td={td}
        locale={locale}
        timeZone={timeZone}
        now={new Date()}
      />
      <WarrantyLinks returnOfId={ticket.warrantyReturnOfId} returns={await listWarrantyReturnsOf(ticket.id)} locale={locale} />

      {/* Status and assignee come first on a phone; on a wide screen they sit at the top of the side column. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <TicketControls ticket={ticket} staff={staff} picker={picker} assigneeName={assigneeName} td={td} locale={locale} regions={regions} />
          <PublicLinkControls ticket={ticket} staff={staff} locale={locale} />
        </div>

        <div className="space-y-6 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <WorkCard ticket={ticket} t={t} td={td} />
          <LinesCard
            ticket={ticket}
            priced={priceLines(await listTicketLines(ticket.id), ticket.discountMinor)}
            latest={await latestEstimateSummary(ticket.id)}
            editable={canEditLines(staff, ticket) && isOpenStatus(ticket.status)}
            mayOverrideStock={canOverrideStock(staff)}
            decisions={{ phone: mayWork, override: canOverrideDecision(staff) }}
            e={t.estimates}
            locale={locale}
            timeZone={timeZone}
            regions={regions}
          />
          <PaymentsCard
            ticket={ticket}
            payments={await listTicketPayments(ticket.id)}
            may={{ take: canTakePayment(staff), refund: canRefund(staff) }}
            p={t.payments}
            locale={locale}
            timeZone={timeZone}
            regions={regions}
          />
          {ticket.kind === 'repair' && <DeviceCard ticket={ticket} t={t} td={td} />}
          <AttachmentsCard ticket={ticket} staff={staff} locale={locale} />

          <Card>
            <CardHeader dangerouslySetInnerHTML={innerHtml(html`${cardTitleHtml(td.timeline.title, 'timeline-title')}<span class="text-xs text-slate-500">${td.timeline.order}</span>`)} />
            <CardContent className="space-y-6">
              <Timeline
                events={events}
                names={names}
                labels={{ timeline: td.timeline, statuses: t.statuses, fields: t.tickets.fields, estimates: t.estimates }}
                locale={locale}
                timeZone={timeZone}
                clientName={client?.name}
                attachments={await attachmentsByIds(timelineAttachmentIds(events))}
              />
              <section aria-labelledby="comment-title" className="space-y-3 border-t border-slate-100 pt-4">
                <h3 id="comment-title" className="text-sm font-semibold text-slate-900">
                  {td.comment.title}
                </h3>
                {mayWork ? <CommentForm ticketId={ticket.id} locale={locale} /> : <p className="text-sm text-slate-600">{td.comment.readOnly}</p>}
              </section>
            </CardContent>
          </Card>
          {client && <ReplyCard ticket={ticket} staff={staff} via={replyChannel(client)} locale={locale} timeZone={timeZone} />}
        </div>

        <div className="space-y-6 lg:col-start-3 lg:row-start-2 lg:self-start">
          {client && <ClientCard client={client} t={t} td={td} />}

          {ticket.serialNumber && (
            <DeviceHistory
              serialNumber={ticket.serialNumber}
              others={await listTicketsWithSerial(ticket.serialNumber, ticket.id)}
              t={t}
              td={td}
              locale={locale}
              timeZone={timeZone}
            />
          )}
        </div>
      </div>
    </div>
  );
}
