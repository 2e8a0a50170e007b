import type { AssignableEmployee } from '@/db/queries/ticket-people';
import type { Staff } from '@/lib/auth/session';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketIntakeMessages } from '@/lib/i18n/messages/features/ticket-intake';
import { canAssignTicket } from '@/lib/permissions';
import type { IntakeLabels } from './intake-form';
import type { AssigneeGroup } from './ticket-fields';

/** Managers and admins may assign anyone at intake; a technician only themselves (or nobody). */
export function mayAssignOthers(staff: Staff): boolean {
  return canAssignTicket(staff, { assigneeId: null }, null);
}

/** The assignee select's options: every active employee grouped by department, or "me" for a technician. */
export function assigneeGroups(
  staff: Staff,
  employees: AssignableEmployee[],
  departments: { id: number; name: string }[],
  ti: TicketIntakeMessages,
): AssigneeGroup[] {
  if (!mayAssignOthers(staff)) return [{ label: null, options: [{ value: String(staff.id), label: ti.assignee.me.replace('{name}', staff.fullName) }] }];
  return departments
    .map((d) => ({
      label: d.name,
      options: employees.filter((e) => e.departmentId === d.id).map((e) => ({ value: String(e.id), label: e.fullName })),
    }))
    .filter((g) => g.options.length > 0);
}

/** Plain strings for the client components (the catalog's functions cannot cross to the browser). */
export function intakeLabels(t: Messages, ti: TicketIntakeMessages, staff: Staff): IntakeLabels {
  const { assigneeManager, assigneeTechnician, ...hints } = ti.hints;
  const c = t.clients;
  const { upload, errors, limitsHint, intake } = t.attachments;
  return {
    clientSection: ti.sections.client,
    picker: ti.picker,
    newClient: {
      ...ti.newClient,
      fields: c.fields,
      hints: { phone: c.hints.phone, email: c.hints.email, notify: c.hints.notify, preferredChannel: c.hints.preferredChannel },
      channelOptions: c.channelOptions,
      kinds: c.kinds,
      locales: t.locales,
      duplicates: { title: c.duplicates.title, body: c.duplicates.body, samePhone: c.duplicates.samePhone, sameEmail: c.duplicates.sameEmail },
    },
    ticket: {
      fields: t.tickets.fields,
      kinds: t.tickets.kinds,
      channels: t.tickets.channels,
      priorities: t.priorities,
      sections: ti.sections,
      hints: { ...hints, assignee: mayAssignOthers(staff) ? assigneeManager : assigneeTechnician },
      nobody: ti.assignee.nobody,
      methods: t.payments.methods,
    },
    attachments: { upload, errors, limitsHint, intake },
    submit: ti.submit,
    creating: ti.creating,
    cancel: t.common.cancel,
  };
}
