import { transaction } from '@/db';
import { writeClientNotificationRules, type ClientNotificationRules } from '@/db/queries/notification-rules';

/**
 * Saves the whole table of /settings/notifications in one transaction: the next message enqueued
 * reads either the old table or the new one, never half of each. Not audited: the audit log's
 * entities are records (clients, tickets…), and a setting is none of them.
 */
export async function saveClientNotificationRules(rules: ClientNotificationRules, now = new Date()) {
  await transaction(async (tx) => await writeClientNotificationRules(tx, rules, now));
}
