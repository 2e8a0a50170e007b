'use client';

import Link from 'next/link';
import { UserPlus } from '@/components/ui/icons';
import { useActionState, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, buttonClasses } from '@/components/ui';
import type { Locale } from '@/lib/domain/enums';
import type { TicketIntakeMessages } from '@/lib/i18n/messages/features/ticket-intake';
import { createTicketWithAttachmentsAction } from '../../attachment-actions';
import { IntakeAttachments, type IntakeAttachmentLabels } from './attachments-field';
import { ClientPicker, type ChosenClient } from './client-picker';
import { NewClientForm, type NewClientLabels } from './new-client-form';
import { TicketFields, type AssigneeGroup, type IntakeField, type TicketFieldLabels } from './ticket-fields';

export type IntakeLabels = {
  clientSection: string;
  picker: TicketIntakeMessages['picker'];
  newClient: NewClientLabels;
  ticket: TicketFieldLabels;
  attachments: IntakeAttachmentLabels;
  submit: string;
  creating: string;
  cancel: string;
};

type Props = {
  initialClient: ChosenClient | null;
  /** Shown when ?client= named a client that does not exist. */
  clientNotice: string | null;
  clientQuery: string;
  serverResults: ChosenClient[] | null;
  departments: { id: number; name: string }[];
  assignees: AssigneeGroup[];
  defaultDepartmentId: number;
  defaultClientLocale: Locale;
  cancelHref: string;
  labels: IntakeLabels;
};

/**
 * The intake page: the client (picked, or created inline by a form of its own) above the ticket
 * form. The chosen client travels in the ticket form as a hidden `clientId`.
 */
export function IntakeForm({ initialClient, clientNotice, clientQuery, serverResults, departments, assignees, defaultDepartmentId, defaultClientLocale, cancelHref, labels }: Props) {
  const [state, dispatch] = useActionState(createTicketWithAttachmentsAction, undefined);
  const [client, setClient] = useState(initialClient);
  const [addingClient, setAddingClient] = useState(false);
  const [seed, setSeed] = useState('');
  const typed = useRef(clientQuery);

  const initial: Record<IntakeField, string> = {
    kind: 'repair',
    channel: 'walk_in',
    departmentId: String(defaultDepartmentId),
    assigneeId: '',
    priority: 'normal',
    dueDate: '',
    title: '',
    description: '',
    deviceType: '',
    brand: '',
    model: '',
    serialNumber: '',
    accessories: '',
    intakeCondition: '',
    declaredValueMinor: '',
    prepaymentMinor: '',
    prepaymentMethod: 'cash',
  };
  const value = (name: IntakeField) => state?.values?.[name] ?? initial[name];
  const [kind, setKind] = useState(value('kind'));
  const errors = state?.fieldErrors;
  // A client error is about the client that was sent; once another is chosen it no longer applies.
  const clientError =
    errors?.clientId && (state?.values?.clientId ?? '') === String(client?.id ?? '') ? (client ? errors.clientId[0] : labels.picker.required) : undefined;

  function choose(next: ChosenClient | null) {
    setClient(next);
    setAddingClient(false);
  }

  return (
    <div className="grid max-w-3xl gap-8">
      <section aria-labelledby="intake-client-title" className="grid gap-4" data-testid="intake-client">
        <h2 id="intake-client-title" className="text-lg font-semibold">
          {labels.clientSection}
        </h2>
        {clientNotice && !client && <Alert tone="warning">{clientNotice}</Alert>}
        <ClientPicker
          selected={client}
          onSelect={choose}
          initialQuery={clientQuery}
          serverResults={serverResults}
          error={clientError}
          onQueryChange={(q) => (typed.current = q)}
          labels={labels.picker}
        />
        {!client && !addingClient && (
          <div>
            {/* Without JavaScript this opens the full client form; with it, the inline one below. */}
            <Link
              href="/clients/new"
              className={buttonClasses('secondary', 'sm')}
              onClick={(e) => {
                e.preventDefault();
                setSeed(typed.current);
                setAddingClient(true);
              }}
              data-testid="new-client-open"
            >
              <UserPlus aria-hidden /> {labels.newClient.open}
            </Link>
          </div>
        )}
        {!client && addingClient && (
          <NewClientForm
            seed={seed}
            defaultLocale={defaultClientLocale}
            onChosen={choose}
            onCancel={() => setAddingClient(false)}
            labels={labels.newClient}
          />
        )}
      </section>

      <form action={dispatch} noValidate className="grid gap-8" id="ticket-intake-form">
        <input type="hidden" name="clientId" value={client?.id ?? ''} />
        <ErrorSummary state={state} />
        {state?.message && !state.fieldErrors && (
          <Alert tone="danger" data-testid="form-message">
            {state.message}
          </Alert>
        )}
        <TicketFields
          value={value}
          warranty={state?.values ? state.values.warranty === 'on' : false}
          errors={errors}
          kind={kind}
          onKindChange={setKind}
          departments={departments}
          assignees={assignees}
          labels={labels.ticket}
        />
        <IntakeAttachments state={state} labels={labels.attachments} />
        <div className="flex flex-wrap gap-2">
          <SubmitButton pendingLabel={labels.creating} data-testid="intake-submit">
            {labels.submit}
          </SubmitButton>
          <Link href={cancelHref} className={buttonClasses('secondary')}>
            {labels.cancel}
          </Link>
        </div>
      </form>
    </div>
  );
}
