import { describe, expect, it } from 'vitest';
import { employeeDeleteBlocker, removesLastAdmin } from '@/lib/employees/rules';

const admin = { role: 'admin' as const, active: true };

describe('the last active administrator', () => {
  it('cannot be demoted, deactivated or deleted when they are the only one', () => {
    expect(removesLastAdmin(admin, { role: 'manager', active: true }, 1)).toBe(true);
    expect(removesLastAdmin(admin, { role: 'admin', active: false }, 1)).toBe(true);
    expect(removesLastAdmin(admin, null, 1)).toBe(true);
  });

  it('may step down while another admin is active', () => {
    expect(removesLastAdmin(admin, { role: 'manager', active: true }, 2)).toBe(false);
    expect(removesLastAdmin(admin, null, 2)).toBe(false);
  });

  it('keeps their role when other fields change', () => {
    expect(removesLastAdmin(admin, { role: 'admin', active: true }, 1)).toBe(false);
  });

  it('does not protect an inactive admin or a non-admin', () => {
    expect(removesLastAdmin({ role: 'admin', active: false }, { role: 'technician', active: false }, 1)).toBe(false);
    expect(removesLastAdmin({ role: 'manager', active: true }, null, 0)).toBe(false);
  });
});

describe('what blocks deleting an employee', () => {
  const employee = { id: 7, role: 'technician' as const, active: true };

  it('nothing, for an employee with no tickets', () => {
    expect(employeeDeleteBlocker({ actorId: 1, employee, activeAdmins: 1, assignedTickets: 0 })).toBeNull();
  });

  it('their tickets, with the count', () => {
    expect(employeeDeleteBlocker({ actorId: 1, employee, activeAdmins: 1, assignedTickets: 3 })).toEqual({ kind: 'tickets', count: 3 });
  });

  it('deleting oneself', () => {
    expect(employeeDeleteBlocker({ actorId: 7, employee: { ...employee, role: 'admin' }, activeAdmins: 2, assignedTickets: 0 })).toEqual({
      kind: 'self',
    });
  });

  it('the last-admin rule first, since it is the one that really binds', () => {
    expect(employeeDeleteBlocker({ actorId: 7, employee: { ...employee, role: 'admin' }, activeAdmins: 1, assignedTickets: 4 })).toEqual({
      kind: 'last_admin',
    });
  });
});
