/**
 * The background process of `npm start`: work kept off the thread that serves pages. scripts/start.ts
 * starts it beside the server and it ends with it. Every HISTORY_FRESH_MS it works out the
 * dashboard's 30-day figures (one to two seconds at a million tickets) and stores them in
 * figure_snapshots, where every page reads them (lib/dashboard/history.ts). If it stops, pages
 * fall back to working the figures out themselves once they are a minute old.
 *
 * Run with the react-server condition (`server-only` is then an empty module), as start.ts does:
 *   node --conditions=react-server --import tsx scripts/background.ts
 */
import './lib/load-env';
import { HISTORY_FRESH_MS, storeHistorySnapshot } from '@/lib/dashboard/history';
import { env } from '@/lib/env';
import { toLocalDate } from '@/lib/time/local-date';

const { APP_TIMEZONE } = env();

async function refreshDashboardHistory() {
  const now = new Date();
  try {
    await storeHistorySnapshot(now, APP_TIMEZONE, toLocalDate(now, APP_TIMEZONE));
  } catch (error) {
    // The pages work the figures out themselves meanwhile; the next half minute tries again.
    console.error(JSON.stringify({ event: 'dashboard_history_failed', error: String(error) }));
  }
}

// The server's end closes the channel to it: end with it, whatever way it ended. Listened for
// before anything else, and checked once: a server that ended while this process was still reading
// its modules closed the channel before anyone listened, and the half-minute timer would then keep
// this process alive on its own.
process.on('disconnect', () => process.exit(0));
if (process.send && !process.connected) process.exit(0);

await refreshDashboardHistory();
setInterval(refreshDashboardHistory, HISTORY_FRESH_MS);
