/**
 * Which status a seeded ticket ends in, and the path of allowed moves (SPEC §2) that led there.
 * Paths are constants, so choosing one allocates nothing.
 */
import type { Status, TicketKind } from '@/lib/domain/enums';
import { cumulative, type Random } from './random';

type Path = readonly Status[];
interface Choice {
  paths: readonly Path[];
  weights: readonly number[]; // cumulative
}

const choice = (entries: readonly [Path, number][]): Choice => ({
  paths: entries.map((e) => e[0]),
  weights: cumulative(entries.map((e) => e[1])),
});

const TO_APPROVAL: Path = ['new', 'diagnostics', 'awaiting_approval'];
const APPROVED: Path = [...TO_APPROVAL, 'in_progress'];
const NO_APPROVAL: Path = ['new', 'diagnostics', 'in_progress']; // warranty and small jobs
const WITH_PARTS: Path = [...APPROVED, 'awaiting_parts', 'in_progress'];

const REPAIR_READY: readonly [Path, number][] = [
  [[...APPROVED, 'ready'], 55],
  [[...NO_APPROVAL, 'ready'], 20],
  [[...WITH_PARTS, 'ready'], 25],
  [[...TO_APPROVAL, 'ready'], 12], // declined the estimate: returned without repair
];

const REPAIR: Record<Status, Choice> = {
  new: choice([[['new'], 1]]),
  diagnostics: choice([[['new', 'diagnostics'], 1]]),
  awaiting_approval: choice([[TO_APPROVAL, 1]]),
  in_progress: choice([[APPROVED, 70], [NO_APPROVAL, 20], [WITH_PARTS, 10]]),
  awaiting_parts: choice([[[...APPROVED, 'awaiting_parts'], 80], [[...TO_APPROVAL, 'awaiting_parts'], 20]]),
  ready: choice(REPAIR_READY),
  closed: choice([
    ...REPAIR_READY.map(([p, w]): [Path, number] => [[...p, 'closed'], w]),
    [[...APPROVED, 'ready', 'closed', 'in_progress', 'ready', 'closed'], 3], // came back, reopened
  ]),
  cancelled: choice([
    [['new', 'cancelled'], 20],
    [['new', 'diagnostics', 'cancelled'], 15],
    [[...TO_APPROVAL, 'cancelled'], 25], // the client never answered
  ]),
};

const CONSULTATION: Record<Status, Choice> = {
  new: choice([[['new'], 1]]),
  diagnostics: choice([[['new', 'in_progress'], 1]]), // consultations are not examined: answered instead
  awaiting_approval: choice([[['new', 'in_progress', 'awaiting_approval'], 1]]),
  in_progress: choice([[['new', 'in_progress'], 1]]),
  awaiting_parts: choice([[['new', 'in_progress'], 1]]),
  ready: choice([[['new', 'in_progress', 'ready'], 1]]),
  closed: choice([
    [['new', 'in_progress', 'closed'], 60],
    [['new', 'closed'], 25], // answered on the spot
    [['new', 'in_progress', 'ready', 'closed'], 15],
  ]),
  cancelled: choice([[['new', 'cancelled'], 1]]),
};

const OPEN: readonly Status[] = ['new', 'diagnostics', 'awaiting_approval', 'in_progress', 'awaiting_parts', 'ready'];
// The younger a ticket, the earlier in its life it is.
const OPEN_FRESH = cumulative([50, 25, 8, 10, 2, 5]); // under a day
const OPEN_RECENT = cumulative([10, 20, 20, 25, 10, 15]); // under four days
const OPEN_OLD = cumulative([3, 7, 15, 25, 25, 25]); // stuck: waiting for parts or for the client

/** Old tickets are mostly finished; the last week's are mostly open. Age is in days. */
export function chooseStatus(rng: Random, ageDays: number): Status {
  const openChance = 0.92 * Math.exp(-ageDays / 7) + 0.01;
  if (rng.next() < openChance) {
    return rng.weighted(OPEN, ageDays < 1 ? OPEN_FRESH : ageDays < 4 ? OPEN_RECENT : OPEN_OLD);
  }
  return rng.chance(0.87) ? 'closed' : 'cancelled';
}

export function choosePath(rng: Random, kind: TicketKind, status: Status): Path {
  const c = (kind === 'repair' ? REPAIR : CONSULTATION)[status];
  return rng.weighted(c.paths, c.weights);
}

export function isOpen(status: Status): boolean {
  return status !== 'closed' && status !== 'cancelled';
}
