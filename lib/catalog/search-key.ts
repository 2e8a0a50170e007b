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
