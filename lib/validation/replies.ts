import { z } from 'zod';
import { parseTicketNumber } from '@/lib/tickets/number';
import { code, idField } from './codes';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** /replies search params: the keyset cursors; a bad one is ignored. */
export const repliesListParams = z.object({ after: optional(z.string().max(512)), before: optional(z.string().max(512)) });

/** "SC-000042", "sc 42" or "42" → 42. */
const ticketNumberField = z
  .string({ error: code('invalid_ticket_number') })
  .max(40, { error: code('invalid_ticket_number') })
  .transform((v) => parseTicketNumber(v))
  .refine((v) => v !== null, { error: code('invalid_ticket_number') })
  .transform((v) => v as number);

export const attachReplySchema = z.object({ id: idField, ticket: ticketNumberField });
export const dismissReplySchema = z.object({ id: idField });
