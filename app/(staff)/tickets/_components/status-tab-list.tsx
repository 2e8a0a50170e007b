'use client';

import { useEffect, useRef } from 'react';
import { html } from '@/components/ui/html';

/** A tab as the server worked it out: its key, where it leads, its name, its count as written (null: not counted), and whether it is the list shown. */
export type StatusTab = [key: string, href: string, label: string, count: string | null, current: 0 | 1];

/**
 * The tabs as one HTML string, built from their data on the server for the page's HTML and again
 * in the browser: the page's payload carries eleven short arrays instead of eleven links' elements.
 */
export function StatusTabList({ tabs }: { tabs: StatusTab[] }) {
  const list = useRef<HTMLUListElement>(null);
  // On a phone the tabs are one row that scrolls sideways: the current one is brought into view, a little of the one before it showing.
  useEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current]');
    if (list.current && current && list.current.scrollWidth > list.current.clientWidth) list.current.scrollLeft = current.offsetLeft - list.current.offsetLeft - 16;
  }, [tabs]);
  const markup = tabs
    .map(
      ([key, href, label, count, current]) =>
        html`<li><a href="${href}"${current === 1 && html` aria-current="page"`} data-testid="tab-${key}">${label}${count !== null && html`<span>${count}</span>`}</a></li>`.value,
    )
    .join('');
  return <ul ref={list} className="status-tabs" data-swipe-row dangerouslySetInnerHTML={{ __html: markup }} />;
}
