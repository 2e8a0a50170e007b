'use client';

import { Camera, FileText, Paperclip, Upload, X } from '@/components/ui/icons';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { Button, cn } from '@/components/ui';
import type { AttachmentsMessages } from '@/lib/i18n/messages/features/attachments';
import { fillIn } from '@/lib/attachments/format';
import { ACCEPT, MAX_FILE_BYTES, MAX_FILES_PER_TICKET } from '@/lib/attachments/limits';
import { hasThumbnail, sniff } from '@/lib/attachments/sniff';
import { uploadAttachmentsAction } from '../../attachment-actions';

export type PickerLabels = Pick<AttachmentsMessages, 'upload' | 'errors' | 'limitsHint'>;

export type QueuedFile = { key: string; file: File; image: boolean; visible: boolean; preview: string | null };

/**
 * The files chosen but not yet uploaded. Each is checked in the browser first (size, then type
 * by content, the same test the server makes) so a wrong file is named at once; the server
 * judges again on upload.
 */
export function useUploadQueue(existing: number, labels: PickerLabels) {
  const [items, setItems] = useState<QueuedFile[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  // The list as of now for the async callbacks (add, upload), which outlive the render that made
  // them: every change goes through `commit`, so the ref is never a render behind.
  const itemsRef = useRef(items);
  const commit = useCallback((change: (current: QueuedFile[]) => QueuedFile[]) => {
    itemsRef.current = change(itemsRef.current);
    setItems(itemsRef.current);
  }, []);

  useEffect(() => () => itemsRef.current.forEach((i) => i.preview && URL.revokeObjectURL(i.preview)), []);

  const add = useCallback(
    async (files: File[]) => {
      const found: string[] = [];
      const accepted: QueuedFile[] = [];
      const known = new Set(itemsRef.current.map((i) => i.key));
      for (const file of files) {
        const key = `${file.name}:${file.size}:${file.lastModified}`;
        if (known.has(key)) continue;
        known.add(key);
        const name = { name: file.name };
        if (file.size === 0) found.push(fillIn(labels.errors.empty, name));
        else if (file.size > MAX_FILE_BYTES) found.push(fillIn(labels.errors.tooLarge, name));
        else {
          const type = sniff(new Uint8Array(await file.arrayBuffer()));
          if (!type) found.push(fillIn(labels.errors.type, name));
          else if (existing + itemsRef.current.length + accepted.length >= MAX_FILES_PER_TICKET) found.push(fillIn(labels.errors.limit, name));
          else accepted.push({ key, file, image: type.image, visible: false, preview: hasThumbnail(type.mime) ? URL.createObjectURL(file) : null });
        }
      }
      setProblems(found);
      if (accepted.length > 0) commit((current) => [...current, ...accepted]);
    },
    [existing, labels, commit],
  );

  const remove = useCallback(
    (key: string) => {
      const gone = itemsRef.current.find((i) => i.key === key);
      if (gone?.preview) URL.revokeObjectURL(gone.preview);
      commit((current) => current.filter((i) => i.key !== key));
    },
    [commit],
  );

  const toggleVisible = useCallback((key: string) => commit((current) => current.map((i) => (i.key === key ? { ...i, visible: !i.visible } : i))), [commit]);

  /** How many files still wait, as of now (not as of the last render). */
  const pending = useCallback(() => itemsRef.current.length, []);

  /**
   * Uploads one file per request (each well under the request size limit), in order; returns the
   * failures. With `dropFailed` a failed file leaves the list too (its message says which it was),
   * so an upload that starts by itself never retries it in a loop.
   */
  const upload = useCallback(
    async (ticketId: number, onProgress: (done: number, total: number) => void, options: { dropFailed?: boolean } = {}): Promise<string[]> => {
      const queue = itemsRef.current;
      const failures: string[] = [];
      for (const [index, item] of queue.entries()) {
        onProgress(index + 1, queue.length);
        const form = new FormData();
        form.set('ticketId', String(ticketId));
        form.append('file', item.file);
        if (item.visible) form.append('visible', '0');
        try {
          const result = await uploadAttachmentsAction(undefined, form);
          if (result.ok) remove(item.key);
          else failures.push(result.message ?? fillIn(labels.errors.failed, { name: item.file.name }));
        } catch {
          failures.push(fillIn(labels.errors.failed, { name: item.file.name }));
        }
        if (options.dropFailed) remove(item.key);
      }
      return failures;
    },
    [labels, remove],
  );

  return { items, problems, setProblems, add, remove, toggleVisible, upload, pending };
}

export type UploadQueue = ReturnType<typeof useUploadQueue>;

type PickerProps = {
  queue: UploadQueue;
  labels: PickerLabels;
  disabled?: boolean;
  idPrefix: string;
  /** Whether each photo gets "visible to the client" before upload (intake) or after (the ticket page). */
  chooseVisibility?: boolean;
  /** The title of the list of chosen files. */
  heading?: string;
};

/** Drop zone, "choose files", "take a photo" and the list of chosen files with a per-photo "visible to the client". */
export function FilePicker({ queue, labels, disabled, idPrefix, chooseVisibility = true, heading = labels.upload.selected }: PickerProps) {
  const filesRef = useRef<HTMLInputElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const l = labels.upload;

  const take = (input: HTMLInputElement | null) => {
    if (!input?.files) return;
    void queue.add([...input.files]);
    input.value = ''; // the same file may be chosen again after it was removed
  };

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    if (!disabled) void queue.add([...event.dataTransfer.files]);
  }

  return (
    <div className="grid gap-3">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid={`${idPrefix}-dropzone`}
        className={cn(
          'grid justify-items-center gap-2 rounded-lg border-2 border-dashed px-4 py-5 text-center text-sm',
          over ? 'border-primary-500 bg-primary-50' : 'border-slate-300 bg-slate-50',
        )}
      >
        <Upload aria-hidden className="size-6 text-slate-500" />
        <p className="text-slate-700">
          {l.drop} {l.or}
        </p>
        <div className="flex flex-wrap justify-center gap-2">
          <Button variant="secondary" size="sm" disabled={disabled} onClick={() => filesRef.current?.click()}>
            <Paperclip aria-hidden /> {l.choose}
          </Button>
          <Button variant="secondary" size="sm" disabled={disabled} onClick={() => cameraRef.current?.click()}>
            <Camera aria-hidden /> {l.camera}
          </Button>
        </div>
        <p className="text-xs text-slate-500">{labels.limitsHint}</p>
        {/* No name: these never travel with a form; the queue uploads the files itself. */}
        <input ref={filesRef} id={`${idPrefix}-files`} type="file" multiple accept={ACCEPT} className="sr-only" tabIndex={-1} aria-hidden onChange={(e) => take(e.currentTarget)} />
        <input ref={cameraRef} id={`${idPrefix}-camera`} type="file" accept="image/*" capture="environment" className="sr-only" tabIndex={-1} aria-hidden onChange={(e) => take(e.currentTarget)} />
      </div>

      {queue.problems.length > 0 && (
        <ul role="alert" className="grid gap-1 text-sm text-danger-700" data-testid={`${idPrefix}-problems`}>
          {queue.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}

      {queue.items.length > 0 && (
        <section aria-label={heading} className="grid gap-2">
          <h4 className="text-sm font-medium text-slate-800">{heading}</h4>
          <ul className="grid gap-2" data-testid={`${idPrefix}-queue`}>
            {queue.items.map((item) => (
              <li key={item.key} className="flex items-center gap-3 rounded-md border border-slate-200 bg-white p-2 text-sm" data-testid="queued-file">
                {item.preview ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a local blob preview
                  <img src={item.preview} alt="" className="size-12 rounded object-cover" />
                ) : (
                  <FileText aria-hidden className="size-12 p-2 text-slate-400" />
                )}
                <span className="min-w-0 flex-1 truncate">{item.file.name}</span>
                {item.image && chooseVisibility && (
                  <label className="flex items-center gap-1.5 text-slate-700" title={l.visibleHint}>
                    <input type="checkbox" checked={item.visible} onChange={() => queue.toggleVisible(item.key)} disabled={disabled} className="size-4" data-testid="queued-visible" />
                    {l.visible}
                  </label>
                )}
                <Button variant="ghost" size="sm" aria-label={`${l.remove}: ${item.file.name}`} disabled={disabled} onClick={() => queue.remove(item.key)}>
                  <X aria-hidden />
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
