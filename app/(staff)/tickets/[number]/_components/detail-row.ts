import { html, type HtmlPart, type SafeHtml } from '@/components/ui/html';

type Options = { testId?: string; /** Label above the value, for the narrow side column. */ stacked?: boolean };

/** One label–value pair of a description list on the ticket page (its look: `.detail` in app/globals.css). */
export function detailRowHtml(label: string, value: HtmlPart, { testId, stacked }: Options = {}): SafeHtml {
  return html`<div class="${stacked ? 'detail-stacked' : 'detail'}"><dt>${label}</dt><dd${testId && html` data-testid="${testId}"`}>${value}</dd></div>`;
}

/** A text field's value kept with its line breaks, or what to say when it is empty. */
export function textOrEmptyHtml(value: string | null, empty: string): SafeHtml {
  return value ? html`<span class="whitespace-pre-line">${value}</span>` : html`<span class="text-slate-500">${empty}</span>`;
}
