'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Alert, Field, Select } from '@/components/ui';
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

type Props = {
  ticketId: number;
  assigneeId: number | null;
  /** Where the department filter starts: the assignee's department, else the ticket's. */
  initialDepartmentId: number;
  employees: AssigneeOption[];
  departments: { id: number; name: string }[];
  labels: AssignmentLabels;
};

const subscribeNothing = () => () => {};

/**
 * Managers and admins pick an assignee. Without JavaScript it is one select grouped by
 * department; with it, a department select narrows the employee select.
 */
export function AssignmentForm({ ticketId, assigneeId, initialDepartmentId, employees, departments, labels }: Props) {
  const [state, dispatch] = useActionState(assignTicketAction, undefined);
  // False while rendering on the server and hydrating, so the markup matches; then the filter appears.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [departmentId, setDepartmentId] = useState(String(initialDepartmentId));

  const filtering = hydrated && departmentId !== '';
  const visible = employees.filter((e) => !filtering || String(e.departmentId) === departmentId);
  const groups = departments.map((d) => ({ ...d, people: visible.filter((e) => e.departmentId === d.id) })).filter((g) => g.people.length > 0);
  const wanted = state?.values?.assigneeId ?? (assigneeId === null ? '' : String(assigneeId));
  const initial = wanted === '' || visible.some((e) => String(e.id) === wanted) ? wanted : String(visible[0]?.id ?? '');

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
              {departments.map((d) => (
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
          <Select {...p} defaultValue={initial} key={`${departmentId}:${initial}`}>
            <option value="">{labels.nobody}</option>
            {groups.map((g) => (
              <optgroup key={g.id} label={g.name}>
                {g.people.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.active ? e.fullName : `${e.fullName} ${labels.inactive}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Field>
      <div>
        <SubmitButton pendingLabel={labels.saving}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
