'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formValues } from '@/lib/action';
import { resumeChannel, stopChannel, targetOfToken } from '@/lib/channels/stop';
import { MESSAGE_CHANNELS } from '@/lib/domain/enums';

const schema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/), channel: z.enum(MESSAGE_CHANNELS) });

/**
 * Public on purpose, like the estimate decision: the client has no account and the status page's
 * token is the key. The client is the one of the ticket behind the token; the form names only the
 * channel. A token that matches nothing goes to the look-up page.
 */
async function setChannel(form: FormData, stop: boolean): Promise<void> {
  const parsed = schema.safeParse(formValues(form));
  const target = parsed.success ? await targetOfToken(parsed.data.token, parsed.data.channel) : null;
  if (!parsed.success || !target) redirect('/status');
  if (stop) await stopChannel(target);
  else await resumeChannel(target);
  // The query makes it a new address: a redirect to the same page differing only by its #hash is
  // taken by the router as a scroll, and the section would keep showing the old state.
  redirect(`/status/${parsed.data.token}?messages=${stop ? 'stopped' : 'resumed'}#messages`);
}

export async function stopChannelOnStatusAction(form: FormData): Promise<void> {
  return setChannel(form, true);
}

export async function resumeChannelOnStatusAction(form: FormData): Promise<void> {
  return setChannel(form, false);
}
