import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { clientNotificationRules } from '@/db/tables';
import { MESSAGE_CHANNELS, STATUSES, type MessageChannel, type Status } from '@/lib/domain/enums';
import type { Writer } from './audit';
import { first } from '@/db/exec';

/** Per status (`new`: the registration message) and channel: is the client told? */
export type ClientNotificationRules = Record<Status, Record<MessageChannel, boolean>>;

/** The whole table of /settings/notifications. A missing row (never, after migration 0013) reads as off. */
export async function readClientNotificationRules(reader: Writer = db()): Promise<ClientNotificationRules> {
  const rules = Object.fromEntries(STATUSES.map((s) => [s, Object.fromEntries(MESSAGE_CHANNELS.map((c) => [c, false]))])) as ClientNotificationRules;
  for (const row of await reader.select().from(clientNotificationRules)) rules[row.status][row.channel] = row.enabled;
  return rules;
}

/** Read inside the enqueueing transaction: a rule changed a moment ago applies to the next message. */
export async function clientRuleEnabled(reader: Writer, status: Status, channel: MessageChannel): Promise<boolean> {
  return (
    (await first(
      reader
        .select({ enabled: clientNotificationRules.enabled })
        .from(clientNotificationRules)
        .where(and(eq(clientNotificationRules.status, status), eq(clientNotificationRules.channel, channel)))
        .limit(1),
    ))?.enabled ?? false
  );
}

/** Writes every cell (the form posts the whole table), in the caller's transaction. */
export async function writeClientNotificationRules(writer: Writer, rules: ClientNotificationRules, now = new Date()) {
  for (const status of STATUSES) {
    for (const channel of MESSAGE_CHANNELS) {
      await writer
        .insert(clientNotificationRules)
        .values({ status, channel, enabled: rules[status][channel], updatedAt: now })
        .onConflictDoUpdate({ target: [clientNotificationRules.status, clientNotificationRules.channel], set: { enabled: rules[status][channel], updatedAt: now } });
    }
  }
}
