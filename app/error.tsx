'use client';

import { useViewerMessages } from '@/components/layout/viewer';
import { errorPageEn, errorPageRu } from '@/lib/i18n/messages/features/error-page';

/** A page that failed: said in the reader's language, from the root layout's viewer (components/layout/viewer.tsx). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useViewerMessages({ ru: errorPageRu, en: errorPageEn });
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-slate-700">{t.body}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-indigo-600 px-3 py-2 text-white">
        {t.retry}
      </button>
    </main>
  );
}
