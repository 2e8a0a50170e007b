import type { Status } from '@/lib/domain/enums';

/** The milestones a client sees; the waiting statuses sit on the milestone they interrupt. */
export const PROGRESS_STEPS = ['new', 'diagnostics', 'in_progress', 'ready', 'closed'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

const POSITION: Record<Exclude<Status, 'cancelled'>, number> = {
  new: 0,
  diagnostics: 1,
  awaiting_approval: 1, // the estimate comes out of diagnostics
  in_progress: 2,
  awaiting_parts: 2,
  ready: 3,
  closed: 4,
};

export type StepState = 'done' | 'current' | 'todo';

export type Progress = {
  steps: { step: ProgressStep; state: StepState }[];
  /** 1-based number of the current milestone; 0 for a cancelled request. */
  current: number;
  total: number;
  percent: number;
  /** Paused on the current milestone (awaiting approval or parts). */
  waiting: boolean;
  cancelled: boolean;
};

/** Where a request stands, for the stepper and the link-preview card. A closed request is all done. */
export function progressOf(status: Status): Progress {
  const total = PROGRESS_STEPS.length;
  if (status === 'cancelled') {
    return { steps: PROGRESS_STEPS.map((step) => ({ step, state: 'todo' })), current: 0, total, percent: 0, waiting: false, cancelled: true };
  }
  const position = POSITION[status];
  const finished = status === 'closed';
  const steps = PROGRESS_STEPS.map((step, i) => ({
    step,
    state: (i < position || finished ? 'done' : i === position ? 'current' : 'todo') as StepState,
  }));
  return {
    steps,
    current: position + 1,
    total,
    percent: Math.round(((position + 1) / total) * 100),
    waiting: status === 'awaiting_approval' || status === 'awaiting_parts',
    cancelled: false,
  };
}
