import Link from 'next/link';
import { Alert } from '@/components/ui';
import type { TicketListMessages } from '@/lib/i18n/messages/features/ticket-list';
import type { IgnoredParam } from '@/lib/tickets/filters';
import type { PickerQuestion } from './load-list';

function ignoredText(item: IgnoredParam, tl: TicketListMessages): string {
  if (item.param === 'to' && item.reason === 'range') return tl.ignored.toBeforeFrom(item.value);
  // A param added to the URL before its note was written says its own name.
  const text = (tl.ignored as Partial<Record<IgnoredParam['param'], (v: string) => string>>)[item.param];
  return text ? text(item.value) : `${item.param} “${item.value}”`;
}

/** The visible note for params that were dropped (SPEC §4: ignored, never a crash). */
export function IgnoredNote({ ignored, tl }: { ignored: IgnoredParam[]; tl: TicketListMessages }) {
  if (ignored.length === 0) return null;
  return (
    <Alert tone="warning" title={tl.ignoredTitle} data-testid="ignored-params">
      <ul className="list-disc pl-5">
        {ignored.map((item, i) => (
          <li key={`${item.param}-${i}`}>{ignoredText(item, tl)}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** Typed picker text that matched several clients or employees (or none): links to choose from. */
export function PickerQuestions({ questions, tl }: { questions: PickerQuestion[]; tl: TicketListMessages }) {
  return questions.map((q) => {
    const p = tl.questions;
    const title = q.choices.length === 0 ? (q.kind === 'client' ? p.noClient(q.q) : p.noEmployee(q.q)) : q.kind === 'client' ? p.chooseClient(q.q) : p.chooseEmployee(q.q);
    return (
      <Alert key={q.kind} tone="info" title={title} data-testid={`picker-question-${q.kind}`}>
        {q.choices.length > 0 && (
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {q.choices.map((c) => (
              <li key={c.href}>
                <Link href={c.href} className="font-medium text-primary-700 hover:underline">
                  {c.label}
                </Link>
                {c.detail && <span className="ml-1 text-slate-600">{c.detail}</span>}
              </li>
            ))}
          </ul>
        )}
      </Alert>
    );
  });
}
