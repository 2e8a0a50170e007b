import { z } from 'zod';
import { LOCALES } from '@/lib/domain/enums';

/** `?lang=ru|en` on a handover document; a hand-edited value falls back to the client's language. */
export const documentParamsSchema = z.object({
  lang: z.enum(LOCALES).optional().catch(undefined),
});
