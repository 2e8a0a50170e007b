import { z } from 'zod';
import { NOTIFICATION_KINDS } from '@/lib/domain/enums';
import { OUTBOX_STATES } from './outbox-state';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** /outbox search params; a hand-edited bad value falls back to "all" instead of breaking the page. */
export const outboxListParams = z.object({
  state: optional(z.enum(OUTBOX_STATES)),
  kind: optional(z.enum(NOTIFICATION_KINDS)),
  after: optional(z.string()),
  before: optional(z.string()),
});
