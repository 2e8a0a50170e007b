import 'server-only';
/**
 * How a span of time is read from payment_sums (migration 0014), which sums the payments per UTC
 * hour, day and month. [start, end) becomes whole units, each added or taken away, plus the
 * payments of the part-hours at its edges, read from payments themselves (a zone like +05:30
 * starts its days mid-hour, and a range may start at any instant). Sums are additions, so taking
 * an hour off a day is as exact as adding 23 hours, and cheaper: the Moscow month of November is
 * November in UTC, plus the three hours before it, less the three hours at its end.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export type SumSpan = 'hour' | 'day' | 'month';

/** The units of one span whose start is in [from, to), added (1) or taken away (-1). */
export type SumPiece = {
  span: SumSpan;
  from: number;
  to: number;
  sign: 1 | -1;
};

export type SumPlan = {
  pieces: SumPiece[];
  /** Part-hours [from, to) (UTC ms) read from payments and added. */
  edges: [from: number, to: number][];
};

const floorTo = (t: number, unit: number) => t - (((t % unit) + unit) % unit);
const ceilTo = (t: number, unit: number) => -floorTo(-t, unit);

function floorMonth(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}
function ceilMonth(t: number): number {
  const floor = floorMonth(t);
  if (floor === t) return t;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}
const monthIndex = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();

/**
 * Rows each unit costs to read, roughly, relative to an hour: a day holds about five hours' worth
 * of (taker, method, kind) rows, a month about two days' (measured on the million-ticket demo).
 */
const WEIGHT: Record<SumSpan, number> = { hour: 1, day: 5, month: 10 };

type Level = {
  fine: SumSpan;
  coarse: SumSpan;
  floor: (t: number) => number;
  ceil: (t: number) => number;
  units: (span: SumSpan, a: number, b: number) => number;
};

const units = (span: SumSpan, a: number, b: number) =>
  span === 'hour' ? (b - a) / HOUR_MS : span === 'day' ? (b - a) / DAY_MS : monthIndex(b) - monthIndex(a);

const LEVELS: Level[] = [
  {
    fine: 'hour',
    coarse: 'day',
    floor: (t) => floorTo(t, DAY_MS),
    ceil: (t) => ceilTo(t, DAY_MS),
    units,
  },
  { fine: 'day', coarse: 'month', floor: floorMonth, ceil: ceilMonth, units },
];

type Side = { inner: number; piece?: SumPiece };

/**
 * [lo, hi) in whole `fine` units as `fine` pieces around a range of whole `coarse` units, the
 * cheapest way; null when reading it all in `fine` units is cheapest.
 */
function cover(lo: number, hi: number, level: Level): { pieces: SumPiece[]; lo: number; hi: number } | null {
  const { fine, coarse } = level;
  const cost = (p?: SumPiece) => (p ? level.units(fine, p.from, p.to) * WEIGHT[fine] : 0);
  const lo0 = level.floor(lo);
  const hi0 = level.floor(hi);
  const starts: Side[] =
    lo === lo0
      ? [{ inner: lo }]
      : [
          {
            inner: level.ceil(lo),
            piece: { span: fine, from: lo, to: level.ceil(lo), sign: 1 },
          },
          { inner: lo0, piece: { span: fine, from: lo0, to: lo, sign: -1 } },
        ];
  const ends: Side[] =
    hi === hi0
      ? [{ inner: hi }]
      : [
          { inner: hi0, piece: { span: fine, from: hi0, to: hi, sign: 1 } },
          {
            inner: level.ceil(hi),
            piece: { span: fine, from: hi, to: level.ceil(hi), sign: -1 },
          },
        ];
  let best: { pieces: SumPiece[]; lo: number; hi: number } | null = null;
  let bestCost = level.units(fine, lo, hi) * WEIGHT[fine];
  for (const s of starts) {
    for (const e of ends) {
      if (s.inner >= e.inner) continue;
      const c = cost(s.piece) + cost(e.piece) + level.units(coarse, s.inner, e.inner) * WEIGHT[coarse];
      if (c < bestCost) {
        bestCost = c;
        best = {
          pieces: [s.piece, e.piece].filter((p): p is SumPiece => p !== undefined),
          lo: s.inner,
          hi: e.inner,
        };
      }
    }
  }
  return best;
}

/** [start, end) (UTC ms) as signed units of payment_sums plus the part-hours read from payments. */
export function planSums(start: number, end: number): SumPlan {
  if (end <= start) return { pieces: [], edges: [] };
  const lo = ceilTo(start, HOUR_MS);
  const hi = floorTo(end, HOUR_MS);
  if (lo >= hi) return { pieces: [], edges: [[start, end]] };
  const edges = (
    [
      [start, lo],
      [hi, end],
    ] as [number, number][]
  ).filter(([a, b]) => a < b);
  const pieces: SumPiece[] = [];
  let range = { lo, hi };
  for (const level of LEVELS) {
    const next = cover(range.lo, range.hi, level);
    if (!next) {
      pieces.push({ span: level.fine, from: range.lo, to: range.hi, sign: 1 });
      return { pieces, edges };
    }
    pieces.push(...next.pieces);
    range = next;
  }
  pieces.push({ span: 'month', from: range.lo, to: range.hi, sign: 1 });
  return { pieces, edges };
}
