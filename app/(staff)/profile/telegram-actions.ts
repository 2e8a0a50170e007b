'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/action';
import { chooseStaffChannel } from '@/lib/channels/telegram/staff';
import { getT } from '@/lib/i18n/server';
import { notifyViaSchema } from '@/lib/validation/telegram';

// Each employee sets this for themselves only: the id is the session's, never the form's.
const everyEmployee = () => true;

/** "Send my assignment notices and digest by: e-mail / Telegram". */
export const chooseNotifyViaAction = staffAction({ schema: notifyViaSchema, allow: everyEmployee }, async ({ notifyVia }, user) => {
  const t = (await getT()).telegram.profile;
  if (!(await chooseStaffChannel(user.id, notifyVia))) return { fieldErrors: { notifyVia: [t.telegramNeedsChat] }, summary: (await getT()).errors.summary, values: { notifyVia } };
  revalidatePath('/profile');
  return { ok: true, message: t.saved };
});
