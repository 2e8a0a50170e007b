import { pngBytes, type Arranged, type Who } from './arrange';
import { CATALOG_MATRIX } from './matrix-catalog';
import { CHANNELS_MATRIX } from './matrix-channels';
import { CONVERSATION_MATRIX } from './matrix-conversation';
import { ESTIMATES_MATRIX } from './matrix-estimates';
import { PAYMENTS_MATRIX } from './matrix-payments';
import { REPLIES_MATRIX } from './matrix-replies';

/**
 * SPEC §3 as a table: every server action, who may call it, and a valid input for the case.
 * "technician" means the technician who owns the ticket under test (its assignee), since SPEC
 * §3 lets technicians work on their own tickets. A new action missing here fails the test.
 */
export type MatrixEntry = {
  module: string;
  action: string;
  allowed: readonly Who[] | 'public';
  input: (a: Arranged) => Record<string, string | number | File> | Promise<Record<string, string | number | File>>;
  /** A successful call ends the caller's session (their own password change). */
  signsOut?: true;
};

export const STAFF: Who[] = ['technician', 'manager', 'admin'];
export const MANAGERS: Who[] = ['manager', 'admin'];
export const ADMIN: Who[] = ['admin'];
const TICKET_FIELDS = { kind: 'repair', channel: 'phone', priority: 'normal', title: 'Matrix ticket' };

export const MATRIX: MatrixEntry[] = [
  { module: 'app/(staff)/departments/actions.ts', action: 'createDepartmentAction', allowed: ADMIN, input: (a) => ({ name: `D ${a.unique()}` }) },
  { module: 'app/(staff)/departments/actions.ts', action: 'updateDepartmentAction', allowed: ADMIN, input: (a) => ({ id: a.dept.id, name: `D ${a.unique()}` }) },
  { module: 'app/(staff)/departments/actions.ts', action: 'deleteDepartmentAction', allowed: ADMIN, input: async (a) => ({ id: await a.emptyDepartment() }) },

  {
    module: 'app/(staff)/employees/actions.ts',
    action: 'createEmployeeAction',
    allowed: ADMIN,
    input: (a) => ({ fullName: 'New Person', email: `p${a.unique()}@test.local`, departmentId: a.dept.id, role: 'technician', locale: 'ru', password: 'Strong-pass-2026' }),
  },
  {
    module: 'app/(staff)/employees/actions.ts',
    action: 'updateEmployeeAction',
    allowed: ADMIN,
    input: (a) => ({ id: a.colleague.id, fullName: 'Renamed', email: a.colleague.email, departmentId: a.dept.id, role: 'technician', locale: 'en' }),
  },
  { module: 'app/(staff)/employees/actions.ts', action: 'setEmployeePasswordAction', allowed: ADMIN, input: (a) => ({ id: a.colleague.id, password: 'Another-pass-2026' }) },
  { module: 'app/(staff)/employees/actions.ts', action: 'deactivateEmployeeAction', allowed: ADMIN, input: (a) => ({ id: a.colleague.id }) },
  { module: 'app/(staff)/employees/actions.ts', action: 'reactivateEmployeeAction', allowed: ADMIN, input: (a) => ({ id: a.colleague.id }) },
  { module: 'app/(staff)/employees/actions.ts', action: 'endEmployeeSessionsAction', allowed: ADMIN, input: (a) => ({ id: a.colleague.id }) },
  { module: 'app/(staff)/employees/actions.ts', action: 'deleteEmployeeAction', allowed: ADMIN, input: (a) => ({ id: a.colleague.id }) },

  { module: 'app/(staff)/profile/actions.ts', action: 'updateProfileAction', allowed: STAFF, input: () => ({ fullName: 'Me Myself', locale: 'en' }) },
  {
    module: 'app/(staff)/profile/actions.ts',
    action: 'changeOwnPasswordAction',
    allowed: STAFF,
    input: (a) => ({ currentPassword: a.callerPassword, newPassword: 'Brand-new-pass-1', confirmPassword: 'Brand-new-pass-1' }),
    signsOut: true,
  },

  { module: 'app/(staff)/profile/actions.ts', action: 'endOwnSessionAction', allowed: STAFF, input: async (a) => ({ id: await a.otherSession() }) },
  { module: 'app/(staff)/profile/actions.ts', action: 'signOutEverywhereAction', allowed: STAFF, input: () => ({}), signsOut: true },
  { module: 'app/(staff)/profile/telegram-actions.ts', action: 'chooseNotifyViaAction', allowed: STAFF, input: () => ({ notifyVia: 'email' }) },

  { module: 'app/(staff)/clients/actions.ts', action: 'createClientAction', allowed: STAFF, input: (a) => ({ kind: 'person', name: 'Client', phone: a.phone(), locale: 'ru' }) },
  { module: 'app/(staff)/clients/actions.ts', action: 'updateClientAction', allowed: STAFF, input: (a) => ({ id: a.client.id, kind: 'person', name: 'Renamed client', phone: a.client.phone!, locale: 'ru' }) },
  { module: 'app/(staff)/clients/actions.ts', action: 'deleteClientAction', allowed: ADMIN, input: (a) => ({ id: a.client.id }) },
  { module: 'app/(staff)/tickets/new/actions.ts', action: 'createIntakeClientAction', allowed: STAFF, input: (a) => ({ kind: 'person', name: 'Walk-in', email: `w${a.unique()}@test.local`, locale: 'ru' }) },

  { module: 'app/(staff)/tickets/actions.ts', action: 'createTicketAction', allowed: STAFF, input: (a) => ({ ...TICKET_FIELDS, clientId: a.client.id, departmentId: a.dept.id }) },
  {
    module: 'app/(staff)/tickets/actions.ts',
    action: 'updateTicketAction',
    allowed: STAFF,
    input: async (a) => {
      const t = await a.ticket(a.technician.id);
      return { ...TICKET_FIELDS, id: t.id, version: t.version, clientId: a.client.id, departmentId: a.dept.id, diagnosis: 'Checked' };
    },
  },
  { module: 'app/(staff)/tickets/actions.ts', action: 'changeTicketStatusAction', allowed: STAFF, input: async (a) => ({ id: (await a.ticket(a.technician.id)).id, to: 'diagnostics' }) },
  { module: 'app/(staff)/tickets/actions.ts', action: 'assignTicketAction', allowed: MANAGERS, input: async (a) => ({ id: (await a.ticket(a.technician.id)).id, assigneeId: a.colleague.id }) },
  { module: 'app/(staff)/tickets/actions.ts', action: 'takeTicketAction', allowed: STAFF, input: async (a) => ({ id: (await a.ticket(null)).id }) },
  { module: 'app/(staff)/tickets/actions.ts', action: 'addCommentAction', allowed: STAFF, input: async (a) => ({ id: (await a.ticket(a.technician.id)).id, body: 'Note', visibility: 'internal' }) },
  { module: 'app/(staff)/tickets/actions.ts', action: 'deleteTicketAction', allowed: ADMIN, input: async (a) => ({ id: (await a.ticket(null)).id }) },
  { module: 'app/(staff)/tickets/public-link-actions.ts', action: 'resendPublicLinkAction', allowed: STAFF, input: async (a) => ({ id: (await a.ticket(a.technician.id)).id }) },
  { module: 'app/(staff)/tickets/public-link-actions.ts', action: 'regeneratePublicLinkAction', allowed: STAFF, input: async (a) => ({ id: (await a.ticket(a.technician.id)).id }) },

  {
    module: 'app/(staff)/tickets/attachment-actions.ts',
    action: 'uploadAttachmentsAction',
    allowed: STAFF,
    input: async (a) => ({ ticketId: (await a.ticket(a.technician.id)).id, file: new File([Buffer.from(pngBytes())], 'photo.png', { type: 'image/png' }) }),
  },
  // The uploader is a colleague: besides them only managers and admins delete a file.
  { module: 'app/(staff)/tickets/attachment-actions.ts', action: 'deleteAttachmentAction', allowed: MANAGERS, input: async (a) => ({ id: (await a.attachment()).id }) },
  { module: 'app/(staff)/tickets/attachment-actions.ts', action: 'setAttachmentVisibilityAction', allowed: STAFF, input: async (a) => ({ id: (await a.attachment()).id }) },
  {
    module: 'app/(staff)/tickets/attachment-actions.ts',
    action: 'createTicketWithAttachmentsAction',
    allowed: STAFF,
    input: (a) => ({ ...TICKET_FIELDS, clientId: a.client.id, departmentId: a.dept.id }),
  },

  { module: 'app/(staff)/outbox/actions.ts', action: 'resendNotificationAction', allowed: MANAGERS, input: async (a) => ({ id: (await a.failedNotification()).id }) },

  // Public by design: the language switch and the client's status lookup (rate-limited).
  { module: 'lib/i18n/locale-action.ts', action: 'setLocaleAction', allowed: 'public', input: () => ({ locale: 'en' }) },
  { module: 'app/status/actions.ts', action: 'lookupStatusAction', allowed: 'public', input: () => ({ number: 'SC-999999', contact: '+79120000000' }) },

  ...CATALOG_MATRIX,
  ...ESTIMATES_MATRIX,
  ...PAYMENTS_MATRIX,
  ...CHANNELS_MATRIX,
  ...REPLIES_MATRIX,
  ...CONVERSATION_MATRIX,
];
