import { Resend } from 'resend';
import { MAX_FILE_BYTES, MAX_FILES_PER_TICKET } from '@/lib/attachments/limits';
import { env } from '@/lib/env';

/**
 * What Resend's `email.received` event leaves out: the body (GET /emails/receiving/{id}) and the
 * attachments' content (their list, then each signed download_url, valid for an hour). Any failure
 * throws `InboundFetchError`: the webhook answers 500, writes nothing, and Resend delivers it again.
 */
export class InboundFetchError extends Error {
  constructor(step: string, detail: string) {
    super(`${step}: ${detail}`.slice(0, 300));
    this.name = 'InboundFetchError';
  }
}

export type ReceivedMail = { text: string | null; html: string | null };

/** A file of the reply: its bytes, or `tooLarge` when its size alone refuses it (never downloaded). */
export type ReceivedFile = { name: string; bytes: Uint8Array | null; tooLarge: boolean };

function client(): Resend {
  const { RESEND_API_KEY, RESEND_BASE_URL } = env();
  if (!RESEND_API_KEY) throw new InboundFetchError('config', 'RESEND_API_KEY is not set');
  return new Resend(RESEND_API_KEY, RESEND_BASE_URL ? { baseUrl: RESEND_BASE_URL.replace(/\/+$/, '') } : undefined);
}

export async function fetchReceivedMail(emailId: string): Promise<ReceivedMail> {
  const { data, error } = await client().emails.receiving.get(emailId);
  if (error || !data) throw new InboundFetchError('get', error ? `${error.name}: ${error.message}` : 'empty answer');
  return { text: data.text ?? null, html: data.html ?? null };
}

/** Reads at most `limit` + 1 bytes: a body larger than its announced size is refused, not buffered. */
async function download(url: string, limit: number): Promise<Uint8Array | null> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) }).catch((e: unknown) => {
    throw new InboundFetchError('download', String(e));
  });
  if (!response.ok || !response.body) throw new InboundFetchError('download', `status ${response.status}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > limit) {
      await response.body.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The reply's files (at most as many as a ticket may hold), downloaded one by one. */
export async function fetchReceivedFiles(emailId: string): Promise<ReceivedFile[]> {
  const { data, error } = await client().emails.receiving.attachments.list({ emailId, limit: 100 });
  if (error || !data) throw new InboundFetchError('attachments', error ? `${error.name}: ${error.message}` : 'empty answer');
  const files: ReceivedFile[] = [];
  for (const item of data.data.slice(0, MAX_FILES_PER_TICKET)) {
    const name = item.filename ?? '';
    if (item.size > MAX_FILE_BYTES) {
      files.push({ name, bytes: null, tooLarge: true });
      continue;
    }
    const bytes = await download(item.download_url, MAX_FILE_BYTES);
    files.push({ name, bytes, tooLarge: bytes === null });
  }
  return files;
}
