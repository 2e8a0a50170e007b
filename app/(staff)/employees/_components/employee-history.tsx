import { HistorySection } from '@/components/audit/history-section';
import { listAudit } from '@/db/queries/audit';
import { listDepartmentOptions } from '@/db/queries/employees';
import { isLocale } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import { ROLES, type Role } from '@/lib/domain/enums';
import { formatPhone } from '@/lib/phone';

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** The employee's History: field names in the reader's language, roles and departments as words. */
export async function EmployeeHistory({ employeeId, t, locale, timeZone }: { employeeId: number; t: Messages; locale: Locale; timeZone: string }) {
  const departments = new Map((await listDepartmentOptions()).map((d) => [d.id, d.name]));
  const formatValue = (field: string, value: unknown): string | undefined => {
    if (value === null || value === undefined || value === '') return undefined;
    if (field === 'departmentId') return departments.get(Number(value)) ?? `#${String(value)}`;
    if (field === 'role' && isRole(value)) return t.roles[value];
    if (field === 'locale' && isLocale(value)) return t.locales[value];
    if (field === 'active' && typeof value === 'boolean') return value ? t.employees.activeBadge : t.employees.inactiveBadge;
    if (field === 'phone' && typeof value === 'string') return formatPhone(value);
    if (field === 'password') return t.employees.historyPasswordChanged;
    return undefined;
  };
  return (
    <HistorySection
      entries={await listAudit('employee', employeeId)}
      fieldLabels={t.employees.fields}
      formatValue={formatValue}
      t={t}
      locale={locale}
      timeZone={timeZone}
    />
  );
}
