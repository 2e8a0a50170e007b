import { toPlainText } from '@react-email/render';

/**
 * A client's e-mail reply without the history their mail client quoted below (or above) it and
 * without their signature: what the ticket's timeline shows. Russian and English clients (Gmail,
 * Outlook, Yandex, Mail.ru, Apple Mail, Thunderbird) each mark the quote their own way; the
 * patterns below are theirs. The original is always kept beside the result, so a wrong cut loses
 * nothing.
 */

const MAX_HEADER = 300;
// "On Mon, 1 Dec 2026 at 10:00, Ann <a@b.c> wrote:" (Gmail, Apple Mail, Thunderbird in English).
const ON_WROTE = /^\s*on\b.{4,300}\bwrote\s*:\s*$/i;
// "… Ann <a@b.c>:" / "… Анна пишет:" / "… написал(а):" with a date or a time in it (Gmail, Yandex,
// Mail.ru, Apple Mail in Russian: "пн, 1 дек. 2026 г. в 10:00, Имя <a@b>:").
// (JavaScript's \b knows only Latin letters, hence the look-behind.)
const DATED_ATTRIBUTION = /^\s*\S.*\d.*(?:<[^<>\s]+@[^<>\s]+>|(?<!\p{L})(?:wrote|пишет|написала?|написал\(а\)))\s*:\s*$/iu;
const DIVIDER = /^\s*-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение|перенаправленное сообщение)\s*-{2,}\s*$/i;
const UNDERSCORES = /^\s*_{8,}\s*$/;
// Outlook's block: "From: …" then "Sent:/To:/Subject: …" ("От:", "Отправлено:", "Кому:", "Тема:").
const FROM_KEY = /^\s*\**\s*(?:from|от)\s*:/i;
const OTHER_KEY = /^\s*\**\s*(?:sent|date|to|cc|subject|отправлено|дата|кому|копия|тема)\s*:/i;
const SIGNATURE_DELIMITER = /^-- ?$/;
// "Sent from my iPhone", "Отправлено с iPhone", "Отправлено из мобильной Почты Mail.ru", "Get Outlook for iOS".
const MOBILE_SIGNATURE =
  /^\s*(?:sent from\b|sent with\b|sent via\b|get outlook for\b|отправлено (?:с|со|из|через)(?!\p{L})|получить outlook\b).{0,80}$/iu;
const QUOTED = /^\s*>/;

function isAttribution(line: string): boolean {
  if (line.length > MAX_HEADER) return false;
  return ON_WROTE.test(line) || DATED_ATTRIBUTION.test(line);
}

/** Gmail wraps a long attribution over two lines ("… Иван <\nivan@example.ru>:"). */
function attributionAt(lines: string[], i: number): boolean {
  if (isAttribution(lines[i])) return true;
  const next = lines[i + 1];
  if (next === undefined || !/\S/.test(lines[i])) return false;
  const line = lines[i].trimEnd();
  return isAttribution(`${line}${line.endsWith('<') ? '' : ' '}${next.trim()}`);
}

function outlookBlockAt(lines: string[], i: number): boolean {
  if (!FROM_KEY.test(lines[i])) return false;
  return lines.slice(i + 1, i + 6).some((l) => OTHER_KEY.test(l));
}

/** Where the quoted history begins: an attribution, a divider, Outlook's header block. */
function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (DIVIDER.test(lines[i]) || attributionAt(lines, i)) return i;
    if (UNDERSCORES.test(lines[i]) && lines.slice(i + 1, i + 3).some((_, k) => outlookBlockAt(lines, i + 1 + k))) return i;
    if (outlookBlockAt(lines, i)) return i;
  }
  return lines.length;
}

function signatureStart(lines: string[]): number {
  const i = lines.findIndex((l) => SIGNATURE_DELIMITER.test(l) || MOBILE_SIGNATURE.test(l));
  return i === -1 ? lines.length : i;
}

function tidy(lines: string[]): string {
  return lines
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The reply above the history: the usual top-posted mail. Quoted lines interleaved in it go too. */
function topPosted(lines: string[]): string {
  const kept = lines.slice(0, historyStart(lines));
  return tidy(kept.slice(0, signatureStart(kept)).filter((l) => !QUOTED.test(l)));
}

/** A reply written below the quote, or between quoted lines: every line that is not quoted or a header. */
function interleaved(lines: string[]): string {
  const kept = lines.filter((l, i) => !QUOTED.test(l) && !attributionAt(lines, i) && !(i > 0 && attributionAt(lines, i - 1) && !isAttribution(lines[i - 1])));
  return tidy(kept.slice(0, signatureStart(kept)));
}

/** The new text of a plain-text reply; empty only when the mail holds nothing but quote and signature. */
export function stripQuotes(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');
  return topPosted(lines) || interleaved(lines);
}

/** An HTML-only mail as text: quotes become "> " lines (so they strip like plain ones), no images. */
export function htmlToText(html: string): string {
  return toPlainText(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
    ],
  });
}

/** The mail's text as it came (the original kept for managers) and the reply the timeline shows. */
export function replyOf(mail: { text?: string | null; html?: string | null }): { original: string; body: string } {
  const original = mail.text && /\S/.test(mail.text) ? mail.text : mail.html ? htmlToText(mail.html) : '';
  return { original: original.trim(), body: stripQuotes(original) };
}
