import Link from 'next/link';
import { Badge, Table, TBody, TD, TH, THead, TR } from '@/components/ui';
import type { ClientListRow } from '@/db/queries/clients';
import type { Messages } from '@/lib/i18n/messages';
import { formatPhone } from '@/lib/phone';

/** One page of the client list; the open-ticket count links to those tickets. */
export function ClientTable({ rows, openCounts, t }: { rows: ClientListRow[]; openCounts: Map<number, number>; t: Messages }) {
  const f = t.clients.fields;
  return (
    <Table label={t.clients.caption}>
      <THead>
        <TR>
          <TH>{f.name}</TH>
          <TH>{f.kind}</TH>
          <TH>{f.contactPerson}</TH>
          <TH>{f.phone}</TH>
          <TH>{f.email}</TH>
          <TH>{f.locale}</TH>
          <TH className="text-right">{t.clients.columns.openTickets}</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((row) => {
          const open = openCounts.get(row.id) ?? 0;
          return (
            <TR key={row.id}>
              <TD>
                <Link href={`/clients/${row.id}`} className="font-medium text-primary-700 hover:underline">
                  {row.name}
                </Link>
              </TD>
              <TD>
                <Badge tone={row.kind === 'company' ? 'info' : 'neutral'}>{t.clients.kinds[row.kind]}</Badge>
              </TD>
              <TD>{row.contactPerson ?? t.common.none}</TD>
              <TD className="whitespace-nowrap">{row.phone ? formatPhone(row.phone) : t.common.none}</TD>
              <TD>{row.email ? <EmailText email={row.email} /> : t.common.none}</TD>
              <TD>
                <abbr title={t.locales[row.locale]} className="no-underline">
                  {row.locale.toUpperCase()}
                </abbr>
              </TD>
              <TD className="text-right tabular-nums">
                {open > 0 ? (
                  <Link href={`/tickets?client=${row.id}&status=open`} className="hover:underline">
                    {open}
                  </Link>
                ) : (
                  <span className="text-slate-500">0</span>
                )}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

/** A long address may wrap after the @ rather than overflow the table. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
