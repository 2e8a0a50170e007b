import Link from 'next/link';
import { Alert, Badge } from '@/components/ui';
import type { DuplicateMatch } from '@/lib/clients/form-state';

export type DuplicateLabels = { title: string; body: string; samePhone: string; sameEmail: string };

/** The clients that share the typed phone or e-mail, each a link to check before saving a second one. */
export function DuplicateWarning({ duplicates, labels }: { duplicates: DuplicateMatch[]; labels: DuplicateLabels }) {
  return (
    <Alert tone="warning" title={labels.title} data-testid="client-duplicates">
      <p>{labels.body}</p>
      <ul className="mt-2 space-y-1">
        {duplicates.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center gap-2">
            <Link href={`/clients/${d.id}`} target="_blank" className="font-medium underline">
              {d.name}
            </Link>
            {d.phoneDisplay && <span>{d.phoneDisplay}</span>}
            {d.email && <span>{d.email}</span>}
            {d.samePhone && <Badge tone="warning">{labels.samePhone}</Badge>}
            {d.sameEmail && <Badge tone="warning">{labels.sameEmail}</Badge>}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
