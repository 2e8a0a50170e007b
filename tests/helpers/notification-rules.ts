import { testWriter } from './test-db';
import { readClientNotificationRules, writeClientNotificationRules } from '@/db/queries/notification-rules';
import { MESSAGE_CHANNELS, STATUSES } from '@/lib/domain/enums';

/**
 * Turns on every status on every channel of /settings/notifications, for tests about delivery
 * that move tickets through statuses the defaults keep quiet (diagnostics, in progress).
 */
export async function tellClientsOfEveryStatus() {
  const rules = await readClientNotificationRules();
  for (const status of STATUSES) for (const channel of MESSAGE_CHANNELS) rules[status][channel] = true;
  await writeClientNotificationRules(testWriter(), rules);
}
