import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { LOCALES, ROLES } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import type { EmployeeFormLabels, Option } from './employee-form';

/** Client forms cannot read the catalog: the server hands them plain strings. */
export function employeeFormLabels(t: Messages, mode: 'create' | 'edit'): EmployeeFormLabels {
  const e = t.employees;
  return {
    fields: e.fields,
    hints: { email: e.hints.email, phone: e.hints.phone, digestOptOut: e.hints.digestOptOut, password: e.hints.password(MIN_PASSWORD_LENGTH) },
    chooseDepartment: e.chooseDepartment,
    submit: mode === 'create' ? e.create : e.save,
    pending: mode === 'create' ? e.creating : e.saving,
    cancel: t.common.cancel,
  };
}

export const roleOptions = (t: Messages): Option[] => ROLES.map((r) => ({ value: r, label: t.roles[r] }));
export const localeOptions = (t: Messages): Option[] => LOCALES.map((l) => ({ value: l, label: t.locales[l] }));
