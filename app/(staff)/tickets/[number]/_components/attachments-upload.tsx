'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useLeaveWarning } from '@/components/forms/use-leave-warning';
import { Alert } from '@/components/ui';
import { fillIn } from '@/lib/attachments/format';
import type { Locale } from '@/lib/domain/enums';
import { FilePicker, useUploadQueue, type UploadQueue } from './attachments-picker';
import { attachmentsFor } from './locale-labels';

type Props = { ticketId: number; existing: number; locale: Locale };

type Progress = { done: number; total: number };

/**
 * The ticket page's upload: a file picked, dropped or photographed goes up at once — a file that
 * waits for a second click gets forgotten. Files chosen while others upload join the next round
 * of the same run. Leaving the page while any is still on its way asks first. Which photos the
 * client sees is set on each uploaded file afterwards.
 */
export function AttachmentsUpload({ ticketId, existing, locale }: Props) {
  const labels = attachmentsFor(locale);
  const queue = useUploadQueue(existing, labels);
  const router = useRouter();
  const running = useRef(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<{ uploaded: number; failures: string[] } | null>(null);
  const l = labels.upload;

  useLeaveWarning(queue.items.length > 0 || progress !== null, l.leaveWarning);

  async function uploadAll() {
    if (running.current) return;
    running.current = true;
    setResult(null);
    let uploaded = 0;
    const failures: string[] = [];
    while (queue.pending() > 0) {
      const round = queue.pending();
      const failed = await queue.upload(ticketId, (done, total) => setProgress({ done, total }), { dropFailed: true });
      uploaded += round - failed.length;
      failures.push(...failed);
    }
    running.current = false;
    setProgress(null);
    setResult({ uploaded, failures });
    router.refresh();
  }

  const uploadingQueue: UploadQueue = {
    ...queue,
    add: async (files) => {
      await queue.add(files);
      void uploadAll();
    },
  };

  return (
    <div className="grid gap-3" data-testid="attachments-upload">
      <FilePicker queue={uploadingQueue} labels={labels} disabled={progress !== null} idPrefix="attachments" chooseVisibility={false} heading={l.inProgress} />
      {progress && (
        <div className="grid gap-1" role="status" data-testid="attachments-progress">
          <p className="text-sm text-slate-700">{fillIn(l.uploading, progress)}</p>
          <progress className="h-2 w-full max-w-sm accent-primary-600" value={progress.done - 1} max={progress.total} />
        </div>
      )}
      {result && result.uploaded > 0 && (
        <Alert tone="success" data-testid="attachments-uploaded">
          {fillIn(l.uploaded, { count: result.uploaded })}
        </Alert>
      )}
      {result && result.failures.length > 0 && (
        <Alert tone="danger" data-testid="attachments-failed">
          <ul className="grid gap-1">
            {result.failures.map((f) => (
              <li key={f} className="whitespace-pre-line">
                {f}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}
