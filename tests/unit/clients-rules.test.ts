import { describe, expect, it } from 'vitest';
import { describeDuplicates, unconfirmed } from '@/lib/clients/form-state';
import { phoneSearchDigits } from '@/lib/clients/phone-search';
import { canDeleteClient, canEditClients } from '@/lib/permissions';
import { clientsEn, clientsRu } from '@/lib/i18n/messages/features/clients';

describe('who may do what with clients', () => {
  it('lets every staff role create and edit clients', () => {
    for (const role of ['technician', 'manager', 'admin'] as const) expect(canEditClients({ role })).toBe(true);
  });

  it('lets only an admin delete a client', () => {
    expect(canDeleteClient({ role: 'admin' })).toBe(true);
    expect(canDeleteClient({ role: 'manager' })).toBe(false);
    expect(canDeleteClient({ role: 'technician' })).toBe(false);
  });
});

describe('a search typed as a phone number', () => {
  it.each([
    ['8 912 345-67-89', ['79123456789']],
    ['+7 (912) 345-67-89', ['79123456789']],
    ['89123456789', ['79123456789']],
    ['+7 (912) 345', ['7912345']],
    ['912-34', ['91234']],
    ['8 912', ['8912', '7912']],
  ])('%s looks for the digits %j', (q, digits) => {
    expect(phoneSearchDigits(q, 'RU')).toEqual(digits);
  });

  it.each(['Ivan', 'ivan 912', '12', '', '  ', 'anna@mail.ru'])('%j is not a phone search', (q) => {
    expect(phoneSearchDigits(q, 'RU')).toEqual([]);
  });

  it('keeps a leading 8 as is outside Russia', () => {
    expect(phoneSearchDigits('8 912', 'GB')).toEqual(['8912']);
  });
});

describe('possible duplicates', () => {
  const found = [
    { id: 1, name: 'Ivan', phone: '+79161112233', email: null },
    { id: 2, name: 'Olga', phone: null, email: 'olga@mail.test' },
  ];

  it('says what each match shares and shows its phone readably', () => {
    expect(describeDuplicates(found, { phone: '+79161112233', email: 'olga@mail.test' })).toEqual([
      expect.objectContaining({ id: 1, samePhone: true, sameEmail: false, phoneDisplay: '+7 916 111 22 33' }),
      expect.objectContaining({ id: 2, samePhone: false, sameEmail: true, phoneDisplay: null }),
    ]);
  });

  it('asks only about the matches the user has not confirmed', () => {
    expect(unconfirmed(found, [1]).map((c) => c.id)).toEqual([2]);
    expect(unconfirmed(found, [1, 2])).toEqual([]);
    expect(unconfirmed(found, [])).toHaveLength(2);
  });
});

describe('the delete blocker message', () => {
  it('counts tickets in natural Russian', () => {
    expect(clientsRu.errors.hasTickets(1)).toContain('1 заявка. Сначала удалите её');
    expect(clientsRu.errors.hasTickets(3)).toContain('3 заявки. Сначала удалите их');
    expect(clientsRu.errors.hasTickets(11)).toContain('11 заявок');
    expect(clientsRu.errors.hasTickets(21)).toContain('21 заявка');
  });

  it('says what to do in English', () => {
    expect(clientsEn.errors.hasTickets(1)).toBe('Cannot delete: the client has 1 ticket. Delete it first, or keep the client.');
    expect(clientsEn.errors.hasTickets(4)).toBe('Cannot delete: the client has 4 tickets. Delete them first, or keep the client.');
  });
});
