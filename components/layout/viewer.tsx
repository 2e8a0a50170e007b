'use client';

import { createContext, use, type ReactNode } from 'react';
import type { Locale } from '@/lib/domain/enums';

/**
 * Who is looking at the page, as the root layout worked it out: the language, and the signed-in
 * employee's name and role as they read it. The 403 and 404 pages read it here instead of asking
 * the server: Next renders those boundaries into every page in case they are needed, so as server
 * components they were rendered (and sent) two times over on every request.
 */
export type Viewer = { locale: Locale; staff: { name: string; role: string } | null };

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext value={viewer}>{children}</ViewerContext>;
}

export function useViewer(): Viewer {
  const viewer = use(ViewerContext);
  if (!viewer) throw new Error('useViewer: outside the root layout');
  return viewer;
}

/** The viewer's words out of a page's pair of message objects; every language must be given. */
export function useViewerMessages<T>(messages: Record<Locale, T>): T {
  return messages[useViewer().locale];
}
