import { cyrillicToLatin, latinToCyrillic } from '@/lib/tickets/search-words';

/** A code folded for the unique index: "акб-01 " and "АКБ-01" are the same code. */
export function catalogCodeKey(code: string): string {
  return code.trim().toLocaleLowerCase().replaceAll('ё', 'е');
}

/**
 * What the price list's search matches against: the code, and every word of the name together
 * with its spelling in the other alphabet, each word after a space, so `search_key LIKE '% word%'`
 * finds a prefix of any word ("дисп" and "disp" both find "Дисплей iPhone 12").
 */
export function catalogSearchKey(code: string, name: string): string {
  const words = `${code} ${name}`
    .toLocaleLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const spelled = new Set<string>();
  for (const word of words) {
    spelled.add(word);
    if (/^[а-я]+$/.test(word)) spelled.add(cyrillicToLatin(word));
    else if (/^[a-z]+$/.test(word)) spelled.add(latinToCyrillic(word));
  }
  return ` ${catalogCodeKey(code)} ${[...spelled].join(' ')}`;
}

/**
 * A typed query as the words to look for in the search key: folded the same way (lower-case,
 * ё → е, split on anything but letters and digits). At most 8 words, each at most 40 characters.
 */
export function catalogQueryWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .toLocaleLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, 40));
  return [...new Set(words)].slice(0, 8);
}
