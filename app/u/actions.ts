'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formValues } from '@/lib/action';
import { resumeChannel, stopChannel, stopTarget } from '@/lib/channels/stop';

const codeSchema = z.object({ code: z.string().max(40) });

/** A code that does not check out goes to a page that says the link is not valid (never echoing what came). */
function targetOrInvalid(form: FormData) {
  const parsed = codeSchema.safeParse(formValues(form));
  const target = parsed.success ? stopTarget(parsed.data.code) : null;
  if (!parsed.success || !target) redirect('/u/invalid');
  return { code: parsed.data.code, target };
}

/**
 * Public on purpose: the client has no account. The code is the key (an HMAC of the client and
 * channel), so a form cannot stop anyone else's messages. Answers with a redirect, so a reload
 * does not post again.
 */
export async function stopByLinkAction(form: FormData): Promise<void> {
  const { code, target } = targetOrInvalid(form);
  await stopChannel(target);
  redirect(`/u/${code}?done=stopped`);
}

export async function resumeByLinkAction(form: FormData): Promise<void> {
  const { code, target } = targetOrInvalid(form);
  await resumeChannel(target);
  redirect(`/u/${code}?done=resumed`);
}
