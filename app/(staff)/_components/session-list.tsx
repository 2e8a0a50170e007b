import type { ReactNode } from 'react';
import type { StaffSessionRow } from '@/db/queries/staff-sessions';
import { describeUserAgent } from '@/lib/auth/user-agent';
import type { Locale } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import { formatLocalDateTime } from '@/lib/time/format';

type Props = {
  sessions: StaffSessionRow[];
  currentId?: number | null;
  t: Messages;
  locale: Locale;
  timeZone: string;
  /** What a row offers besides its facts (the profile's "End" button). */
  rowAction?: (session: StaffSessionRow, browser: string) => ReactNode;
};

/** An employee's live sign-ins: where, since when, last active; "this browser" marked. */
export function SessionList({ sessions, currentId, t, locale, timeZone, rowAction }: Props) {
  const s = t.employees.sessions;
  if (sessions.length === 0) return <p className="text-sm text-slate-600">{s.none}</p>;
  return (
    <ul className="divide-y divide-slate-200 text-sm" data-testid="session-list">
      {sessions.map((session) => {
        const browser = describeUserAgent(session.userAgent) ?? s.unknownBrowser;
        const current = session.id === currentId;
        return (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-2" data-testid="session-row">
            <div className="space-y-0.5">
              <p className="font-medium">
                {browser}
                {current && <span className="ml-2 rounded bg-primary-50 px-1.5 py-0.5 text-xs text-primary-800">{s.thisBrowser}</span>}
              </p>
              <p className="text-slate-600">
                {s.signedIn}: {formatLocalDateTime(session.createdAt, locale, timeZone)} · {s.lastSeen}: {formatLocalDateTime(session.lastSeenAt, locale, timeZone)}
                {session.address && ` · ${s.address}: ${session.address}`}
              </p>
            </div>
            {!current && rowAction?.(session, browser)}
          </li>
        );
      })}
    </ul>
  );
}
