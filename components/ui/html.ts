/**
 * A tiny HTML builder for markup rendered as one string (TicketTable, HtmlTable): every interpolated
 * value is escaped unless it is itself the result of `html`, so text from the database can
 * never become markup.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** What `html` takes: text (escaped), markup already built, or nothing (null, undefined, false). */
export type HtmlPart = string | number | SafeHtml | null | undefined | false | readonly HtmlPart[];

function render(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/**
 * Markup built with `html` as the content of a React element: a server component's card that is
 * nothing but text and links reaches the browser as one string rather than as dozens of elements,
 * each of which React would serialize, read back and render again on every view.
 */
export function innerHtml(markup: SafeHtml): { __html: string } {
  return { __html: markup.value };
}

/** An instant as a `<time>` element: machine-readable, shown as `text`. */
export function timeHtml(at: Date, text: string): SafeHtml {
  return html`<time datetime="${at.toISOString()}">${text}</time>`;
}

/** Text as a CSS string, for `content` through a custom property (a table's column names in its cards). */
export function cssString(text: string): string {
  return `"${text.replace(/["\\\n]/g, (c) => (c === '\n' ? ' ' : `\\${c}`))}"`;
}
