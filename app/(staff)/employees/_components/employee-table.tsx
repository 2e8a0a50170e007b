import Link from 'next/link';
import { EmailText } from '@/components/list/email-text';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui';
import type { EmployeeListRow } from '@/db/queries/employees';
import type { Messages } from '@/lib/i18n/messages';
import { formatPhone } from '@/lib/phone';
import { ActiveBadge } from './active-badge';

/**
 * The staff list. In a narrow box the rows are cards; as it narrows the position, then the role
 * give way (the employee's page has both).
 */
export function EmployeeTable({ rows, t }: { rows: EmployeeListRow[]; t: Messages }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t.list.empty}</p>;
  const f = t.employees.fields;
  return (
    <Table label={t.employees.caption} cards>
      <THead>
        <TR>
          <TH>{f.fullName}</TH>
          <TH className="@2xl:@max-5xl:hidden">{f.position}</TH>
          <TH>{f.departmentId}</TH>
          <TH className="@2xl:@max-3xl:hidden">{f.role}</TH>
          <TH>{f.active}</TH>
          <TH>{f.email}</TH>
          <TH>{f.phone}</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={row.id} data-testid="employee-row">
            <TD className="font-medium">
              <Link href={`/employees/${row.id}`} className="text-primary-700 hover:underline">
                {row.fullName}
              </Link>
            </TD>
            <TD label={f.position} className="@2xl:@max-5xl:hidden">
              {row.position || t.common.none}
            </TD>
            <TD label={f.departmentId}>
              <Link href={`/departments/${row.departmentId}`} className="hover:underline">
                {row.departmentName}
              </Link>
            </TD>
            <TD label={f.role} className="whitespace-nowrap @2xl:@max-3xl:hidden">
              {t.roles[row.role]}
            </TD>
            <TD label={f.active}>
              <ActiveBadge active={row.active} t={t} />
            </TD>
            <TD label={f.email}>
              <a href={`mailto:${row.email}`} className="hover:underline">
                <EmailText email={row.email} />
              </a>
            </TD>
            <TD label={f.phone} className="whitespace-nowrap">
              {row.phone ? (
                <a href={`tel:${row.phone}`} className="hover:underline">
                  {formatPhone(row.phone)}
                </a>
              ) : (
                t.common.none
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
