import { describe, expect, it } from 'vitest';
import { isFileRefusal, refuse as refuseAttachment } from '@/lib/attachments/refusals';
import { messagesFor } from '@/lib/i18n/messages';
import { refuse as refuseTicket } from '@/lib/tickets/refusals';

const en = messagesFor('en');
const ru = messagesFor('ru');

describe('ticket refusals', () => {
  it('are worded from the tickets catalog', () => {
    expect(refuseTicket('not_found', {}).explain(en)).toEqual({ message: en.tickets.errors.notFound });
    expect(refuseTicket('forbidden', {}).explain(ru)).toEqual({ message: ru.tickets.errors.forbidden });
    expect(refuseTicket('move_not_allowed', {}).explain(en)).toEqual({ message: en.tickets.errors.moveNotAllowed });
  });

  it('a conflict names the changed fields in the reader’s language', () => {
    const error = refuseTicket('conflict', { fields: ['status', 'assigneeId'] });
    expect(error.code).toBe('ticket.conflict');
    expect(error.explain(ru).message).toBe(ru.tickets.errors.conflict(`${ru.tickets.fields.status}, ${ru.tickets.fields.assigneeId}`));
    expect(refuseTicket('conflict', { fields: [] }).explain(en).message).toBe(en.tickets.errors.conflictNoFields);
  });
});

describe('attachment refusals', () => {
  it('name the refused file; only those of one file let the upload go on', () => {
    const duplicate = refuseAttachment('duplicate', { name: 'act.pdf' });
    expect(duplicate.explain(en).message).toContain('act.pdf');
    expect(isFileRefusal(duplicate)).toBe(true);
    expect(isFileRefusal(refuseAttachment('forbidden_upload', {}))).toBe(false);
    expect(isFileRefusal(refuseTicket('not_found', {}))).toBe(false);
  });

  it('are worded from the attachments catalog', () => {
    expect(refuseAttachment('not_photo', {}).explain(ru)).toEqual({ message: ru.attachments.errors.notPhoto });
    expect(refuseAttachment('forbidden_delete', {}).explain(en)).toEqual({ message: en.attachments.errors.forbidden });
  });
});
