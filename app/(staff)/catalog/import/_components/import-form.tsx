'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, Badge, Field, Table, TBody, TD, TH, THead, TR, Textarea, type BadgeTone } from '@/components/ui';
import type { ImportState } from '../../actions';

type Action = (prev: ImportState | undefined, form: FormData) => Promise<ImportState>;
type Outcome = 'create' | 'change' | 'same' | 'refuse';
type Row = { line: number; code: string; outcome: Outcome; details: string[] };

type Labels = {
  file: string;
  orPaste: string;
  previewButton: string;
  previewTitle: string;
  line: string;
  code: string;
  outcome: string;
  details: string;
  outcomes: Record<Outcome, string>;
  confirm: string;
  confirmNote: string;
  nothingToDo: string;
  backToList: string;
};

const TONES: Record<Outcome, BadgeTone> = { create: 'success', change: 'info', same: 'neutral', refuse: 'danger' };

function RowsTable({ rows, labels, caption }: { rows: Row[]; labels: Labels; caption: string }) {
  return (
    <Table label={caption} cards>
      <THead>
        <TR>
          <TH>{labels.line}</TH>
          <TH>{labels.code}</TH>
          <TH>{labels.outcome}</TH>
          <TH>{labels.details}</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={row.line} data-outcome={row.outcome} data-testid="import-row">
            <TD label={labels.line} className="tabular-nums">
              {row.line}
            </TD>
            <TD label={labels.code} className="font-mono text-sm">
              {row.code}
            </TD>
            <TD label={labels.outcome}>
              <Badge tone={TONES[row.outcome]}>{labels.outcomes[row.outcome]}</Badge>
            </TD>
            <TD label={labels.details}>
              {row.details.length > 0 && (
                <ul className="space-y-0.5 text-sm">
                  {row.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

/**
 * Upload → preview → confirm. The confirmation sends back only the CSV text; the server judges
 * it again and never takes the preview's verdicts from the browser.
 */
export function ImportForm({ preview, confirm, labels }: { preview: Action; confirm: Action; labels: Labels }) {
  const [previewed, dispatchPreview] = useActionState(preview, undefined);
  const [confirmed, dispatchConfirm] = useActionState(confirm, undefined);

  if (confirmed?.ok) {
    return (
      <div className="space-y-4" data-testid="import-done">
        <Alert tone="success">{confirmed.message}</Alert>
        {confirmed.refused && confirmed.refused.length > 0 && <RowsTable rows={confirmed.refused} labels={labels} caption={labels.outcomes.refuse} />}
        <Link href="/catalog" className="text-primary-700 hover:underline">
          {labels.backToList}
        </Link>
      </div>
    );
  }

  const plan = previewed?.preview;
  const writable = plan ? plan.counts.create + plan.counts.change > 0 : false;
  return (
    <div className="space-y-6">
      <form action={dispatchPreview} className="grid max-w-2xl gap-4" noValidate>
        <FormMessage state={previewed} />
        <Field label={labels.file} name="file" error={previewed?.fieldErrors?.file}>
          {(p) => <input {...p} type="file" accept=".csv,text/csv,text/plain" className="text-sm" />}
        </Field>
        <Field label={labels.orPaste} name="csv" error={previewed?.fieldErrors?.csv}>
          {(p) => <Textarea {...p} rows={5} defaultValue={previewed?.values?.csv ?? ''} className="font-mono text-sm" />}
        </Field>
        <div>
          <SubmitButton variant="secondary">{labels.previewButton}</SubmitButton>
        </div>
      </form>

      {plan && (
        <section aria-labelledby="preview-title" className="space-y-3" data-testid="import-preview">
          <h2 id="preview-title" className="text-lg font-semibold">
            {labels.previewTitle}
          </h2>
          <p data-testid="import-counts">{plan.countsText}</p>
          <RowsTable rows={plan.rows} labels={labels} caption={labels.previewTitle} />
          <form action={dispatchConfirm} className="grid max-w-2xl gap-3">
            <FormMessage state={confirmed} />
            <input type="hidden" name="csv" value={plan.csv} />
            <p className="text-sm text-slate-600">{writable ? labels.confirmNote : labels.nothingToDo}</p>
            <div>
              <SubmitButton disabled={!writable}>{labels.confirm}</SubmitButton>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
