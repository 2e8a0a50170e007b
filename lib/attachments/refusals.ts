import { refusals } from '@/lib/domain/errors';
import type { Messages } from '@/lib/i18n/messages';
import { fillIn } from './format';

function words(t: Messages) {
  return t.attachments.errors;
}

type Named = { name: string };

/** Refusals of one file: the upload names each refused file and goes on with the others. */
const FILE_REFUSALS = ['empty', 'too_large', 'type', 'limit', 'duplicate'] as const;
export type FileRefusal = (typeof FILE_REFUSALS)[number];

export const refuse = refusals('attachment', {
  empty: ({ name }: Named, t) => ({ message: fillIn(words(t).empty, { name }) }),
  too_large: ({ name }: Named, t) => ({ message: fillIn(words(t).tooLarge, { name }) }),
  type: ({ name }: Named, t) => ({ message: fillIn(words(t).type, { name }) }),
  limit: ({ name }: Named, t) => ({ message: fillIn(words(t).limit, { name }) }),
  duplicate: ({ name }: Named, t) => ({ message: fillIn(words(t).duplicate, { name }) }),
  not_found: (_: object, t) => ({ message: words(t).notFound }),
  forbidden_upload: (_: object, t) => ({ message: words(t).forbiddenUpload }),
  forbidden_delete: (_: object, t) => ({ message: words(t).forbidden }),
  forbidden_visibility: (_: object, t) => ({ message: words(t).forbiddenVisibility }),
  not_photo: (_: object, t) => ({ message: words(t).notPhoto }),
  no_file: (_: object, t) => ({ message: words(t).noFile }),
});

const FILE_CODES = new Set<string>(FILE_REFUSALS.map((code) => `attachment.${code}`));

/** Whether a refusal concerns one file only (the others of the same upload may still go in). */
export function isFileRefusal(error: { code: string }): boolean {
  return FILE_CODES.has(error.code);
}
