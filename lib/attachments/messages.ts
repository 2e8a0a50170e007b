import type { Locale } from '@/lib/domain/enums';
import { attachmentsEn, attachmentsRu, type AttachmentsMessages } from '@/lib/i18n/messages/features/attachments';

/** The catalog for a locale (until it is wired into the main catalog as `attachments`). */
export function attachmentsMessages(locale: Locale): AttachmentsMessages {
  return locale === 'ru' ? attachmentsRu : attachmentsEn;
}

/** What the intake form's file picker shows (the rest of the catalog stays on the server). */
export function intakeAttachmentLabels(locale: Locale) {
  const { upload, errors, limitsHint, intake } = attachmentsMessages(locale);
  return { upload, errors, limitsHint, intake };
}
