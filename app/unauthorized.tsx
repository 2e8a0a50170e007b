'use client';

import { NoticePage } from '@/components/layout/notice-page';
import { useViewerMessages } from '@/components/layout/viewer';
import { unauthorizedEn, unauthorizedRu } from '@/lib/i18n/messages/features/unauthorized';

/**
 * The 401 page. Nothing calls unauthorized() today (the proxy sends visitors without a session to
 * the sign-in page), but Next puts this boundary into every page; its own default was a kilobyte of
 * English markup and styles in each one. A client component, as the 403 page (app/forbidden.tsx).
 */
export default function Unauthorized() {
  const t = useViewerMessages({ ru: unauthorizedRu, en: unauthorizedEn });
  return <NoticePage title={t.title} body={t.body} link={{ href: '/login', label: t.signIn }} />;
}
