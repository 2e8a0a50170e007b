'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { CircleHelp } from '@/components/ui/icons';
import { helpHref, helpPageFor } from '@/lib/help/pages';
import type { HelpMessages } from '@/lib/i18n/messages/features/help';

/** The header's Help link: the page of the guide that explains the screen you are on. */
export function HelpLink({ labels: t }: { labels: Pick<HelpMessages, 'link' | 'linkTitle'> }) {
  const pathname = usePathname();
  return (
    <Link
      href={helpHref(helpPageFor(pathname))}
      title={t.linkTitle}
      className="inline-flex items-center gap-1 rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      data-testid="help-link"
    >
      <CircleHelp aria-hidden className="size-4" />
      {/* On a phone the icon alone, so the header stays one line; the name is still read out. */}
      <span className="max-sm:sr-only">{t.link}</span>
    </Link>
  );
}
