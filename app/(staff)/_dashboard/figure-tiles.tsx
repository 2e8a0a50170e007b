import { html, innerHtml, type SafeHtml } from '@/components/ui/html';

export type Tile = { testId: string; value: string; label: string; note: string; href?: string };

const BOX = 'flex h-full flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 shadow-sm';

/** One figure: its value large, what it is, and a note; a link to the matching list when `href` is given. */
function tileHtml({ testId, value, label, note, href }: Tile): SafeHtml {
  const body = html`<span class="text-2xl font-semibold break-words text-slate-900 tabular-nums">${value}</span><span class="text-sm text-slate-700">${label}</span><span class="text-xs text-slate-500">${note}</span>`;
  return href
    ? html`<li><a href="${href}" data-testid="${testId}" class="${BOX} hover:border-primary-600 hover:bg-primary-50">${body}</a></li>`
    : html`<li><div data-testid="${testId}" class="${BOX}">${body}</div></li>`;
}

/**
 * A dashboard section's heading, its hint and its figures as tiles: text and links only, so one
 * string (docs/decisions/0005). `columns`: the tiles' grid from a small screen up.
 */
export function FigureTiles({ titleId, title, hint, tiles, columns }: { titleId: string; title: string; hint: string; tiles: Tile[]; columns: string }) {
  const markup = html`<h3 id="${titleId}" class="text-base font-semibold text-slate-900">${title}</h3><p class="text-sm text-slate-600">${hint}</p><ul class="grid grid-cols-1 gap-3 ${columns}">${tiles.map(tileHtml)}</ul>`;
  return <div className="space-y-3" dangerouslySetInnerHTML={innerHtml(markup)} />;
}
