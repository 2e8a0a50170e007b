import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { listDepartmentOptions } from '@/db/queries/departments';
import { getTicketClient } from '@/db/queries/ticket-detail';
import { requireStaff } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { canWorkOnTicket } from '@/lib/permissions';
import { EditTicketForm } from '../_components/edit-form';
import { loadTicketOrNotFound } from '../_components/load-ticket';

type Props = { params: Promise<{ number: string }> };

async function loadEditable(params: Props['params']) {
  const [staff, { number }] = await Promise.all([requireStaff(), params]);
  const ticket = await loadTicketOrNotFound(number);
  if (!canWorkOnTicket(staff, ticket)) forbidden();
  return ticket;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff();
  const [ticket, { ticketDetail: td }] = await Promise.all([loadEditable(params), getT()]);
  return { title: td.edit.title(formatTicketNumber(ticket.id)) };
}

export default async function EditTicketPage({ params }: Props) {
  const [ticket, t] = await Promise.all([loadEditable(params), getT()]);
  const td = t.ticketDetail;
  const client = await getTicketClient(ticket.clientId);
  const text = (v: string | null) => v ?? '';
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <h1 id="page-title" className="text-2xl font-semibold">
        {td.edit.title(formatTicketNumber(ticket.id))}
      </h1>
      <EditTicketForm
        ticketId={ticket.id}
        version={ticket.version}
        client={{ id: ticket.clientId, name: client?.name ?? t.common.none }}
        departments={await listDepartmentOptions()}
        cancelHref={ticketHref(ticket.id)}
        initial={{
          kind: ticket.kind,
          channel: ticket.channel,
          departmentId: String(ticket.departmentId),
          priority: ticket.priority,
          dueDate: text(ticket.dueDate),
          title: ticket.title,
          description: ticket.description,
          deviceType: text(ticket.deviceType),
          brand: text(ticket.brand),
          model: text(ticket.model),
          serialNumber: text(ticket.serialNumber),
          accessories: text(ticket.accessories),
          intakeCondition: text(ticket.intakeCondition),
          warranty: ticket.warranty,
          diagnosis: ticket.diagnosis,
          workDone: ticket.workDone,
        }}
        labels={{
          fields: t.tickets.fields,
          kinds: t.tickets.kinds,
          channels: t.tickets.channels,
          priorities: t.priorities,
          sections: { general: td.edit.general, device: td.edit.device, work: td.edit.work },
          clientHint: td.edit.clientHint,
          submit: td.edit.submit,
          saving: td.edit.saving,
          cancel: t.common.cancel,
        }}
      />
    </section>
  );
}
