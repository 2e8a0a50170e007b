/**
 * Tickets and their timelines, streamed straight into prepared statements: a scale run of a
 * million tickets keeps only one ticket's worth of data in memory at a time.
 */
import type Database from 'better-sqlite3';
import { STATUSES, type Channel, type Priority, type Status } from '@/lib/domain/enums';
import type { ClientBook } from './clients';
import { DAY, type TicketClock } from './clock';
import { consultationContent, emptyContent, repairContent, returnContent, type Content } from './content';
import { DEPARTMENTS } from './departments';
import { chooseStatus, choosePath, isOpen } from './lifecycle';
import { LinePlan, newEstimateDraft, prepareLineStatements, writeEstimates, writeLines } from './lines';
import type { PriceList } from './price-list';
import { cumulative, type Random } from './random';
import { RepairHistory, type Comeback } from './returns';
import { PaymentPlan, preparePaymentStatements, separateFrom, writePayment } from './payments';
import { PublicTokens } from './secrets';
import type { Staff } from './staff';
import { buildEvents, EventBuffer, schedule, type Draft } from './timeline';

const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const PRIORITY_WEIGHTS = cumulative([15, 58, 20, 7]);
const CHANNELS: readonly Channel[] = ['walk_in', 'phone', 'web', 'email', 'messenger'];
const REPAIR_CHANNELS = cumulative([45, 20, 15, 10, 10]);
const CONSULTATION_CHANNELS = cumulative([5, 40, 15, 20, 20]);
const DEPARTMENT_INDEXES = DEPARTMENTS.map((_, i) => i);
const DEPARTMENT_WEIGHTS = cumulative(DEPARTMENTS.map((d) => d.weight));

export interface TicketRunOptions {
  count: number;
  days: number;
  clock: TicketClock;
  staff: Staff;
  clients: ClientBook;
  prices: PriceList;
  /** Draws the lines and the client's decisions: a stream apart from the tickets' own. */
  linesRng: Random;
  /** Draws the payments: a stream of its own too (see ./payments.ts). */
  paymentsRng: Random;
}

const TICKET_SQL = `INSERT INTO tickets (public_token, kind, channel, client_id, department_id, assignee_id, created_by_id,
  title, description, device_type, brand, model, serial_number, accessories, intake_condition, warranty, priority,
  due_date, estimate_minor, final_cost_minor, currency, diagnosis, work_done, status, closed_at, first_ready_at, version, created_at, updated_at,
  outcome, paid_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUB', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const EVENT_SQL = `INSERT INTO ticket_events (ticket_id, kind, actor_id, actor_name, from_value, to_value, fields, body, is_public, details, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Did the ticket get past diagnostics (so it has a diagnosis and, unless under warranty, an estimate)? */
function diagnosed(path: readonly Status[]): boolean {
  const i = path.indexOf('diagnostics');
  return i >= 0 && i + 1 < path.length && path[i + 1] !== 'cancelled';
}

/** Was the work done? (Not after all when the client declines the estimate: see planLines.) */
function worked(path: readonly Status[], repair: boolean): boolean {
  return path.includes('ready') || (!repair && path[path.length - 1] === 'closed');
}

/** Whoever works on it: someone who has left only on old, finished tickets. */
function chooseAssignee(rng: Random, staff: Staff, dept: number, status: Status, ageDays: number): number {
  const former = staff.formerTechniciansOf[dept];
  if (!isOpen(status) && ageDays > 45 && former.length > 0 && rng.chance(0.2)) return rng.pick(former);
  return rng.pick(staff.techniciansOf[dept]);
}

function dueDate(rng: Random, clock: TicketClock, d: Draft, priority: Priority): string | null {
  if (d.kind === 'consultation') return rng.chance(0.3) ? clock.localDate(d.createdAt, rng.int(1, 2)) : null;
  if (!rng.chance(0.75)) return null;
  const days = priority === 'urgent' ? 1 : priority === 'high' ? rng.int(2, 3) : rng.int(3, 10);
  return clock.localDate(d.createdAt, days);
}

function finalCost(rng: Random, estimateMinor: number): number {
  if (rng.chance(0.8)) return estimateMinor;
  return Math.round((estimateMinor * (1 + rng.int(-10, 15) / 100)) / 10_000) * 10_000; // whole hundreds of roubles
}

/** Everything about one ticket beyond its timeline; one object, refilled for every ticket. */
interface Row extends Draft {
  client: number; // index into the ClientBook
  dept: number; // index into DEPARTMENTS
  comeback: Comeback; // brings back a device the client had repaired here
  priority: Priority;
  channel: Channel;
  dueDate: string | null;
  finalCostMinor: number | null;
  diagnosed: boolean;
  worked: boolean;
}

/** Picks a client who had registered by the ticket's time; regulars (older clients) come back more often. */
class ClientPicker {
  private available = 0; // index of the newest client registered in time; tickets come oldest first

  constructor(private readonly book: ClientBook) {}

  pick(rng: Random, ageDays: number): number {
    const ages = this.book.ageDays;
    while (this.available < ages.length - 1 && ages[this.available + 1] >= ageDays + 2) this.available++;
    return rng.int(0, this.available);
  }
}

/**
 * A small seed could miss a status by chance; the last few tickets fill any gap, so every status
 * is on show. (A consultation cannot be in diagnostics or awaiting parts: the next ticket tries again.)
 */
class StatusCoverage {
  private readonly seen = new Set<Status>();

  wanted(ticketsLeft: number): Status | undefined {
    if (ticketsLeft > 3 * STATUSES.length) return undefined;
    const missing = STATUSES.filter((s) => !this.seen.has(s));
    return ticketsLeft <= 3 * missing.length ? missing[0] : undefined;
  }

  note(status: Status) {
    this.seen.add(status);
  }
}

/** Who, what and which department; every text in the client's language. */
function drawSubject(r: Row, c: Content, rng: Random, clients: ClientPicker, book: ClientBook, history: RepairHistory, ageDays: number) {
  r.client = clients.pick(rng, ageDays);
  r.lang = book.english[r.client] ? 'en' : 'ru';
  r.comeback = history.comesBack(rng, r.client, ageDays);
  if (r.comeback !== 'none') {
    r.dept = history.departmentOf(r.client);
    r.kind = 'repair';
    returnContent(c, rng, DEPARTMENTS[r.dept], r.lang, history.deviceOf(r.client), r.comeback === 'warranty');
  } else {
    drawNewRequest(r, c, rng);
  }
  r.priority = rng.weighted(PRIORITIES, PRIORITY_WEIGHTS);
  r.channel = rng.weighted(CHANNELS, r.kind === 'repair' ? REPAIR_CHANNELS : CONSULTATION_CHANNELS);
}

/** A device the center has not seen, or a question. */
function drawNewRequest(r: Row, c: Content, rng: Random) {
  r.dept = rng.weighted(DEPARTMENT_INDEXES, DEPARTMENT_WEIGHTS);
  const dept = DEPARTMENTS[r.dept];
  r.kind = dept.devices.length === 0 || rng.chance(dept.consultationShare) ? 'consultation' : 'repair';
  if (r.kind === 'repair') repairContent(c, rng, dept, r.lang);
  else consultationContent(c, rng, r.lang);
}

/** Where it is in its life, who handles it, and what has been filled in on the way. */
function drawProgress(r: Row, c: Content, rng: Random, staff: Staff, ageDays: number, wanted: Status | undefined) {
  const repair = r.kind === 'repair';
  r.path = choosePath(rng, r.kind, wanted ?? chooseStatus(rng, ageDays));
  const status = r.path[r.path.length - 1];
  r.manager = staff.managerOf[r.dept];
  r.firstAssignee = status === 'new' && rng.chance(0.5) ? null : chooseAssignee(rng, staff, r.dept, status, ageDays);
  const handedOver = r.firstAssignee !== null && r.path.length >= 3 && rng.chance(0.06);
  r.assignee = handedOver ? rng.pick(staff.techniciansOf[r.dept]) : r.firstAssignee;
  r.createdBy = r.firstAssignee !== null && rng.chance(0.3) ? r.firstAssignee : rng.pick(staff.receptionOf[r.dept]);
  r.warranty = r.comeback === 'warranty'; // our warranty covers our repairs: only a device that came back
  r.diagnosed = repair && diagnosed(r.path);
  r.worked = worked(r.path, repair);
  r.estimateMinor = r.diagnosed && !r.warranty ? c.price * 100 : null;
  r.finalCostMinor = repair && r.worked ? (r.warranty ? 0 : finalCost(rng, c.price * 100)) : null;
}

function newRow(): Row {
  return {
    kind: 'repair', lang: 'ru', path: ['new'], firstAssignee: null, assignee: null, createdBy: 0, manager: 0,
    warranty: false, estimateMinor: null, estimate: newEstimateDraft(), createdAt: 0, closedAt: null, firstReadyAt: null, updatedAt: 0, version: 1,
    client: 0, dept: 0, comeback: 'none', priority: 'normal', channel: 'phone', dueDate: null, finalCostMinor: null, diagnosed: false, worked: false,
  };
}

/**
 * A diagnosed, paid repair gets its lines; one that went to the client, its estimate. The public
 * comment quotes what the client was asked to approve.
 */
function planLines(plan: LinePlan, r: Row, o: TicketRunOptions) {
  plan.plan(o.linesRng, o.prices[r.dept], r.path, r.lang, r.estimate, r.diagnosed && !r.warranty);
  r.estimateMinor = r.estimate.fate !== 'none' ? r.estimate.totalMinor : plan.ticketTotalMinor;
  if (r.estimate.fate === 'declined') {
    r.worked = false;
  }
}

/** The bill handed over: the lines' total once the ticket is closed (nothing for a warranty repair). */
function finalCostOf(r: Row, plan: LinePlan): number | null {
  if (r.kind !== 'repair' || r.closedAt === null) return null;
  return r.warranty ? 0 : (plan.ticketTotalMinor ?? 0);
}

function writeMoney(
  write: ReturnType<typeof prepareLineStatements>, ticketId: number | bigint, r: Row, plan: LinePlan, diagnosis: string,
  departmentId: number, buf: EventBuffer, nameOf: ReadonlyMap<number, string>,
) {
  const e = r.estimate;
  const at = buf.at;
  const decidedAt = e.decidedEvent >= 0 ? at[e.decidedEvent] : null;
  // A declined repair keeps the diagnostics alone, written when the client said no.
  writeLines(write.line, ticketId, plan.lines, e.fate === 'declined' && decidedAt !== null ? decidedAt : at[Math.max(0, e.linesEvent)]);
  if (e.fate === 'none') return;
  const by = e.via === 'phone' && e.decidedEvent >= 0 ? buf.actor[e.decidedEvent] : null;
  writeEstimates(write.estimate, ticketId, departmentId, diagnosis, plan, e, {
    firstSentAt: at[e.firstSentEvent],
    sentAt: at[e.sentEvent],
    decidedAt,
    decidedById: by,
    decidedByName: by === null ? null : (nameOf.get(by) ?? null),
  });
}

export function insertTickets(sqlite: Database.Database, rng: Random, o: TicketRunOptions): { tickets: number; events: number } {
  const ticketStmt = sqlite.prepare(TICKET_SQL);
  const eventStmt = sqlite.prepare(EVENT_SQL);
  const buf = new EventBuffer();
  const c = emptyContent();
  const r = newRow();
  const clients = new ClientPicker(o.clients);
  const coverage = new StatusCoverage();
  const tokens = new PublicTokens();
  // Events keep their actor's name, as the app writes them (it outlives a deleted employee).
  const nameOf = new Map((sqlite.prepare('SELECT id, full_name AS name FROM employees').all() as { id: number; name: string }[]).map((e) => [e.id, e.name]));
  const history = new RepairHistory(o.clients.ids.length);
  const plan = new LinePlan();
  const write = prepareLineStatements(sqlite);
  const money = new PaymentPlan();
  const writeMoneyRows = preparePaymentStatements(sqlite);
  let events = 0;

  for (let i = 0; i < o.count; i++) {
    const f = (i + rng.next()) / o.count;
    const ageDays = (1 - f) * o.days; // not from timestamps: the same choices whatever the time of day
    drawSubject(r, c, rng, clients, o.clients, history, ageDays);
    drawProgress(r, c, rng, o.staff, ageDays, coverage.wanted(o.count - i));
    coverage.note(r.path[r.path.length - 1]);
    planLines(plan, r, o);
    r.createdAt = o.clock.at(f);
    r.dueDate = dueDate(rng, o.clock, r, r.priority);
    buildEvents(buf, rng, r);
    schedule(buf, rng, r, o.clock.now);
    const status = r.path[r.path.length - 1];
    money.plan(
      o.paymentsRng,
      { kind: r.kind, lang: r.lang, status, warranty: r.warranty, estimateMinor: plan.ticketTotalMinor, createdAt: r.createdAt, createdBy: r.createdBy, closedAt: r.closedAt, firstReadyAt: r.firstReadyAt, updatedAt: r.updatedAt },
      o.staff.receptionOf[r.dept], r.manager, o.clock.now, o.clock.offset,
    );
    separateFrom(money, buf.at, buf.length);
    r.updatedAt = Math.max(r.updatedAt, money.lastAt);

    const ticketId = ticketStmt.run(
      tokens.next(), r.kind, r.channel, o.clients.ids[r.client], o.staff.departmentIds[r.dept], r.assignee, r.createdBy,
      c.title, c.description, c.deviceType, c.brand, c.model, c.serialNumber, c.accessories, c.intakeCondition,
      r.warranty ? 1 : 0, r.priority, r.dueDate, plan.ticketTotalMinor, finalCostOf(r, plan), r.diagnosed ? c.diagnosis : '',
      r.worked ? c.workDone : '', r.path[r.path.length - 1], r.closedAt, r.firstReadyAt, r.version, r.createdAt, r.updatedAt,
      r.estimate.fate === 'declined' ? 'returned_without_repair' : null, money.paidMinor,
    ).lastInsertRowid;
    if (plan.ticketTotalMinor !== null) writeMoney(write, ticketId, r, plan, c.diagnosis, o.staff.departmentIds[r.dept], buf, nameOf);
    if (r.kind === 'repair' && r.closedAt !== null) {
      // When it closed, in the same estimated age as `ageDays` (see RepairHistory).
      const closedAge = ageDays - (r.closedAt - r.createdAt) / DAY;
      history.repaired(r.client, Number(ticketId), r.dept, c, closedAge, r.comeback !== 'none');
    } else if (r.comeback !== 'none') {
      history.forget(r.client);
    }
    // Payments join the timeline where they happened: event ids follow time.
    let p = 0;
    for (let e = 0; e < buf.length; e++) {
      while (p < money.length && money.at[p] < buf.at[e]) writePayment(writeMoneyRows, ticketId, money, p++, nameOf);
      const actor = buf.actor[e];
      eventStmt.run(ticketId, buf.kind[e], actor, actor === null ? null : (nameOf.get(actor) ?? null), buf.from[e], buf.to[e], buf.fields[e], buf.body[e], buf.isPublic[e], buf.details[e], buf.at[e]);
    }
    while (p < money.length) writePayment(writeMoneyRows, ticketId, money, p++, nameOf);
    events += buf.length + money.length;
  }
  return { tickets: o.count, events };
}
