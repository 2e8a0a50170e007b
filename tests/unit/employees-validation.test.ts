import { describe, expect, it } from 'vitest';
import {
  changePasswordSchema,
  createEmployeeSchema,
  employeeListParams,
  parseEmployeeId,
  profileSchema,
  updateEmployeeSchema,
} from '@/lib/validation/employees';

const valid = {
  fullName: ' Anna Sokolova ',
  email: ' Anna@Example.COM ',
  phone: '8 912 345 67 89',
  position: '',
  departmentId: '3',
  role: 'manager',
  locale: 'en',
  password: 'Sturdy-password-42',
};

describe('the employee form schema', () => {
  it('trims, lower-cases the e-mail, normalises the phone and reads the checkbox', () => {
    const parsed = createEmployeeSchema.parse({ ...valid, digestOptOut: 'on' });
    expect(parsed).toMatchObject({
      fullName: 'Anna Sokolova',
      email: 'anna@example.com',
      phone: '+79123456789',
      position: '',
      departmentId: 3,
      digestOptOut: true,
    });
    expect(createEmployeeSchema.parse(valid).digestOptOut).toBe(false);
  });

  it('stores an empty phone as none', () => {
    expect(createEmployeeSchema.parse({ ...valid, phone: '' }).phone).toBeNull();
  });

  it('gives message codes the action translates', () => {
    const result = createEmployeeSchema.safeParse({ ...valid, fullName: '', role: 'owner', password: 'abc', departmentId: 'x' });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(issues).toMatchObject({ fullName: 'required', role: 'invalid_choice', password: 'password_too_short:10', departmentId: 'invalid_choice' });
  });

  it('does not trim passwords: spaces are characters', () => {
    expect(createEmployeeSchema.parse({ ...valid, password: ' Sturdy pass 42 ' }).password).toBe(' Sturdy pass 42 ');
  });

  it('needs an id to update and takes no password there', () => {
    expect(updateEmployeeSchema.safeParse(valid).success).toBe(false);
    expect(updateEmployeeSchema.parse({ ...valid, id: '5' })).not.toHaveProperty('password');
  });
});

describe('the profile schemas', () => {
  it('keep only the fields an employee may change about themselves', () => {
    const parsed = profileSchema.parse({ fullName: 'Me', locale: 'ru', role: 'admin', departmentId: '1', email: 'x@y.z', active: 'false' });
    expect(Object.keys(parsed).sort()).toEqual(['digestOptOut', 'fullName', 'locale', 'phone']);
  });

  it('require the current password and a strong new one', () => {
    const result = changePasswordSchema.safeParse({ currentPassword: '', newPassword: 'qwertyuiop1', confirmPassword: '' });
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(issues).toEqual({ currentPassword: 'required', newPassword: 'password_too_simple', confirmPassword: 'required' });
  });
});

describe('the employee list URL', () => {
  it('falls back to defaults for anything hand-edited and wrong', () => {
    expect(employeeListParams.parse({ sort: 'salary', q: ['ivan', 'x'], after: 'y'.repeat(600) })).toEqual({
      q: 'ivan',
      sort: 'name',
      after: undefined,
      before: undefined,
    });
    expect(employeeListParams.parse({ sort: 'newest' }).sort).toBe('newest');
  });

  it('takes only plain positive numbers as ids', () => {
    expect(parseEmployeeId('42')).toBe(42);
    for (const raw of ['0', '-1', '1.5', 'abc', '1e3', '99999999999999999999', '']) expect(parseEmployeeId(raw)).toBeNull();
  });
});
