'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui';
import type { ActionState } from '@/lib/action';
import type { MessageChannel, Status } from '@/lib/domain/enums';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  /** Each cell: its field (`<status>:<channel>`), its name for screen readers, and whether it is on now. */
  rows: { status: Status; label: string; cells: { name: string; label: string; checked: boolean }[] }[];
  channels: { channel: MessageChannel; label: string }[];
  labels: { caption: string; status: string; save: string; saving: string };
};

/** The statuses × channels table of checkboxes: a plain form post, so it works without JavaScript. */
export function RulesForm({ action, rows, channels, labels }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  return (
    <form action={dispatch} className="space-y-4" data-testid="rules-form">
      <FormMessage state={state} />
      <Table label={labels.caption}>
        <caption className="sr-only">{labels.caption}</caption>
        <THead>
          <tr>
            <TH>{labels.status}</TH>
            {channels.map((c) => (
              <TH key={c.channel} className="text-center">
                {c.label}
              </TH>
            ))}
          </tr>
        </THead>
        <TBody>
          {rows.map((r) => (
            <TR key={r.status}>
              <TH scope="row" className="text-sm font-medium tracking-normal normal-case text-slate-800">
                {r.label}
              </TH>
              {r.cells.map((cell) => (
                <TD key={cell.name} className="text-center">
                  <input
                    type="checkbox"
                    name={cell.name}
                    defaultChecked={cell.checked}
                    aria-label={cell.label}
                    className="size-5 accent-primary-700"
                    data-testid={`rule-${cell.name}`}
                  />
                </TD>
              ))}
            </TR>
          ))}
        </TBody>
      </Table>
      <SubmitButton pendingLabel={labels.saving}>{labels.save}</SubmitButton>
    </form>
  );
}
