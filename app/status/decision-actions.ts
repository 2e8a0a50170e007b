'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formValues } from '@/lib/action';
import { ESTIMATE_DECISIONS } from '@/lib/domain/enums';
import { decideOnStatusPage } from '@/lib/estimates/decisions';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { clientAddress } from '@/lib/security/client-address';

const decisionSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
  version: z.coerce.number().int().positive(),
  decision: z.enum(ESTIMATE_DECISIONS),
  reason: z
    .string()
    .optional()
    .transform((v) => v?.replace(/\p{Cc}/gu, ' ').trim().slice(0, 1000) || null),
});

/** What the status page says after a decision: ?result=<one of these> (and the versions for a withdrawn one). */
export type DecisionResultCode = 'approved' | 'declined' | 'already' | 'withdrawn' | 'not_awaiting' | 'locked';

/**
 * Public on purpose: the client has no account; the token is the key, the version binds the
 * decision to the estimate the client saw, and every try counts towards the per-address limit.
 * Works as a plain form post (no JavaScript) and answers with a redirect to the status page,
 * so a reload does not post again.
 */
export async function decideEstimateAction(form: FormData): Promise<void> {
  const parsed = decisionSchema.safeParse(formValues(form));
  if (!parsed.success) redirect('/status');
  const input = parsed.data;
  const result = await decideOnStatusPage(input, clientAddress(await headers()));
  const page = `/status/${input.token}`;
  switch (result.kind) {
    case 'not_found':
      redirect('/status');
    case 'decided':
      deliverAfterResponse();
      redirect(`${page}?result=${result.decision}#estimate`);
    case 'already':
      redirect(`${page}?result=already#estimate`);
    case 'withdrawn':
      redirect(`${page}?result=withdrawn&v=${result.shown}#estimate`);
    case 'not_awaiting':
      redirect(`${page}?result=not_awaiting#estimate`);
    case 'locked':
      redirect(`${page}?result=locked#estimate`);
  }
}
