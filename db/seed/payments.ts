/**
 * Money on seeded repairs (issue 17): a prepayment at intake for some, the rest at handover when a
 * repair closes (so most closed tickets are paid in full), and a few refunds with their reason: the
 * prepayment of a cancelled repair, and now and then a goodwill refund after handover. Drawn from
 * a stream of its own (see index.ts), always the same number of draws per ticket, so the tickets
 * and their timelines stay exactly what they were, and a run at another time of day makes the same
 * rows. `paidMinor` is what the ticket stores: prepayments + payments − refunds.
 */
import type Database from 'better-sqlite3';
import type { Locale, PaymentKind, PaymentMethod } from '@/lib/domain/enums';
import { DAY, HOUR, MINUTE } from './clock';
import { cumulative, type Random } from './random';

const METHODS: readonly PaymentMethod[] = ['cash', 'card', 'transfer'];
const METHOD_WEIGHTS = cumulative([45, 45, 10]);
/** What a desk asks at intake, in kopecks: 500 to 3,000 roubles. */
const PREPAYMENTS = [50_000, 100_000, 100_000, 150_000, 200_000, 300_000];
const PREPAYMENT_SHARE = 0.35;
const GOODWILL_SHARE = 0.02;
/** Draws per ticket, whatever happens to it: keeps the stream aligned across runs. */
const DRAWS = 9;

const CANCELLED_REASON: Record<Locale, string> = {
  ru: 'Ремонт отменён, предоплата возвращена клиенту.',
  en: 'Repair cancelled; the prepayment went back to the client.',
};
const GOODWILL_REASONS: readonly Record<Locale, string>[] = [
  { ru: 'Компенсация за задержку ремонта.', en: 'Compensation for a late repair.' },
  { ru: 'Скидка постоянному клиенту после выдачи.', en: 'Regular customer discount after handover.' },
];

const PAYMENT_SQL = `INSERT INTO payments (ticket_id, kind, method, amount_minor, currency, reason, taken_by_id, taken_by_name, created_at)
  VALUES (?, ?, ?, ?, 'RUB', ?, ?, ?, ?)`;
const EVENT_SQL = `INSERT INTO ticket_events (ticket_id, kind, actor_id, actor_name, from_value, to_value, fields, body, is_public, details, created_at)
  VALUES (?, 'payment', ?, ?, NULL, NULL, NULL, NULL, 0, ?, ?)`;

/** What the planner needs to know of a ticket (a subset of the generator's row). */
export interface PayableTicket {
  kind: 'repair' | 'consultation';
  lang: Locale;
  status: string;
  warranty: boolean;
  /** The lines' total after discounts; null without lines. */
  estimateMinor: number | null;
  createdAt: number;
  createdBy: number;
  closedAt: number | null;
  firstReadyAt: number | null;
  updatedAt: number;
}

/** One ticket's movements of money, column-wise and reused for every ticket. */
export class PaymentPlan {
  length = 0;
  paidMinor = 0;
  /** The latest movement, or 0: a refund after handover is the ticket's last change. */
  lastAt = 0;
  readonly kind: PaymentKind[] = [];
  readonly method: PaymentMethod[] = [];
  readonly amount: number[] = [];
  readonly by: number[] = [];
  readonly reason: (string | null)[] = [];
  readonly at: number[] = [];
  private readonly u: number[] = new Array<number>(DRAWS).fill(0);

  /**
   * @param desk who works at the ticket's department's desk (takes the money at handover)
   * @param manager the department's manager (gives money back: refunds are theirs)
   * @param offset the company zone's offset from UTC, ms (see clock.ts)
   */
  plan(rng: Random, t: PayableTicket, desk: readonly number[], manager: number, now: number, offset: number) {
    const u = this.u;
    for (let i = 0; i < DRAWS; i++) u[i] = rng.next();
    this.length = 0;
    this.paidMinor = 0;
    this.lastAt = 0;
    if (t.kind !== 'repair' || t.warranty) return;
    const total = t.estimateMinor ?? 0;
    const closed = t.status === 'closed' && t.closedAt !== null;
    const method = (x: number) => METHODS[METHOD_WEIGHTS.findIndex((w) => x * METHOD_WEIGHTS[METHOD_WEIGHTS.length - 1] < w)];

    // Intake: a prepayment, never more than the repair came to (a desk asks a part of the price).
    let prepaid = 0;
    let prepaidMethod: PaymentMethod = 'cash';
    if (u[0] < PREPAYMENT_SHARE) {
      const asked = PREPAYMENTS[Math.floor(u[1] * PREPAYMENTS.length)];
      // A repair closed without lines owed nothing: no one asked it for money.
      prepaid = t.estimateMinor === null ? (closed ? 0 : asked) : Math.min(asked, total);
      if (prepaid > 0) {
        prepaidMethod = method(u[2]);
        this.push('prepayment', prepaidMethod, prepaid, t.createdBy, null, t.createdAt + MINUTE + Math.floor(u[3] * 4 * MINUTE));
      }
    }

    if (t.status === 'cancelled' && prepaid > 0) {
      this.push('refund', prepaidMethod, prepaid, manager, CANCELLED_REASON[t.lang], Math.max(t.updatedAt, this.lastAt + MINUTE));
      return;
    }
    if (!closed) return;

    // Handover: the rest, a few minutes before the ticket was closed; a closing recorded at night
    // was paid the evening before (20:00–23:55 local), once the repair was ready.
    const rest = total - prepaid;
    let paidAt = 0;
    if (rest > 0) {
      let at = t.closedAt! - MINUTE - Math.floor(u[4] * 14 * MINUTE);
      const minuteOfDay = (((at + offset) % DAY) + DAY) % DAY;
      if (minuteOfDay < 9 * HOUR) {
        const evening = at - minuteOfDay - 5 * MINUTE - Math.floor(u[5] * (4 * HOUR - 5 * MINUTE));
        if (evening > Math.max(t.firstReadyAt ?? t.createdAt, this.lastAt) + MINUTE) at = evening;
      }
      paidAt = Math.max(at, this.lastAt + MINUTE);
      this.push('payment', method(u[6]), rest, desk[Math.floor(u[7] * desk.length)], null, paidAt);
    }

    // Now and then some of it goes back after handover, with the reason.
    if (total > 0 && u[8] < GOODWILL_SHARE) {
      const amount = Math.min(total, Math.max(10_000, Math.round(total / 10 / 10_000) * 10_000));
      // Never in the future: a repair closed just now is refunded just now (the rows stay the same at any hour).
      const at = Math.max(this.lastAt + 1, Math.min(t.closedAt! + 2 * HOUR + Math.floor((u[8] / GOODWILL_SHARE) * DAY), now - 1));
      const last = this.length > 0 ? this.method[this.length - 1] : 'cash';
      this.push('refund', last, amount, manager, GOODWILL_REASONS[u[3] < 0.5 ? 0 : 1][t.lang], at);
    }
  }

  private push(kind: PaymentKind, method: PaymentMethod, amount: number, by: number, reason: string | null, at: number) {
    const i = this.length++;
    this.kind[i] = kind;
    this.method[i] = method;
    this.amount[i] = amount;
    this.by[i] = by;
    this.reason[i] = reason;
    this.at[i] = at;
    this.paidMinor += kind === 'refund' ? -amount : amount;
    this.lastAt = Math.max(this.lastAt, at);
  }
}

export function preparePaymentStatements(sqlite: Database.Database) {
  return { payment: sqlite.prepare(PAYMENT_SQL), event: sqlite.prepare(EVENT_SQL) };
}

/** Moves a payment off any instant one of the ticket's events already has: a timeline's times are distinct. */
export function separateFrom(plan: PaymentPlan, at: readonly number[], events: number) {
  for (let i = 0; i < plan.length; i++) {
    for (let e = 0; e < events; e++) {
      if (at[e] === plan.at[i]) {
        plan.at[i]++;
        e = -1; // look again from the start
      }
    }
  }
}

/** Payment `i` of the plan, and its 'payment' timeline event with the details the app writes. */
export function writePayment(write: ReturnType<typeof preparePaymentStatements>, ticketId: number | bigint, plan: PaymentPlan, i: number, nameOf: ReadonlyMap<number, string>) {
  const name = nameOf.get(plan.by[i]) ?? '';
  write.payment.run(ticketId, plan.kind[i], plan.method[i], plan.amount[i], plan.reason[i], plan.by[i], name, plan.at[i]);
  const details = JSON.stringify({ kind: plan.kind[i], method: plan.method[i], amountMinor: plan.amount[i], currency: 'RUB', reason: plan.reason[i] });
  write.event.run(ticketId, plan.by[i], name, details, plan.at[i]);
}
