'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/action';
import { getT } from '@/lib/i18n/server';
import { saveClientNotificationRules } from '@/lib/notifications/rules';
import { canEditNotificationRules } from '@/lib/permissions';
import { notificationRulesSchema } from '@/lib/validation/notification-rules';

/** Saves the whole table of /settings/notifications (managers and admins). */
export const saveNotificationRulesAction = staffAction({ schema: notificationRulesSchema, allow: canEditNotificationRules }, async (rules) => {
  await saveClientNotificationRules(rules);
  revalidatePath('/settings/notifications');
  return { ok: true, message: (await getT()).clientChannels.settings.saved };
});
