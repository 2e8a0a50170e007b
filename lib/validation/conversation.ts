import { z } from 'zod';
import { idField, requiredText } from './codes';

/** A reply to the client: 1–2000 characters, line breaks kept. */
export const REPLY_MAX = 2000;

export const replySchema = z.object({ id: idField, body: requiredText(REPLY_MAX) });

export const markAnsweredSchema = z.object({ id: idField });
