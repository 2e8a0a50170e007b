/**
 * The two writes of the load test, a status change and a comment, posted through the ticket
 * page's own forms, and how their answers are judged. Without JavaScript a server action answers
 * with the page re-rendered: success is the new state on it (the status form one version on,
 * the comment in the timeline); the form's error state is a refusal, counted as an error.
 */
import { isMoveAllowed } from '../../lib/tickets/lifecycle';
import type { Role, Status } from '../../lib/domain/enums';
import { bytesOf, formHtml, hiddenFields, textOf, type Fields } from './load-html';
import { LOAD_CYCLE, type OwnTicket } from './load-plan';
import type { Failure } from './load-stats';

const STATUS_FORM = 'data-testid="status-control"';
const COMMENT_FORM = 'data-testid="comment-form"';

/** What posting needs from a ticket page: both forms' hidden fields and the version it shows. */
export type TicketForms = { status: Fields; comment: Fields; version: number };

export function readTicketForms(html: string): TicketForms | null {
  const status = formHtml(html, STATUS_FORM);
  const comment = formHtml(html, COMMENT_FORM);
  if (!status || !comment) return null;
  const fields = hiddenFields(status);
  return { status: fields, comment: hiddenFields(comment), version: Number(fields.version) };
}

/**
 * Along the lifecycle and round again: the cycle's statuses in order; from `ready` the ticket goes
 * back to diagnostics (closing a repair needs a diagnosis, the work done and final lines, which a
 * status click does not give), so it stays open and theirs to move.
 */
export function nextStatus(ticket: OwnTicket, role: Role): Status {
  let to: Status;
  if (ticket.status === 'closed') to = 'in_progress';
  else if (ticket.status === 'ready') to = 'diagnostics';
  else to = LOAD_CYCLE[(LOAD_CYCLE.indexOf(ticket.status) + 1) % LOAD_CYCLE.length];
  if (!isMoveAllowed({ from: ticket.status, to, kind: ticket.kind, role })) throw new Error(`the plan would move ${ticket.id} ${ticket.status} → ${to}`);
  return to;
}

/** The text of the form's danger alert, for the error list. */
function alertText(form: string): string {
  const inside = /role="alert"[^>]*>([\s\S]*?)<\/(?:div|p)>/.exec(form)?.[1] ?? '';
  return textOf(inside).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200) || 'an error without a message';
}

const refused = (detail: string): Failure => ({ kind: 'refused by the form', detail });

/** Did the move land? The re-rendered status form must show the next version and no error. */
export function statusChangeFailure(html: string, versionBefore: number): Failure | null {
  const form = formHtml(html, STATUS_FORM);
  if (!form) return { kind: 'unexpected page', detail: 'the answer has no status form' };
  if (form.includes('data-testid="status-error"')) return refused(alertText(form));
  const version = Number(hiddenFields(form).version);
  return version === versionBefore + 1 ? null : refused(`version ${version} after the move, expected ${versionBefore + 1}`);
}

/** Did the comment land? Its text must be on the page outside the form (which echoes it back on an error). */
export function commentFailure(html: string, body: string): Failure | null {
  const form = formHtml(html, COMMENT_FORM);
  if (!form) return { kind: 'unexpected page', detail: 'the answer has no comment form' };
  if (form.includes('role="alert"')) return refused(alertText(form));
  return html.replace(form, '').includes(bytesOf(body)) ? null : refused('the comment is not in the timeline');
}
