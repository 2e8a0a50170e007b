/**
 * A ticket's timeline (ticket_events) that tells the same story as its status: created,
 * assigned, each allowed move in turn, the fields filled on the way, and a few comments. Every
 * comment, internal ones too, is in the client's language: a ticket reads in one language.
 */
import type { EventKind, Locale, Status, TicketKind } from '@/lib/domain/enums';
import { DAY, HOUR, MINUTE } from './clock';
import {
  CANCEL_REASONS, estimateComment, INTERNAL_NOTES, PARTS_INTERNAL, PARTS_PUBLIC, QUESTION_FOR_CLIENT, READY_PUBLIC, REOPEN_NOTE,
  WARRANTY_CANCEL_REASONS, WARRANTY_FOR_CLIENT,
} from './comments';
import type { Random } from './random';

/** Everything about the ticket being generated; one object, refilled for every ticket. */
export interface Draft {
  kind: TicketKind;
  lang: Locale; // the client's language: every comment is written in it
  path: readonly Status[];
  firstAssignee: number | null;
  assignee: number | null; // differs from firstAssignee when the ticket was handed over
  createdBy: number;
  manager: number;
  warranty: boolean;
  estimateMinor: number | null;
  createdAt: number;
  closedAt: number | null;
  firstReadyAt: number | null;
  updatedAt: number;
  version: number;
}

// Stored as JSON text, the way drizzle writes `fields` ({ mode: 'json' }).
const DIAGNOSIS_FIELDS = JSON.stringify(['diagnosis', 'estimateMinor']);
const WARRANTY_DIAGNOSIS_FIELDS = JSON.stringify(['diagnosis']);
const WORK_FIELDS = JSON.stringify(['workDone', 'finalCostMinor']);
const ANSWER_FIELDS = JSON.stringify(['workDone']);

/** Column-wise scratch space for one ticket's events, reused so a scale run allocates nothing per event. */
export class EventBuffer {
  length = 0;
  readonly kind: EventKind[] = [];
  readonly actor: (number | null)[] = [];
  readonly from: (string | null)[] = [];
  readonly to: (string | null)[] = [];
  readonly fields: (string | null)[] = [];
  readonly body: (string | null)[] = [];
  readonly isPublic: number[] = [];
  readonly at: number[] = [];

  push(kind: EventKind, actor: number | null, from: string | null, to: string | null, fields: string | null, body: string | null, isPublic = 0) {
    const i = this.length++;
    this.kind[i] = kind;
    this.actor[i] = actor;
    this.from[i] = from;
    this.to[i] = to;
    this.fields[i] = fields;
    this.body[i] = body;
    this.isPublic[i] = isPublic;
  }
}

/** Events in order; times come later from `schedule`, once their number is known. */
export function buildEvents(buf: EventBuffer, rng: Random, d: Draft) {
  buf.length = 0;
  d.version = 1;
  buf.push('created', d.createdBy, null, null, null, null);
  if (d.firstAssignee !== null) {
    const selfAssigned = d.firstAssignee === d.createdBy || rng.chance(0.35);
    buf.push('assigned', selfAssigned ? d.firstAssignee : d.manager, null, String(d.firstAssignee), null, null);
    d.version++;
  }
  let worker = d.firstAssignee ?? d.manager;
  const handOverAt = d.assignee !== d.firstAssignee ? 2 : -1;
  for (let step = 1; step < d.path.length; step++) {
    if (step === handOverAt) {
      buf.push('assigned', d.manager, String(d.firstAssignee), String(d.assignee), null, null);
      worker = d.assignee ?? d.manager;
      d.version++;
    }
    moveEvents(buf, rng, d, d.path[step - 1], d.path[step], worker);
  }
}

function moveEvents(buf: EventBuffer, rng: Random, d: Draft, from: Status, to: Status, worker: number) {
  const repair = d.kind === 'repair';
  if (repair && from === 'diagnostics' && to !== 'cancelled') {
    buf.push('field_changed', worker, null, null, d.warranty ? WARRANTY_DIAGNOSIS_FIELDS : DIAGNOSIS_FIELDS, null);
    d.version++;
  }
  if (to === 'ready' || (!repair && to === 'closed' && from !== 'ready')) {
    buf.push('field_changed', worker, null, null, repair ? WORK_FIELDS : ANSWER_FIELDS, null);
    d.version++;
  }
  const reopen = from === 'closed' || from === 'cancelled'; // only a manager or an admin may reopen
  const actor = reopen || to === 'closed' ? d.manager : worker;
  buf.push('status_changed', actor, from, to, null, null);
  d.version++;

  if (reopen) buf.push('comment', actor, null, null, null, REOPEN_NOTE[d.lang]);
  else if (to === 'awaiting_approval') {
    const text = !repair ? QUESTION_FOR_CLIENT[d.lang] : d.estimateMinor !== null ? estimateComment(d.estimateMinor, d.lang) : WARRANTY_FOR_CLIENT[d.lang];
    buf.push('comment', worker, null, null, null, text, 1);
  } else if (to === 'awaiting_parts') {
    if (rng.chance(0.6)) buf.push('comment', worker, null, null, null, PARTS_PUBLIC[d.lang], 1);
    else buf.push('comment', worker, null, null, null, PARTS_INTERNAL[d.lang]);
  } else if (to === 'ready') {
    if (rng.chance(0.7)) buf.push('comment', worker, null, null, null, READY_PUBLIC[d.lang], 1);
  } else if (to === 'cancelled') {
    buf.push('comment', actor, null, null, null, rng.pick(d.warranty ? WARRANTY_CANCEL_REASONS : CANCEL_REASONS)[d.lang]);
  } else if ((to === 'diagnostics' || to === 'in_progress') && rng.chance(0.15)) {
    buf.push('comment', worker, null, null, null, rng.pick(INTERNAL_NOTES)[d.lang]);
  }
}

/** How long the ticket has been worked on so far, before clamping to "now". */
function plannedSpan(rng: Random, d: Draft, status: Status, sinceCreated: number): number {
  const r = rng.next();
  if (status === 'closed') return d.kind === 'repair' ? DAY * (0.3 + 14 * r * r) : 10 * MINUTE + r * 2 * DAY;
  if (status === 'cancelled') return HOUR + r * 5 * DAY;
  return sinceCreated * (0.3 + 0.65 * r);
}

/**
 * Spreads the events over the ticket's life: strictly increasing, the first at creation, none
 * after `now`. Sets closedAt (the last move to closed), firstReadyAt (the first move to ready)
 * and updatedAt (the last change).
 */
export function schedule(buf: EventBuffer, rng: Random, d: Draft, now: number) {
  const status = d.path[d.path.length - 1];
  const sinceCreated = now - d.createdAt;
  const span = Math.max(buf.length, Math.min(plannedSpan(rng, d, status, sinceCreated), sinceCreated - buf.length - 1000));
  const slot = span / Math.max(1, buf.length - 1);
  let prev = d.createdAt;
  buf.at[0] = prev;
  d.closedAt = null;
  d.firstReadyAt = null;
  d.updatedAt = prev;
  for (let i = 1; i < buf.length; i++) {
    const at = Math.max(prev + 1, d.createdAt + Math.floor(slot * (i - 1 + 0.05 + 0.9 * rng.next())));
    buf.at[i] = at;
    prev = at;
    if (buf.kind[i] !== 'comment') d.updatedAt = at;
    if (buf.kind[i] === 'status_changed') {
      d.closedAt = buf.to[i] === 'closed' ? at : null;
      if (buf.to[i] === 'ready') d.firstReadyAt ??= at;
    }
  }
}
