/**
 * Reads what a browser without JavaScript would from the server-rendered HTML: a form's hidden
 * server-action fields, and the list's "next page" link. Pages come as bytes (load-http's Reply);
 * what is read out of them is decoded text.
 */
export type Fields = Record<string, string>;

/** Text out of a page read as bytes (load-http's Reply.html): its UTF-8 decoded. */
export const textOf = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');
/** Text as it appears in a page read as bytes: its UTF-8, one character per byte. */
export const bytesOf = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

const decode = (s: string) =>
  textOf(s).replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The HTML of the first form whose markup contains `marker`, e.g. `data-testid="status-control"`. */
export function formHtml(html: string, marker: string): string | null {
  return (html.match(/<form[\s\S]*?<\/form>/g) ?? []).find((f) => f.includes(marker)) ?? null;
}

/** The hidden inputs of a form: the action reference, its bound state, and the record's id and version. */
export function hiddenFields(form: string): Fields {
  const fields: Fields = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[decode(m[1])] = decode(m[2] ?? '');
  return fields;
}

/** The href of the pager's rel="next" link, if the page has one. */
export function nextPageHref(html: string): string | null {
  const link = /<a\b[^>]*\brel="next"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="([^"]+)"/.exec(link)?.[1];
  return href ? decode(href) : null;
}
