'use client';

import { NoticePage } from '@/components/layout/notice-page';
import { useViewerMessages } from '@/components/layout/viewer';
import { notFoundEn, notFoundRu } from '@/lib/i18n/messages/features/not-found';

/** The 404 page, a client component for the same reason as the 403 page (app/forbidden.tsx). */
export default function NotFound() {
  const t = useViewerMessages({ ru: notFoundRu, en: notFoundEn });
  return <NoticePage title={t.title} body={t.body} link={{ href: '/', label: t.home }} />;
}
