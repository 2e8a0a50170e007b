import type { Role } from '@/lib/domain/enums';

type Actor = { role: Role };

/** SPEC §3, one function per rule; actions and the UI both ask these. */
export const canSeeOutbox = (user: Actor) => user.role === 'admin' || user.role === 'manager';
export const canManageStaff = (user: Actor) => user.role === 'admin';
export const canDeleteRecords = (user: Actor) => user.role === 'admin';
