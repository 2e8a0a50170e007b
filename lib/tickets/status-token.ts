import type { Status } from '@/lib/domain/enums';

/**
 * The ticket list's `status` parameter (SPEC §4) takes statuses and the groups `open` and `closed`,
 * and the group `closed` (closed and cancelled) has the name of a status. `closed` in the URL stays
 * the group, as SPEC and every saved link have it; the status `closed` alone is `closed_only`.
 * A plain module: the table's rows are built in the browser too.
 */
export const STATUS_GROUPS = ['open', 'closed'] as const;
export const LONE_CLOSED = 'closed_only';
export type StatusToken = Status | (typeof STATUS_GROUPS)[number] | typeof LONE_CLOSED;

/** How the list's URL names one status. */
export function statusToken(status: Status): StatusToken {
  return status === 'closed' ? LONE_CLOSED : status;
}

/** The list of tickets in one status. */
export function statusListHref(status: Status): string {
  return `/tickets?status=${statusToken(status)}`;
}
