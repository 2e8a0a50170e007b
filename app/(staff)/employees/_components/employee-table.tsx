import Link from 'next/link';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui';
import type { EmployeeListRow } from '@/db/queries/employees';
import type { Messages } from '@/lib/i18n/messages';
import { formatPhone } from '@/lib/phone';
import { ActiveBadge } from './active-badge';

export function EmployeeTable({ rows, t }: { rows: EmployeeListRow[]; t: Messages }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t.list.empty}</p>;
  const f = t.employees.fields;
  return (
    <Table label={t.employees.caption}>
      <THead>
        <TR>
          <TH>{f.fullName}</TH>
          <TH>{f.position}</TH>
          <TH>{f.departmentId}</TH>
          <TH>{f.role}</TH>
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
            <TD>{row.position || t.common.none}</TD>
            <TD>
              <Link href={`/departments/${row.departmentId}`} className="hover:underline">
                {row.departmentName}
              </Link>
            </TD>
            <TD className="whitespace-nowrap">{t.roles[row.role]}</TD>
            <TD>
              <ActiveBadge active={row.active} t={t} />
            </TD>
            <TD>
              <a href={`mailto:${row.email}`} className="hover:underline">
                {row.email}
              </a>
            </TD>
            <TD className="whitespace-nowrap">
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
