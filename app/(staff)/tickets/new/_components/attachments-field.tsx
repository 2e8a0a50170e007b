'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Alert, buttonClasses } from '@/components/ui';
import { fillIn } from '@/lib/attachments/format';
import type { AttachmentsMessages } from '@/lib/i18n/messages/features/attachments';
import type { IntakeState } from '../../attachment-actions';
import { FilePicker, useUploadQueue } from '../../[number]/_components/attachments-picker';

export type IntakeAttachmentLabels = Pick<AttachmentsMessages, 'upload' | 'errors' | 'limitsHint' | 'intake'>;

/**
 * Photos of the device at intake. The files wait in the browser; the form only says how many
 * (`attachmentsPending`). Once the ticket is saved the server answers with its number instead of
 * redirecting, the files go up one by one, and then the ticket opens.
 */
export function IntakeAttachments({ state, labels }: { state: IntakeState | undefined; labels: IntakeAttachmentLabels }) {
  const queue = useUploadQueue(0, labels);
  const router = useRouter();
  const box = useRef<HTMLElement>(null);
  const started = useRef<number | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failures, setFailures] = useState<string[]>([]);
  const created = state?.created;
  const { upload } = queue;

  useEffect(() => {
    if (!created || started.current === created.id) return;
    started.current = created.id;
    // The ticket exists now: a second click must not create another one.
    box.current?.closest('form')?.querySelectorAll<HTMLButtonElement>('button[type=submit]').forEach((b) => (b.disabled = true));
    void upload(created.id, (done, total) => setProgress({ done, total })).then((failed) => {
      setProgress(null);
      if (failed.length === 0) router.push(created.href);
      else setFailures(failed);
    });
  }, [created, upload, router]);

  const error = state?.fieldErrors?.attachments?.[0];
  return (
    <section ref={box} aria-labelledby="intake-attachments-title" className="grid gap-3" data-testid="intake-attachments">
      <h2 id="intake-attachments-title" className="text-lg font-semibold">
        {labels.intake.title}
      </h2>
      <p className="text-sm text-slate-600">{labels.intake.hint}</p>
      <input type="hidden" name="attachmentsPending" value={created ? 0 : queue.items.length} />
      <FilePicker queue={queue} labels={labels} disabled={Boolean(created)} idPrefix="intake-attachments" />
      {error && !created && <p className="text-sm text-danger-700">{error}</p>}
      {progress && (
        <Alert tone="info" data-testid="intake-uploading">
          {fillIn(labels.intake.uploadingAfter, progress)}
        </Alert>
      )}
      {created && failures.length > 0 && (
        <Alert tone="warning" title={labels.intake.someFailed} data-testid="intake-upload-failed">
          <ul className="grid gap-1">
            {failures.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <Link href={created.href} className={buttonClasses('secondary', 'sm', 'mt-2')}>
            {labels.intake.openTicket}
          </Link>
        </Alert>
      )}
    </section>
  );
}
