import { describe, expect, it } from 'vitest';
import { refuse as refuseClient } from '@/lib/clients/refusals';
import { refuse as refuseDepartment } from '@/lib/departments/refusals';
import { DomainError } from '@/lib/domain/errors';
import { refuse as refuseEmployee } from '@/lib/employees/refusals';
import { messagesFor } from '@/lib/i18n/messages';
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

describe('refusals say what blocks the change, in the catalog’s words', () => {
  const en = messagesFor('en');
  const ru = messagesFor('ru');

  it('a refusal is one DomainError with a domain code', () => {
    const error = refuseEmployee('last_admin', { action: 'delete' });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('employee.last_admin');
    expect(error.params).toEqual({ action: 'delete' });
  });

  it('names the last administrator rule for each way of losing them', () => {
    expect(refuseEmployee('last_admin', { action: 'demote' }).explain(en)).toEqual({ message: en.employees.errors.lastAdminDemote });
    expect(refuseEmployee('last_admin', { action: 'deactivate' }).explain(en)).toEqual({ message: en.employees.errors.lastAdminDeactivate });
    expect(refuseEmployee('last_admin', { action: 'delete' }).explain(ru)).toEqual({ message: ru.employees.errors.lastAdminDelete });
  });

  it('refuses one’s own account, and counts the tickets that block a delete', () => {
    expect(refuseEmployee('self', { action: 'delete' }).explain(en).message).toBe(en.employees.errors.selfDelete);
    expect(refuseEmployee('self', { action: 'deactivate' }).explain(en).message).toBe(en.employees.errors.selfDeactivate);
    expect(refuseEmployee('tickets', { count: 3 }).explain(ru).message).toContain('числятся 3 заявки');
    expect(refuseEmployee('not_found', {}).explain(en)).toEqual({ message: en.employees.errors.notFound });
    expect(refuseEmployee('session_not_found', {}).explain(en)).toEqual({ message: en.employees.sessions.notFound });
  });

  it('puts a taken e-mail and an unknown department on their fields', () => {
    expect(refuseEmployee('email_taken', {}).explain(en)).toEqual({ message: en.employees.checkFields, fieldErrors: { email: [en.validation.taken] } });
    expect(refuseEmployee('unknown_department', {}).explain(ru)).toEqual({
      message: ru.employees.checkFields,
      fieldErrors: { departmentId: [ru.validation.invalid_choice] },
    });
  });

  it('puts the password checks of the profile on their fields', () => {
    const p = en.employees.profile;
    expect(refuseEmployee('password_attempts', {}).explain(en)).toEqual({ message: p.locked });
    expect(refuseEmployee('wrong_current_password', {}).explain(en)).toEqual({ message: p.wrongCurrent, fieldErrors: { currentPassword: [p.wrongCurrent] } });
    expect(refuseEmployee('password_mismatch', {}).explain(en)).toEqual({ message: p.mismatch, fieldErrors: { confirmPassword: [p.mismatch] } });
    expect(refuseEmployee('same_password', {}).explain(en)).toEqual({ message: p.sameAsCurrent, fieldErrors: { newPassword: [p.sameAsCurrent] } });
  });

  it('departments: a taken name on the name field, a delete blocked by what is still in it', () => {
    expect(refuseDepartment('name_taken', {}).explain(ru)).toEqual({ message: ru.departments.nameTaken, fieldErrors: { name: [ru.departments.nameTaken] } });
    expect(refuseDepartment('in_use', { employees: 2, tickets: 5 }).explain(en)).toEqual({ message: en.departments.deleteBlocked(2, 5) });
    expect(refuseDepartment('not_found', {}).explain(en)).toEqual({ message: en.errors.notFound });
  });

  it('clients: a delete blocked by tickets, and a client that is gone', () => {
    expect(refuseClient('has_tickets', { tickets: 4 }).explain(en)).toEqual({ message: en.clients.errors.hasTickets(4) });
    expect(refuseClient('not_found', {}).explain(ru)).toEqual({ message: ru.clients.errors.notFound });
  });
});
