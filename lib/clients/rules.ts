import { ROLES, type Role } from '@/lib/domain/enums';
import { canDeleteRecords } from '@/lib/permissions';

type Actor = { role: Role };

/** SPEC §3: every staff member views, creates and edits clients. */
export const canEditClients = (user: Actor) => ROLES.includes(user.role);

/** SPEC §3: only an administrator deletes a client (and only one without tickets). */
export const canDeleteClient = (user: Actor) => canDeleteRecords(user);
