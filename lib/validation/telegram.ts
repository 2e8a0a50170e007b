import { z } from 'zod';
import { STAFF_CHANNELS } from '@/lib/domain/enums';

/** Profile: where the employee's assignment notices and digest go. */
export const notifyViaSchema = z.object({ notifyVia: z.enum(STAFF_CHANNELS) });
