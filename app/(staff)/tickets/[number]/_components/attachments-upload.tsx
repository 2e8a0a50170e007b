'use client';

import { Upload } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, Button } from '@/components/ui';
import { fillIn } from '@/lib/attachments/format';
import { FilePicker, useUploadQueue, type PickerLabels } from './attachments-picker';

type Props = { ticketId: number; existing: number; labels: PickerLabels };

/** The ticket page's upload: pick, drop or photograph several files, mark photos for the client, upload. */
export function AttachmentsUpload({ ticketId, existing, labels }: Props) {
  const queue = useUploadQueue(existing, labels);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<{ uploaded: number; failures: string[] } | null>(null);
  const l = labels.upload;

  function submit() {
    const total = queue.items.length;
    setResult(null);
    queue.setProblems([]);
    startTransition(async () => {
      const failures = await queue.upload(ticketId, (done, all) => setProgress({ done, total: all }));
      setProgress(null);
      setResult({ uploaded: total - failures.length, failures });
      router.refresh();
    });
  }

  return (
    <div className="grid gap-3" data-testid="attachments-upload">
      <FilePicker queue={queue} labels={labels} disabled={pending} idPrefix="attachments" />
      {queue.items.length > 0 && (
        <div>
          <Button onClick={submit} disabled={pending} aria-busy={pending || undefined} data-testid="attachments-submit">
            <Upload aria-hidden /> {progress ? fillIn(l.uploading, progress) : l.submit}
          </Button>
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
