import { z } from 'zod';
import { CHANNELS, PAYMENT_METHODS, PRIORITIES, STATUSES, TICKET_KINDS } from '@/lib/domain/enums';
import { checkboxField, code, idField, longText, optionalText, requiredId, requiredText } from './codes';
import { moneyField } from './payments';

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: code('invalid_choice') });

/** An optional select of an id: "" means none. */
const optionalId = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), idField.nullable());

/** YYYY-MM-DD that is a real calendar date; "" means none. */
export const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const date = match && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    if (!match || !date || date.getUTCDate() !== +match[3] || date.getUTCMonth() !== +match[2] - 1) {
      ctx.addIssue({ code: 'custom', message: code('invalid_date') });
      return z.NEVER;
    }
    return v;
  });

/** The fields staff fill in at intake. */
export const ticketIntakeFields = z.object({
  kind: choice(TICKET_KINDS),
  channel: choice(CHANNELS),
  clientId: requiredId,
  departmentId: requiredId,
  assigneeId: optionalId,
  priority: choice(PRIORITIES).default('normal'),
  dueDate: optionalDate,
  title: requiredText(200),
  description: longText(5000),
  deviceType: optionalText(100),
  brand: optionalText(100),
  model: optionalText(100),
  serialNumber: optionalText(100),
  accessories: optionalText(500),
  intakeCondition: optionalText(1000),
  warranty: checkboxField,
  /** The device's value as the client states it (the intake receipt names it); empty is none. */
  declaredValueMinor: moneyField.optional(),
  /** Money taken with the device, recorded as a prepayment in the intake's own transaction. */
  prepaymentMinor: moneyField.optional(),
  prepaymentMethod: z.preprocess((v) => (v === '' ? undefined : v), choice(PAYMENT_METHODS).optional()),
});

/** Everything editable later, with the version the editor saw (optimistic locking). */
export const ticketEditFields = ticketIntakeFields.omit({ assigneeId: true, declaredValueMinor: true, prepaymentMinor: true, prepaymentMethod: true }).extend({
  id: idField,
  version: z.coerce.number().int().positive(),
  diagnosis: longText(5000),
  workDone: longText(5000),
});

export type TicketIntake = z.infer<typeof ticketIntakeFields>;
export type TicketEdit = z.infer<typeof ticketEditFields>;

/**
 * The inputs of the intake and edit forms, named by the schemas so a field added there cannot be
 * forgotten on the form. The client (a picker) and the warranty (a checkbox) are drawn apart;
 * the id and version of an edit are hidden fields.
 */
export type TicketIntakeField = Exclude<keyof typeof ticketIntakeFields.shape, 'clientId' | 'warranty'>;
export type TicketEditField = Exclude<keyof typeof ticketEditFields.shape, 'id' | 'version' | 'clientId' | 'warranty'>;

/** `overrideReason`: a manager closing a repair that lacks its diagnosis, work done or lines. */
export const changeStatusSchema = z.object({
  id: idField,
  to: choice(STATUSES),
  version: z.coerce.number().int().positive().optional(),
  overrideReason: optionalText(500),
});
export const assignSchema = z.object({ id: idField, assigneeId: optionalId });
export const commentSchema = z.object({
  id: idField,
  body: requiredText(5000),
  visibility: z.enum(['internal', 'public'], { error: code('invalid_choice') }).default('internal'),
});
export const ticketIdSchema = z.object({ id: idField });

/** Fields whose change is shown in the timeline and audited (status and assignee have events of their own). */
export const EDITABLE_TICKET_FIELDS = [
  'kind',
  'channel',
  'clientId',
  'departmentId',
  'priority',
  'dueDate',
  'title',
  'description',
  'deviceType',
  'brand',
  'model',
  'serialNumber',
  'accessories',
  'intakeCondition',
  'warranty',
  'diagnosis',
  'workDone',
] as const;

/** What the intake's audit row keeps: the editable fields and the value the client declared. */
export const INTAKE_AUDIT_FIELDS = [...EDITABLE_TICKET_FIELDS, 'declaredValueMinor'] as const;
