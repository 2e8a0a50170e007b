'use client';

import Link from 'next/link';
import { useViewer, useViewerMessages } from '@/components/layout/viewer';
import { helpHref } from '@/lib/help/pages';
import { forbiddenEn, forbiddenRu } from '@/lib/i18n/messages/features/forbidden';

/**
 * The 403 page: what is not allowed (and for whom), and where to go instead. A client component
 * fed by the root layout's viewer (components/layout/viewer.tsx), so the pages that do not need it
 * carry only a reference to it.
 */
export default function Forbidden() {
  const { staff } = useViewer();
  const f = useViewerMessages({ ru: forbiddenRu, en: forbiddenEn });
  const link = 'text-primary-700 underline underline-offset-2';
  return (
    <main className="mx-auto max-w-xl space-y-3 p-8" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{f.title}</h1>
      <div className="space-y-2 text-slate-700" role="alert">
        {staff && <p>{f.signedInAs(staff.name, staff.role)}</p>}
        <p>{f.body}</p>
        <p>{f.ask}</p>
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2 pt-2">
        <Link href="/" className={link}>
          {f.home}
        </Link>
        <Link href={`${helpHref('index')}#${f.helpAnchor}`} className={link}>
          {f.help}
        </Link>
      </p>
    </main>
  );
}
