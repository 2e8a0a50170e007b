/**
 * Work and parts on a diagnosed repair, from the price list, and the estimate the client decided
 * on. Drawn from a stream of their own (see index.ts), so the tickets and timelines stay what they
 * were before lines existed. Money in kopecks, totals by lib/estimates/totals.ts.
 */
import type Database from 'better-sqlite3';
import type { DecisionChannel, Locale, Status } from '@/lib/domain/enums';
// Pure integer arithmetic (no rules, no database): the seed must total lines exactly as the app does.
import { lineTotalMinor, ticketTotals } from '@/lib/estimates/totals';
import type { DepartmentPrices, PriceItem } from './price-list';
import type { Random } from './random';

export interface PlannedLine {
  item: PriceItem;
  quantity: number;
  /** The list price: the demo never edits it. */
  unitPriceMinor: number;
  discountMinor: number;
}

const line = (item: PriceItem, quantity: number, discountMinor = 0): PlannedLine => ({ item, quantity, unitPriceMinor: item.priceMinor, discountMinor });

/** How the estimate ended: no estimate at all, still awaited, or what became of it. */
export type EstimateFate = 'none' | 'pending' | 'approved' | 'declined' | 'withdrawn';

/** The ticket's estimate as its timeline tells it; one object, refilled for every ticket. */
export interface EstimateDraft {
  fate: EstimateFate;
  /** Version 1 was withdrawn when the lines changed while the client was deciding; version 2 followed. */
  revised: boolean;
  firstTotalMinor: number;
  totalMinor: number;
  via: DecisionChannel;
  reason: string | null;
  // Indexes into the EventBuffer, filled by buildEvents: where to take the times from.
  linesEvent: number;
  firstSentEvent: number;
  sentEvent: number;
  decidedEvent: number;
}

export function newEstimateDraft(): EstimateDraft {
  return { fate: 'none', revised: false, firstTotalMinor: 0, totalMinor: 0, via: 'status_page', reason: null, linesEvent: -1, firstSentEvent: -1, sentEvent: -1, decidedEvent: -1 };
}

const DECLINE_REASONS: readonly Record<Locale, string>[] = [
  { ru: 'Дорого, проще купить новое устройство.', en: 'Too expensive; a new device makes more sense.' },
  { ru: 'Заберу устройство, подумаю.', en: 'I will take the device back and think it over.' },
  { ru: 'Отремонтирую позже.', en: 'I will have it repaired later.' },
];

/** What a ticket carries: its lines now, what the client was shown (versions 1 and 2), and the totals. */
export class LinePlan {
  lines: PlannedLine[] = [];
  proposal: PlannedLine[] = [];
  first: PlannedLine[] = [];
  ticketTotalMinor: number | null = null;

  /**
   * Lines for a diagnosed, paid repair in `dept`; `path` tells whether it went to the client and
   * how that ended. Fills `e` for the timeline. A warranty repair or a question has no lines.
   */
  plan(rng: Random, prices: DepartmentPrices | undefined, path: readonly Status[], lang: Locale, e: EstimateDraft, billable: boolean) {
    this.lines = [];
    this.proposal = [];
    this.first = [];
    this.ticketTotalMinor = null;
    Object.assign(e, newEstimateDraft());
    if (!billable || !prices || prices.works.length === 0) return;
    this.proposal = repairLines(rng, prices);
    this.lines = this.proposal;
    const asked = path.indexOf('awaiting_approval');
    if (asked >= 0) {
      const next = path[asked + 1];
      e.fate = next === undefined ? 'pending' : next === 'cancelled' ? 'withdrawn' : next === 'ready' ? 'declined' : 'approved';
      e.totalMinor = ticketTotals(this.proposal, 0).totalMinor;
      // Waiting for parts right after the decision: agreed on the phone, while ordering them.
      e.via = rng.chance(0.65) && next !== 'awaiting_parts' ? 'status_page' : 'phone';
      if (e.fate === 'declined') {
        e.reason = rng.chance(0.6) ? rng.pick(DECLINE_REASONS)[lang] : null;
        this.lines = prices.diagnostics ? [line(prices.diagnostics, 1)] : [];
      }
      // Now and then the lines changed while the client was deciding: the first version is withdrawn.
      if (this.proposal.length > 1 && rng.chance(0.1)) {
        e.revised = true;
        this.first = this.proposal.slice(0, -1);
        e.firstTotalMinor = ticketTotals(this.first, 0).totalMinor;
      }
    }
    this.ticketTotalMinor = this.lines.length > 0 ? ticketTotals(this.lines, 0).totalMinor : null;
  }
}

/** The main work, sometimes a second job or an extra, and the parts it takes. */
function repairLines(rng: Random, prices: DepartmentPrices): PlannedLine[] {
  const work = rng.pick(prices.works);
  const lines: PlannedLine[] = [line(work, 1, rng.chance(0.1) ? roundRub(work.priceMinor / 10) : 0)];
  if (rng.chance(0.15)) {
    const other = rng.pick(prices.works);
    if (other !== work) lines.push(line(other, 1));
  }
  if (prices.extras.length > 0 && rng.chance(0.12)) lines.push(line(rng.pick(prices.extras), 1));
  const parts = rng.chance(0.35) ? 0 : rng.chance(0.7) ? 1 : 2;
  for (let i = 0; i < parts && lines.length < 5; i++) {
    const part = rng.pick(prices.parts);
    if (lines.some((l) => l.item === part)) continue;
    lines.push(line(part, part.priceMinor < 100_000 && rng.chance(0.2) ? 2 : 1));
  }
  return lines;
}

function roundRub(minor: number): number {
  return Math.round(minor / 100) * 100;
}

/** The frozen lines of an estimate, as schema.ts's EstimateLine, in JSON. */
export function estimateLinesJson(lines: readonly PlannedLine[]): string {
  return JSON.stringify(
    lines.map((l) => ({
      kind: l.item.kind,
      code: l.item.code,
      name: l.item.name,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      discountMinor: l.discountMinor,
      totalMinor: lineTotalMinor(l),
      warrantyDays: l.item.warrantyDays,
    })),
  );
}

export const LINE_SQL = `INSERT INTO ticket_lines (ticket_id, kind, catalog_item_id, code, name, quantity, unit_price_minor, discount_minor,
  warranty_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
export const ESTIMATE_SQL = `INSERT INTO estimates (ticket_id, version, lines, discount_minor, total_minor, currency, diagnosis, state,
  department_id, decided_at, decided_via, decided_by_id, decided_by_name, reason, created_at)
  VALUES (?, ?, ?, 0, ?, 'RUB', ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export type Statements = { line: Database.Statement; estimate: Database.Statement };

export function prepareLineStatements(sqlite: Database.Database): Statements {
  return { line: sqlite.prepare(LINE_SQL), estimate: sqlite.prepare(ESTIMATE_SQL) };
}

export function writeLines(stmt: Database.Statement, ticketId: number | bigint, lines: readonly PlannedLine[], at: number) {
  for (const l of lines) {
    stmt.run(ticketId, l.item.kind, l.item.id, l.item.code, l.item.name, l.quantity, l.unitPriceMinor, l.discountMinor, l.item.warrantyDays, at, at);
  }
}

export interface EstimateTimes {
  firstSentAt: number;
  sentAt: number;
  decidedAt: number | null;
  decidedById: number | null;
  decidedByName: string | null;
}

/** Version 1 (withdrawn when revised) and the version the client decided on, or still decides on. */
export function writeEstimates(stmt: Database.Statement, ticketId: number | bigint, departmentId: number, diagnosis: string, plan: LinePlan, e: EstimateDraft, t: EstimateTimes) {
  let version = 1;
  if (e.revised) {
    stmt.run(ticketId, version++, estimateLinesJson(plan.first), e.firstTotalMinor, diagnosis, 'withdrawn', departmentId, null, null, null, null, null, t.firstSentAt);
  }
  const decided = e.fate === 'approved' || e.fate === 'declined';
  stmt.run(
    ticketId, version, estimateLinesJson(plan.proposal), e.totalMinor, diagnosis, e.fate, departmentId,
    decided ? t.decidedAt : null, decided ? e.via : null, decided ? t.decidedById : null, decided ? t.decidedByName : null,
    e.fate === 'declined' ? e.reason : null, t.sentAt,
  );
}
