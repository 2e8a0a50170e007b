import { z } from 'zod';
import type { PublicEstimate } from '@/db/queries/public-status';
import type { EstimateDecision, Status } from '@/lib/domain/enums';

/**
 * What the estimate part of the public status page shows, from the ticket, its newest estimate
 * version and the URL. The URL comes from the mail's buttons, the page's own links and the
 * decision's redirect, or from a hand-edited address bar: anything it does not understand is
 * ignored, and a confirmation is offered only for the version the client can still decide on.
 */

/** ?result= after the decision's redirect (app/status/decision-actions.ts). */
export const DECISION_RESULTS = ['approved', 'declined', 'already', 'withdrawn', 'not_awaiting', 'locked'] as const;
export type DecisionResult = (typeof DECISION_RESULTS)[number];

/** A repeated parameter (?v=1&v=2) counts by its first value. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const estimateParamsSchema = z
  .object({
    decide: z.preprocess(first, z.enum(['approve', 'decline']).optional()).catch(undefined),
    v: z.preprocess(first, z.coerce.number().int().positive().max(1_000_000).optional()).catch(undefined),
    result: z.preprocess(first, z.enum(DECISION_RESULTS).optional()).catch(undefined),
  })
  .catch({ decide: undefined, v: undefined, result: undefined });

export type EstimateParams = z.infer<typeof estimateParamsSchema>;

export type EstimateNotice =
  | { kind: Exclude<DecisionResult, 'withdrawn'> }
  | { kind: 'withdrawn'; shown: number | null; current: number | null };

export type EstimateView = {
  estimate: PublicEstimate | null;
  /** The client may decide on `estimate` now: show its lines and the two actions. */
  open: boolean;
  /** The confirmation step of this decision on `estimate`. */
  confirm: EstimateDecision | null;
  /** The URL asked to decide on a version that is no longer the one to decide on. */
  stale: { shown: number; current: number | null } | null;
  notice: EstimateNotice | null;
};

const DECISION_OF = { approve: 'approved', decline: 'declined' } as const;

function noticeOf(params: EstimateParams, pendingVersion: number | null): EstimateNotice | null {
  if (!params.result) return null;
  if (params.result === 'withdrawn') return { kind: 'withdrawn', shown: params.v ?? null, current: pendingVersion };
  return { kind: params.result };
}

/** Null when there is nothing to show: no estimate was ever sent and no decision was just tried. */
export function estimateView(status: Status, estimate: PublicEstimate | undefined, params: EstimateParams): EstimateView | null {
  const open = estimate?.state === 'pending' && status === 'awaiting_approval';
  const pendingVersion = open ? estimate.version : null;
  const notice = noticeOf(params, pendingVersion);
  let confirm: EstimateDecision | null = null;
  let stale: EstimateView['stale'] = null;
  if (estimate && params.decide && params.v && !notice) {
    if (params.v === pendingVersion) confirm = DECISION_OF[params.decide];
    else if (params.v < estimate.version || (params.v === estimate.version && estimate.state === 'withdrawn')) {
      stale = { shown: params.v, current: pendingVersion };
    }
    // The version the client already decided on shows its decision; an unknown version is ignored.
  }
  const decided = estimate?.state === 'approved' || estimate?.state === 'declined';
  if (!open && !decided && !notice && !stale) return null;
  return { estimate: estimate ?? null, open, confirm, stale, notice };
}
