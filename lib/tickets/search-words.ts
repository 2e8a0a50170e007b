/**
 * How the ticket search understands the words people type: the Russian spellings of brands and
 * the common device words ("айфон" finds "iPhone", "ноут" finds "ноутбук" and "laptop"), and a
 * name typed in the other alphabet ("smirnov" finds "Смирнов"). Every group below is one meaning;
 * a word that begins one of its members, or that a member begins, brings in the others.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['iphone', 'айфон'],
  ['ipad', 'айпад'],
  ['macbook', 'макбук'],
  ['imac', 'аймак'],
  ['airpods', 'эйрподс', 'аирподс'],
  ['apple', 'эпл', 'эппл'],
  ['samsung', 'самсунг'],
  ['galaxy', 'галакси'],
  ['xiaomi', 'ксиоми', 'сяоми', 'ксяоми'],
  ['redmi', 'редми'],
  ['huawei', 'хуавей', 'хуавэй'],
  ['honor', 'хонор'],
  ['realme', 'реалми'],
  ['lenovo', 'леново'],
  ['thinkpad', 'синкпад'],
  ['asus', 'асус'],
  ['acer', 'асер', 'эйсер'],
  ['dell', 'делл'],
  ['hp', 'хп', 'эйчпи'],
  ['msi', 'мси'],
  ['canon', 'кэнон', 'канон'],
  ['epson', 'эпсон'],
  ['kyocera', 'киосера', 'куосера'],
  ['brother', 'бразер'],
  ['sony', 'сони'],
  ['playstation', 'плейстейшн', 'плойка'],
  ['xbox', 'иксбокс'],
  ['nintendo', 'нинтендо'],
  ['nokia', 'нокиа'],
  ['google', 'гугл'],
  ['pixel', 'пиксель'],
  ['ноутбук', 'ноут', 'laptop', 'notebook'],
  ['телефон', 'смартфон', 'phone', 'smartphone'],
  ['планшет', 'tablet'],
  ['принтер', 'printer'],
  ['мфу', 'mfp'],
  ['монитор', 'monitor'],
  ['телевизор', 'tv'],
  ['наушники', 'headphones'],
  ['часы', 'watch'],
  ['приставка', 'консоль', 'console'],
  ['зарядка', 'зарядное', 'charger'],
  ['экран', 'дисплей', 'screen', 'display'],
  ['аккумулятор', 'батарея', 'battery'],
  ['клавиатура', 'keyboard'],
];

/** The shortest typed word that reaches into a group: "ай" is too little to mean "айфон". */
const MIN_PREFIX = 3;
/** Variants a word may bring at most: each is another term for the index to walk. */
const MAX_VARIANTS = 6;

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya',
};

// Longest first, so "shch" is read before "sh" and "kh" before "k".
const LATIN_TO_CYRILLIC: [string, string][] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['yu', 'ю'], ['ya', 'я'], ['yo', 'е'],
  ['ye', 'е'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'й'],
  ['k', 'к'], ['c', 'к'], ['q', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'],
  ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['x', 'кс'], ['j', 'дж'],
];

const ONLY_CYRILLIC = /^[а-яё]+$/;
const ONLY_LATIN = /^[a-z]+$/;

export function cyrillicToLatin(word: string): string {
  return [...word].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
}

export function latinToCyrillic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const [latin, cyrillic] = LATIN_TO_CYRILLIC.find(([l]) => word.startsWith(l, i)) ?? [word[i], word[i]];
    out += cyrillic;
    i += latin.length;
  }
  // A Russian word does not end in "й" after a consonant the way "y" ends English spellings of names.
  return out.replace(/([бвгджзклмнпрстфхцчшщ])й$/, '$1и');
}

function synonymsOf(word: string): string[] {
  if (word.length < MIN_PREFIX) return [];
  const found: string[] = [];
  for (const group of SYNONYM_GROUPS) {
    if (group.some((member) => member.startsWith(word) || word.startsWith(member))) found.push(...group);
  }
  return found;
}

/**
 * The other ways of writing what `word` means, lower case, without the word itself: its synonyms
 * first, then the same word in the other alphabet. Empty for short words, digits and mixed ones.
 */
export function searchVariants(word: string): string[] {
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  if (lower.length < MIN_PREFIX || !(ONLY_CYRILLIC.test(lower) || ONLY_LATIN.test(lower))) return [];
  const transliterated = ONLY_CYRILLIC.test(lower) ? cyrillicToLatin(lower) : latinToCyrillic(lower);
  const variants = new Set([...synonymsOf(lower), transliterated]);
  variants.delete(lower);
  return [...variants].slice(0, MAX_VARIANTS);
}
