import { Construction } from '@/components/ui/icons';
import type { Messages } from '@/lib/i18n/messages';

/** Shown by a section whose feature has not landed: says so plainly, never shows invented data. */
export function NotYetAvailable({ title, t }: { title: string; t: Messages }) {
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-2xl font-semibold">
        {title}
      </h1>
      <div role="status" className="flex max-w-2xl gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
        <Construction aria-hidden className="mt-0.5 size-5 shrink-0" />
        <div>
          <p className="font-medium">{t.notYet.title}</p>
          <p className="text-sm">{t.notYet.body}</p>
        </div>
      </div>
    </section>
  );
}
