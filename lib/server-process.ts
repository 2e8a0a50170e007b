/**
 * Set by `npm start` (scripts/start.ts) in the environment of every process it starts: the time
 * the server began, in ms. Its worker processes share it (lib/notifications/timer.ts).
 */
export const SERVER_STARTED_AT = 'CRM_SERVER_STARTED_AT';
