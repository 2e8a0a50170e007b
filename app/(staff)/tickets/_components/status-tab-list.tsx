'use client';

import { html } from '@/components/ui/html';

/** A tab as the server worked it out: its key, where it leads, its name, its count as written (null: not counted), and whether it is the list shown. */
export type StatusTab = [key: string, href: string, label: string, count: string | null, current: 0 | 1];

/**
 * The tabs as one HTML string, built from their data on the server for the page's HTML and again
 * in the browser: the page's payload carries eleven short arrays instead of eleven links' elements.
 */
export function StatusTabList({ tabs }: { tabs: StatusTab[] }) {
  const markup = tabs
    .map(
      ([key, href, label, count, current]) =>
        html`<li><a href="${href}"${current === 1 && html` aria-current="page"`} data-testid="tab-${key}">${label}${count !== null && html`<span>${count}</span>`}</a></li>`.value,
    )
    .join('');
  return <ul className="status-tabs" dangerouslySetInnerHTML={{ __html: markup }} />;
}
