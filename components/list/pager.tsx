import { ChevronLeft, ChevronRight } from '@/components/ui/icons';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui';

/** Previous / next links for a keyset-paged list; hrefs are built by the page so filters stay in the URL. */
export function Pager({
  prevHref,
  nextHref,
  labels,
}: {
  prevHref: string | null;
  nextHref: string | null;
  labels: { previous: string; next: string; pages: string };
}) {
  if (!prevHref && !nextHref) return null;
  return (
    <nav aria-label={labels.pages} className="flex justify-between gap-2">
      {prevHref ? (
        <Link href={prevHref} rel="prev" className={buttonClasses('secondary', 'sm')}>
          <ChevronLeft aria-hidden /> {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      {nextHref && (
        <Link href={nextHref} rel="next" className={buttonClasses('secondary', 'sm')}>
          {labels.next} <ChevronRight aria-hidden />
        </Link>
      )}
    </nav>
  );
}
