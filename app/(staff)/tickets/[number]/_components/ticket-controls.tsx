import { Card, CardContent, CardHeader, CardTitle, Disclosure } from '@/components/ui';
import { UserPlus } from '@/components/ui/icons';
import type { Ticket } from '@/db/queries/tickets';
import type { Staff } from '@/lib/auth/session';
import type { Locale } from '@/lib/domain/enums';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { allowedMoves } from '@/lib/tickets/lifecycle';
import { canAssignTicket, canOverrideClosing, canWorkOnTicket } from '@/lib/permissions';
import { AssignmentForm, type AssigneeGroup, type AssigneeOption } from './assignment-form';
import { regionProps, type Regions } from './regions';
import { StatusControl } from './status-control';
import { TakeTicketForm } from './take-ticket-form';

/** What the assignee picker offers; loaded by the page only for those who may pick, and only when the picker is open. */
export type PickerOptions = { employees: AssigneeOption[]; departments: { id: number; name: string }[] };

type Props = {
  ticket: Ticket;
  staff: Staff;
  /** The picker's options when the page was asked with the picker open; undefined otherwise. */
  picker: PickerOptions | undefined;
  assigneeName: string | undefined;
  td: TicketDetailMessages;
  locale: Locale;
  regions: Regions;
};

/** The status moves and the assignment this employee may make; nothing else is offered. */
export function TicketControls({ ticket, staff, picker, assigneeName, td, locale, regions }: Props) {
  const mayWork = canWorkOnTicket(staff, ticket);
  const moves = mayWork ? allowedMoves(ticket, staff.role) : [];
  // Whoever may unassign may pick anyone (managers, admins); a technician may only take an unassigned ticket.
  const mayPick = canAssignTicket(staff, ticket, null);
  const mayTake = !mayPick && canAssignTicket(staff, ticket, staff.id);
  const pickerToggle = {
    ...regionProps(regions, 'assignee'),
    label: assigneeName === undefined ? td.assignment.choose : td.assignment.change,
    icon: UserPlus.symbol.id,
    testId: 'assignee-open',
  };

  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>{td.status.title}</CardTitle>
        </CardHeader>
        <CardContent>
          {!mayWork ? (
            <p className="text-sm text-slate-600" data-testid="status-read-only">
              {td.status.readOnly}
            </p>
          ) : moves.length === 0 ? (
            <p className="text-sm text-slate-600">{td.status.noMoves}</p>
          ) : (
            <StatusControl
              ticketId={ticket.id}
              version={ticket.version}
              from={ticket.status}
              moves={moves}
              locale={locale}
              mayOverrideClosing={ticket.kind === 'repair' && canOverrideClosing(staff)}
            />
          )}
        </CardContent>
      </Card>

      {(mayPick || mayTake) && (
        <Card>
          <CardHeader>
            <CardTitle>{td.assignment.title}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            {mayPick ? (
              <>
                <p className="text-sm text-slate-800" data-testid="assignee-current">
                  {assigneeName ?? td.assignment.nobody}
                </p>
                {/* Two hundred people's names are loaded and sent only when the picker is asked for. */}
                {picker ? (
                  <Disclosure {...pickerToggle}>
                    <Picker ticket={ticket} options={picker} td={td} />
                  </Disclosure>
                ) : (
                  <Disclosure {...pickerToggle} />
                )}
              </>
            ) : (
              <TakeTicketForm ticketId={ticket.id} labels={td.assignment} />
            )}
          </CardContent>
        </Card>
      )}
    </>
  );
}

function Picker({ ticket, options, td }: { ticket: Ticket; options: PickerOptions; td: TicketDetailMessages }) {
  const assigneeDepartment = options.employees.find((p) => p.id === ticket.assigneeId)?.departmentId;
  const groups: AssigneeGroup[] = options.departments.map((d) => ({
    ...d,
    people: options.employees.filter((e) => e.departmentId === d.id).map((e) => (e.active ? { id: e.id, name: e.fullName } : { id: e.id, name: e.fullName, inactive: true })),
  }));
  return (
    <AssignmentForm ticketId={ticket.id} assigneeId={ticket.assigneeId} initialDepartmentId={assigneeDepartment ?? ticket.departmentId} groups={groups} labels={td.assignment} />
  );
}
