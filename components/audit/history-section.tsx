import type { AuditEntry } from '@/lib/audit-diff';
import type { Locale } from '@/lib/domain/enums';
import { formatDateTime } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';

type Entry = AuditEntry;

function show(value: unknown, t: Messages): string {
  if (value === null || value === undefined || value === '') return t.common.none;
  if (typeof value === 'boolean') return value ? t.common.yes : t.common.no;
  return String(value);
}

/**
 * The History section of a detail page: who created, changed or deleted what, with field-level
 * before/after. `fieldLabels` names the fields in the reader's language; `formatValue` may
 * turn stored values (ids, enum codes) into words.
 */
export function HistorySection({
  entries,
  fieldLabels,
  formatValue,
  t,
  locale,
  timeZone,
}: {
  entries: Entry[];
  fieldLabels: Record<string, string>;
  formatValue?: (field: string, value: unknown) => string | undefined;
  t: Messages;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="text-lg font-semibold">
        {t.history.title}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t.history.empty}</p>
      ) : (
        <ol className="space-y-3">
          {entries.map((entry) => {
            const actor = entry.currentActorName ?? entry.actorName ?? (entry.actorId === null ? t.history.system : t.history.deletedEmployee);
            const changes = Object.entries(entry.changes ?? {});
            return (
              <li key={entry.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <p>
                  <span className="font-medium">{t.history[entry.action]}</span> · {actor} ·{' '}
                  <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, locale, timeZone)}</time>
                </p>
                {changes.length > 0 && (
                  <dl className="mt-2 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-3 gap-y-1">
                    {changes.map(([field, { from, to }]) => (
                      <div key={field} className="contents">
                        <dt className="text-slate-500">{fieldLabels[field] ?? field}</dt>
                        <dd>
                          {entry.action !== 'create' && (
                            <>
                              <del className="text-slate-500">{formatValue?.(field, from) ?? show(from, t)}</del> →{' '}
                            </>
                          )}
                          <ins className="no-underline">{formatValue?.(field, to) ?? show(to, t)}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
