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
import type { EstimateDraft } from './lines';
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
  /** The estimate the client was sent, if any, and how it ended (see ./lines.ts). */
  estimate: EstimateDraft;
}

// Stored as JSON text, the way drizzle writes `fields` ({ mode: 'json' }).
// The estimate is the lines' total and the final cost is taken at closing (issue 16): an edit of
// the ticket names only the diagnosis or the work done.
const DIAGNOSIS_FIELDS = JSON.stringify(['diagnosis']);
const WORK_FIELDS = JSON.stringify(['workDone']);

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
  readonly details: (string | null)[] = [];
  readonly at: number[] = [];

  push(kind: EventKind, actor: number | null, from: string | null, to: string | null, fields: string | null, body: string | null, isPublic = 0, details: string | null = null): number {
    const i = this.length++;
    this.kind[i] = kind;
    this.actor[i] = actor;
    this.from[i] = from;
    this.to[i] = to;
    this.fields[i] = fields;
    this.body[i] = body;
    this.isPublic[i] = isPublic;
    this.details[i] = details;
    return i;
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
  const e = d.estimate;
  const declined = e.fate === 'declined';
  if (repair && from === 'diagnostics' && to !== 'cancelled') {
    e.linesEvent = buf.push('field_changed', worker, null, null, DIAGNOSIS_FIELDS, null);
    d.version++;
  }
  if ((to === 'ready' && !(declined && from === 'awaiting_approval')) || (!repair && to === 'closed' && from !== 'ready')) {
    buf.push('field_changed', worker, null, null, WORK_FIELDS, null);
    d.version++;
  }
  // The client's decision comes first, then the move it makes: by the system when the client
  // decided on the status page, by whoever took the call otherwise.
  const decides = from === 'awaiting_approval' && e.fate !== 'none' && to !== 'cancelled';
  if (decides) decisionEvent(buf, e, worker);
  else if (from === 'awaiting_approval' && e.fate === 'withdrawn') {
    buf.push('estimate_withdrawn', worker, null, null, null, null, 0, estimateDetails(e.revised ? 2 : 1, e.totalMinor));
  }
  const reopen = from === 'closed' || from === 'cancelled'; // only a manager or an admin may reopen
  const actor = reopen || to === 'closed' ? d.manager : decides && e.via === 'status_page' ? null : worker;
  buf.push('status_changed', actor, from, to, null, null);
  d.version++;
  if (to === 'awaiting_approval' && e.fate !== 'none') sentEvents(buf, e, worker, d.lang);

  if (reopen) buf.push('comment', d.manager, null, null, null, REOPEN_NOTE[d.lang]);
  else if (to === 'awaiting_approval') {
    const text = !repair ? QUESTION_FOR_CLIENT[d.lang] : d.estimateMinor !== null ? estimateComment(d.estimateMinor, d.lang) : WARRANTY_FOR_CLIENT[d.lang];
    buf.push('comment', worker, null, null, null, text, 1);
  } else if (to === 'awaiting_parts') {
    if (rng.chance(0.6)) buf.push('comment', worker, null, null, null, PARTS_PUBLIC[d.lang], 1);
    else buf.push('comment', worker, null, null, null, PARTS_INTERNAL[d.lang]);
  } else if (to === 'ready') {
    if (rng.chance(0.7)) buf.push('comment', worker, null, null, null, (declined ? RETURN_PUBLIC : READY_PUBLIC)[d.lang], 1);
  } else if (to === 'cancelled') {
    buf.push('comment', actor, null, null, null, rng.pick(d.warranty ? WARRANTY_CANCEL_REASONS : CANCEL_REASONS)[d.lang]);
  } else if ((to === 'diagnostics' || to === 'in_progress') && rng.chance(0.15)) {
    buf.push('comment', worker, null, null, null, rng.pick(INTERNAL_NOTES)[d.lang]);
  }
}

const RETURN_PUBLIC = {
  ru: 'Ремонт не проводился, устройство можно забрать. Мы работаем ежедневно с 9:00 до 21:00.',
  en: 'No repair was made; you can pick the device up. We are open daily from 9 am to 9 pm.',
} as const;

function estimateDetails(version: number, totalMinor: number): string {
  return JSON.stringify({ version, totalMinor });
}

/** Version 1 goes to the client; when the lines changed while they decided, it is withdrawn and version 2 goes. */
function sentEvents(buf: EventBuffer, e: EstimateDraft, worker: number, lang: Draft['lang']) {
  if (!e.revised) {
    e.firstSentEvent = e.sentEvent = buf.push('estimate_sent', worker, null, null, null, null, 0, estimateDetails(1, e.totalMinor));
    return;
  }
  e.firstSentEvent = buf.push('estimate_sent', worker, null, null, null, null, 0, estimateDetails(1, e.firstTotalMinor));
  buf.push('comment', worker, null, null, null, REVISED_NOTE[lang]);
  buf.push('estimate_withdrawn', worker, null, null, null, null, 0, estimateDetails(1, e.firstTotalMinor));
  e.sentEvent = buf.push('estimate_sent', worker, null, null, null, null, 0, estimateDetails(2, e.totalMinor));
}

const REVISED_NOTE = {
  ru: 'Нашёл ещё одну неисправность, добавил работу в смету.',
  en: 'Found one more fault; added the work to the estimate.',
} as const;

function decisionEvent(buf: EventBuffer, e: EstimateDraft, worker: number) {
  const decision = e.fate === 'declined' ? 'declined' : 'approved';
  const details = { version: e.revised ? 2 : 1, totalMinor: e.totalMinor, decision, via: e.via, ...(e.reason ? { reason: e.reason } : {}) };
  e.decidedEvent = buf.push('estimate_decided', e.via === 'phone' ? worker : null, null, null, null, null, 0, JSON.stringify(details));
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
