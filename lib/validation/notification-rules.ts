import { z } from 'zod';
import type { ClientNotificationRules } from '@/db/queries/notification-rules';
import { MESSAGE_CHANNELS, STATUSES } from '@/lib/domain/enums';
import { code } from './codes';

/** The checkbox of one cell of /settings/notifications: `<status>:<channel>`, e.g. `ready:sms`. */
export const ruleField = (status: string, channel: string) => `${status}:${channel}`;

// A ticked box posts "on"; an unticked one posts nothing. Anything else is not this form.
const box = z.literal('on', { error: code('invalid_choice') }).optional();

/** The whole table, every cell: a cell left out of the post is off. */
export const notificationRulesSchema = z
  .object(Object.fromEntries(STATUSES.flatMap((s) => MESSAGE_CHANNELS.map((c) => [ruleField(s, c), box]))))
  .transform(
    (form) =>
      Object.fromEntries(STATUSES.map((s) => [s, Object.fromEntries(MESSAGE_CHANNELS.map((c) => [c, form[ruleField(s, c)] === 'on']))])) as ClientNotificationRules,
  );
