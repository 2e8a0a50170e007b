'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Alert, Field, Select } from '@/components/ui';
import { html } from '@/components/ui/html';
import { useHydrated } from '@/components/ui/use-hydrated';
import { assignTicketAction } from '../../actions';

export type AssignmentLabels = {
  department: string;
  allDepartments: string;
  employee: string;
  nobody: string;
  submit: string;
  saving: string;
  inactive: string;
};

export type AssigneeOption = { id: number; fullName: string; departmentId: number; active: boolean };

/** A department and the people in it who may be assigned; `inactive` marks a deactivated current assignee. */
export type AssigneeGroup = { id: number; name: string; people: { id: number; name: string; inactive?: true }[] };

type Props = {
  ticketId: number;
  assigneeId: number | null;
  /** Where the department filter starts: the assignee's department, else the ticket's. */
  initialDepartmentId: number;
  groups: AssigneeGroup[];
  labels: AssignmentLabels;
};

/**
 * Managers and admins pick an assignee. Without JavaScript it is one select grouped by
 * department; with it, a department select narrows the employee select. The employee select's
 * options are one HTML string: a center's two hundred employees would otherwise be two hundred
 * elements rendered on every view of a ticket.
 */
export function AssignmentForm({ ticketId, assigneeId, initialDepartmentId, groups, labels }: Props) {
  const [state, dispatch] = useActionState(assignTicketAction, undefined);
  // False while rendering on the server and hydrating, so the markup matches; then the filter appears.
  const hydrated = useHydrated();
  const [departmentId, setDepartmentId] = useState(String(initialDepartmentId));

  const filtering = hydrated && departmentId !== '';
  const visible = groups.filter((g) => g.people.length > 0 && (!filtering || String(g.id) === departmentId));
  const people = visible.flatMap((g) => g.people);
  const wanted = state?.values?.assigneeId ?? (assigneeId === null ? '' : String(assigneeId));
  const initial = wanted === '' || people.some((e) => String(e.id) === wanted) ? wanted : String(people[0]?.id ?? '');
  const option = (value: string | number, text: string) => html`<option value="${value}"${String(value) === initial && ' selected'}>${text}</option>`;
  const options = html`${option('', labels.nobody)}${visible.map(
    (g) => html`<optgroup label="${g.name}">${g.people.map((e) => option(e.id, e.inactive ? `${e.name} ${labels.inactive}` : e.name))}</optgroup>`,
  )}`.value;

  return (
    <form action={dispatch} className="grid gap-3" data-testid="assignment-form">
      <input type="hidden" name="id" value={ticketId} />
      <ErrorSummary state={state} />
      {state?.message && !state.ok && !state.fieldErrors && <Alert tone="danger">{state.message}</Alert>}
      {hydrated && (
        <Field label={labels.department} name="assignDepartment">
          {(p) => (
            <Select {...p} name={undefined} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
              <option value="">{labels.allDepartments}</option>
              {groups.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <Field label={labels.employee} name="assigneeId" error={state?.fieldErrors?.assigneeId}>
        {(p) => (
          // Remounted when the choice or the department changes, so the browser takes the new `selected`.
          <Select {...p} key={`${departmentId}:${initial}`} dangerouslySetInnerHTML={{ __html: options }} />
        )}
      </Field>
      <div>
        <SubmitButton pendingLabel={labels.saving}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
