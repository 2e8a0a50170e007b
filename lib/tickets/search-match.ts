import { phoneSearchDigits } from '@/lib/clients/phone-search';
import { parseTicketNumber } from '@/lib/tickets/number';
import { searchVariants } from '@/lib/tickets/search-words';

// What a user typed in the ticket search box, as an FTS5 MATCH expression over the ticket_search
// index (db/queries/ticket-search.ts). Pure: the list's URL parser builds it.
const TEXT_COLUMNS = '{title body device serial client phone}';
const PHONE_LIKE = /^[+\d\s()\-.]+$/;
const HAS_TOKEN = /[\p{L}\p{N}]/u;
const MAX_WORDS = 8;
const MAX_LENGTH = 200;

/** ё and е are one letter for a search (the index folds them the same way). */
function fold(text: string): string {
  return text.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
}

/** A user's word as an FTS5 string: quotes doubled, so nothing the user types is FTS syntax. */
function quoted(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/** A word as a prefix query; a single letter matches only itself (a one-letter prefix would match half the index). */
function prefixTerm(word: string): string {
  return [...word.replace(/[^\p{L}\p{N}]/gu, '')].length > 1 ? `${quoted(word)}*` : quoted(word);
}

/** Ticket numbers are indexed as one token, "sc42" (see the migration). */
function numberTerm(id: number): string {
  return `number : "sc${id}"`;
}

/** The word as typed, or any of its other spellings (lib/tickets/search-words.ts), as prefixes. */
function spellingsTerm(word: string): string {
  const variants = searchVariants(word);
  if (variants.length === 0) return prefixTerm(word);
  return `(${[word, ...variants].map(prefixTerm).join(' OR ')})`;
}

function wordTerm(word: string): string | null {
  if (!HAS_TOKEN.test(word)) return null;
  const text = `${TEXT_COLUMNS} : ${spellingsTerm(word)}`;
  const number = parseTicketNumber(word);
  return number === null ? text : `(${numberTerm(number)} OR ${text})`;
}

/**
 * Digits with or without spaces, dashes and brackets ("8 (912) 345-67", "9123456789", "1042"): a
 * prefix of a phone number written any way, of a serial or a model, or a ticket number.
 */
function digitsTerm(q: string, phoneRegion: string): string | null {
  const digits = q.replace(/\D/g, '');
  if (digits.length < 3) return null;
  const phones = [...new Set([digits, ...phoneSearchDigits(q, phoneRegion)])].map((d) => `phone : ${quoted(d)}*`);
  const number = parseTicketNumber(q);
  const others = [`{title body device serial} : ${quoted(digits)}*`, ...(number === null ? [] : [numberTerm(number)])];
  return `(${[...phones, ...others].join(' OR ')})`;
}

/**
 * The FTS5 MATCH expression for what a user typed in the search box, or null when it holds
 * nothing to search for. Every word must match (as a prefix, any case, either alphabet, or one of
 * its other spellings: "айфон" = "iphone") in the title, problem, device, serial, client or phone; a word that is a ticket number ("SC-000042",
 * "42") also finds that ticket; digits with spaces or dashes are searched whole, as a phone number
 * written any way ("8 912 345" finds +7 912 345…), a serial or a ticket number.
 */
export function ticketSearchMatch(q: string, phoneRegion: string): string | null {
  const text = fold(q.trim().slice(0, MAX_LENGTH));
  if (!text) return null;
  if (PHONE_LIKE.test(text)) {
    const digits = digitsTerm(text, phoneRegion);
    if (digits) return digits;
  }
  const terms = text
    .split(/\s+/)
    .slice(0, MAX_WORDS)
    .map(wordTerm)
    .filter((t): t is string => t !== null);
  return terms.length > 0 ? terms.join(' AND ') : null;
}
