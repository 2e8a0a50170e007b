import { stopCode } from '@/lib/channels/stop-codes';
import type { Who } from './arrange';
import type { MatrixEntry } from './matrix';

// Spelled out here: matrix.ts imports this file, so its MANAGERS is not defined yet when this runs.
const MANAGERS: Who[] = ['manager', 'admin'];

/**
 * Issue 18, the client's channels: the settings table (managers and admins) and the client's own
 * Stop / Resume (public by design: the key is the stop link's HMAC code, or the status page's token).
 */
export const CHANNELS_MATRIX: MatrixEntry[] = [
  { module: 'app/(staff)/settings/notifications/actions.ts', action: 'saveNotificationRulesAction', allowed: MANAGERS, input: () => ({ 'new:sms': 'on', 'ready:email': 'on' }) },
  { module: 'app/u/actions.ts', action: 'stopByLinkAction', allowed: 'public', input: (a) => ({ code: stopCode(a.client.id, 'sms') }) },
  { module: 'app/u/actions.ts', action: 'resumeByLinkAction', allowed: 'public', input: (a) => ({ code: stopCode(a.client.id, 'sms') }) },
  { module: 'app/status/channel-actions.ts', action: 'stopChannelOnStatusAction', allowed: 'public', input: async (a) => ({ token: (await a.ticket(null)).publicToken, channel: 'sms' }) },
  { module: 'app/status/channel-actions.ts', action: 'resumeChannelOnStatusAction', allowed: 'public', input: async (a) => ({ token: (await a.ticket(null)).publicToken, channel: 'email' }) },
];
