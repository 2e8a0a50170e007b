import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clientFormSchema, clientListParams, parseClientId, PHONE_OR_EMAIL, updateClientSchema } from '@/lib/validation/clients';

const base = { kind: 'person', name: 'Anna', phone: '+7 912 345-67-89', email: '', locale: 'ru', notes: '' };

function errorsOf(input: Record<string, unknown>, schema: z.ZodType = clientFormSchema) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
}

describe('the client form schema', () => {
  it('normalises the phone to E.164, trims the name and folds the e-mail', () => {
    const v = clientFormSchema.parse({ ...base, name: '  Anna  ', phone: '8 (912) 345-67-89', email: ' Anna@Mail.RU ' });
    expect(v).toMatchObject({ name: 'Anna', phone: '+79123456789', email: 'anna@mail.ru', notes: '' });
  });

  it('turns empty optional fields into null', () => {
    const v = clientFormSchema.parse({ ...base, email: '  ', contactPerson: '' });
    expect(v.email).toBeNull();
    expect(v.contactPerson).toBeNull();
  });

  it('reads the consent checkbox as browsers send it', () => {
    expect(clientFormSchema.parse({ ...base, notify: 'on' }).notify).toBe(true);
    expect(clientFormSchema.parse(base).notify).toBe(false);
  });

  it('keeps a contact person for a company and drops one for a person', () => {
    expect(clientFormSchema.parse({ ...base, kind: 'company', contactPerson: ' Ivan ' }).contactPerson).toBe('Ivan');
    expect(clientFormSchema.parse({ ...base, kind: 'person', contactPerson: 'Ivan' }).contactPerson).toBeNull();
  });

  it('needs a phone or an e-mail and says so on both fields', () => {
    expect(errorsOf({ ...base, phone: '', email: '' })).toEqual({ phone: [PHONE_OR_EMAIL], email: [PHONE_OR_EMAIL] });
    expect(errorsOf({ ...base, phone: '', email: 'a@b.ru' })).toEqual({});
  });

  it('reports a bad phone as a bad phone, not as a missing one', () => {
    expect(errorsOf({ ...base, phone: '12345' })).toEqual({ phone: ['invalid_phone'] });
  });

  it.each([
    [{ name: '' }, { name: ['required'] }],
    [{ name: 'x'.repeat(201) }, { name: ['too_long:200'] }],
    [{ email: 'a@' }, { email: ['invalid_email'] }],
    [{ kind: 'robot' }, { kind: ['invalid_choice'] }],
    [{ locale: 'de' }, { locale: ['invalid_choice'] }],
    [{ notes: 'x'.repeat(4001) }, { notes: ['too_long:4000'] }],
  ])('refuses %j', (over, errors) => {
    expect(errorsOf({ ...base, ...over })).toEqual(errors);
  });

  it('reads the confirmed duplicate ids and ignores junk', () => {
    expect(clientFormSchema.parse({ ...base, confirmDuplicate: '3,17,x,-1,' }).confirmDuplicate).toEqual([3, 17]);
    expect(clientFormSchema.parse(base).confirmDuplicate).toEqual([]);
  });

  it('needs a numeric id to update', () => {
    expect(errorsOf({ ...base, id: 'abc' }, updateClientSchema)).toHaveProperty('id');
    expect(updateClientSchema.parse({ ...base, id: '12' }).id).toBe(12);
  });
});

describe('the client list URL', () => {
  it('falls back to the defaults for hand-edited values', () => {
    expect(clientListParams.parse({ sort: 'weird', q: ['a', 'b'] })).toEqual({ sort: 'name', q: undefined });
    expect(clientListParams.parse({ sort: 'newest', q: ' ivan ' })).toEqual({ sort: 'newest', q: 'ivan' });
  });
});

describe('a client id in the URL', () => {
  it.each([
    ['12', 12],
    ['0', null],
    ['-3', null],
    ['012', null],
    ['1e3', null],
    ['abc', null],
    ['99999999999999999999', null],
  ])('%s → %s', (raw, id) => {
    expect(parseClientId(raw)).toBe(id);
  });
});
