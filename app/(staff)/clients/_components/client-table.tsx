import Link from 'next/link';
import { EmailText } from '@/components/list/email-text';
import { Badge, Table, TBody, TD, TH, THead, TR } from '@/components/ui';
import type { ClientListRow } from '@/db/queries/clients';
import type { Messages } from '@/lib/i18n/messages';
import { formatPhone } from '@/lib/phone';

/**
 * One page of the client list; the open-ticket count links to those tickets. In a narrow box the
 * rows are cards; as it narrows the language, then the contact person, then the kind give way.
 */
export function ClientTable({ rows, openCounts, t }: { rows: ClientListRow[]; openCounts: Map<number, number>; t: Messages }) {
  const f = t.clients.fields;
  const openTickets = t.clients.columns.openTickets;
  return (
    <Table label={t.clients.caption} cards>
      <THead>
        <TR>
          <TH>{f.name}</TH>
          <TH className="@2xl:@max-3xl:hidden">{f.kind}</TH>
          <TH className="@2xl:@max-4xl:hidden">{f.contactPerson}</TH>
          <TH>{f.phone}</TH>
          <TH>{f.email}</TH>
          <TH className="@2xl:@max-5xl:hidden">{f.locale}</TH>
          <TH className="text-right">{openTickets}</TH>
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
              <TD label={f.kind} className="@2xl:@max-3xl:hidden">
                <Badge tone={row.kind === 'company' ? 'info' : 'neutral'}>{t.clients.kinds[row.kind]}</Badge>
              </TD>
              <TD label={f.contactPerson} className="@2xl:@max-4xl:hidden">
                {row.contactPerson ?? t.common.none}
              </TD>
              <TD label={f.phone} className="whitespace-nowrap">
                {row.phone ? formatPhone(row.phone) : t.common.none}
              </TD>
              <TD label={f.email}>{row.email ? <EmailText email={row.email} /> : t.common.none}</TD>
              <TD label={f.locale} className="@2xl:@max-5xl:hidden">
                <abbr title={t.locales[row.locale]} className="no-underline">
                  {row.locale.toUpperCase()}
                </abbr>
              </TD>
              <TD label={openTickets} className="text-right tabular-nums">
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
