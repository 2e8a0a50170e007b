import { describe, expect, it } from 'vitest';
import { employeesEn, employeesRu } from '@/lib/i18n/messages/features/employees';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'fn';
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

describe('employee strings', () => {
  it('exist in both languages with the same shape', () => {
    expect(shape(employeesRu)).toEqual(shape(employeesEn));
  });

  it('say how many tickets block a delete, in natural Russian', () => {
    expect(employeesRu.errors.hasTickets(1)).toContain('числится 1 заявка');
    expect(employeesRu.errors.hasTickets(3)).toContain('числятся 3 заявки');
    expect(employeesRu.errors.hasTickets(11)).toContain('числятся 11 заявок');
    expect(employeesRu.errors.hasTickets(21)).toContain('числится 21 заявка');
    expect(employeesEn.errors.hasTickets(1)).toContain('1 ticket.');
  });
});
