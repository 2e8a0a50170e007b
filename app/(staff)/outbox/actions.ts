'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requeueFailed } from '@/db/queries/notifications';
import { staffAction } from '@/lib/action';
import { refuse } from '@/lib/notifications/refusals';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { canSeeOutbox } from '@/lib/permissions';
import { idField } from '@/lib/validation/codes';

/** Puts a failed notification back in the queue (fresh attempts, same dedupe key) and sends it after the response. */
export const resendNotificationAction = staffAction({ schema: z.object({ id: idField }), allow: canSeeOutbox }, async ({ id }) => {
  if (!(await requeueFailed(id))) throw refuse('not_failed', {});
  deliverAfterResponse();
  revalidatePath('/outbox');
  revalidatePath(`/outbox/${id}`);
  redirect(`/outbox/${id}`);
});
