/** People and companies for the demo data, in Russian and English. */
import type { Random } from './random';

export const RU_MALE_FIRST = [
  'Александр', 'Алексей', 'Андрей', 'Антон', 'Артём', 'Борис', 'Вадим', 'Василий', 'Виктор', 'Владимир',
  'Глеб', 'Денис', 'Дмитрий', 'Евгений', 'Егор', 'Иван', 'Игорь', 'Илья', 'Кирилл', 'Константин',
  'Максим', 'Михаил', 'Никита', 'Николай', 'Олег', 'Павел', 'Роман', 'Сергей', 'Станислав', 'Юрий',
] as const;

export const RU_FEMALE_FIRST = [
  'Алина', 'Анастасия', 'Анна', 'Валентина', 'Вера', 'Виктория', 'Галина', 'Дарья', 'Екатерина', 'Елена',
  'Ирина', 'Ксения', 'Лариса', 'Любовь', 'Марина', 'Мария', 'Надежда', 'Наталья', 'Ольга', 'Полина',
  'Светлана', 'София', 'Татьяна', 'Юлия', 'Яна',
] as const;

/** Surnames in the masculine form; the feminine form is made by `ruSurname`. */
export const RU_SURNAMES = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров',
  'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев',
  'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев',
  'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв',
  'Белов', 'Тарасов', 'Беляев', 'Комаров', 'Жуков', 'Виноградов', 'Богданов', 'Крылов', 'Ершов', 'Мельников',
] as const;

export function ruSurname(masculine: string, female: boolean): string {
  if (!female) return masculine;
  if (masculine.endsWith('ов') || masculine.endsWith('ёв') || masculine.endsWith('ев') || masculine.endsWith('ин')) {
    return masculine + 'а';
  }
  return masculine;
}

export const EN_MALE_FIRST = [
  'James', 'John', 'Robert', 'Michael', 'David', 'William', 'Thomas', 'Daniel', 'Matthew', 'Andrew',
  'Peter', 'Oliver', 'George', 'Samuel', 'Henry',
] as const;

export const EN_FEMALE_FIRST = [
  'Mary', 'Emma', 'Olivia', 'Sophie', 'Emily', 'Charlotte', 'Hannah', 'Laura', 'Grace', 'Lucy',
  'Sarah', 'Rachel', 'Alice', 'Jessica', 'Megan',
] as const;

export const EN_SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson',
  'Thomas', 'Moore', 'Martin', 'Clark', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott',
  'Green', 'Baker', 'Turner', 'Parker', 'Evans',
] as const;

/** Russian company names: legal form + name, as they appear on invoices. */
export const RU_COMPANIES = [
  'ООО «Вектор»', 'ООО «Альфа-Логистик»', 'АО «СтройИнвест»', 'ООО «Технопарк»', 'ИП Белов А. В.',
  'ООО «Северный ветер»', 'ООО «Медицинский центр „Здоровье“»', 'ООО «Кофейня на Садовой»', 'АО «Уралтранс»',
  'ООО «Бюро переводов „Лингва“»', 'ООО «Гранит»', 'ООО «Студия дизайна „Квадрат“»', 'ООО «Аптека Плюс»',
  'ООО «Юридическая фирма „Право“»', 'ООО «ТоргСервис»', 'АНО «Школа программирования „Код“»',
  'ООО «Ромашка»', 'ООО «Фотостудия „Кадр“»', 'ООО «Автоцентр „Мотор“»', 'ООО «Бухгалтерия онлайн»',
] as const;

export const EN_COMPANIES = [
  'Northwind Trading Ltd', 'Blue Harbor Consulting', 'Greenfield Architects', 'Summit Legal LLP',
  'Brightside Language School', 'Oakwood Dental Clinic', 'Pixel Forge Studio', 'Riverside Logistics',
] as const;

/** The reserved example domains (RFC 2606), so demo data can never mail a real inbox. */
export const CLIENT_EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin letters for an e-mail address: "Фёдоров" → "fedorov"; other characters are dropped. */
export function translit(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    if (ch in TRANSLIT) out += TRANSLIT[ch];
    else if (/[a-z0-9]/.test(ch)) out += ch;
  }
  return out;
}

/** Hands out unique e-mail local parts: "ivan.petrov", "ivan.petrov2"… (a counter, not a scan: clients can be millions). */
export class UniqueEmails {
  private readonly seen = new Map<string, number>();

  constructor(reserved: readonly string[] = []) {
    for (const email of reserved) this.seen.set(email, 1);
  }

  take(local: string, domain: string): string {
    const plain = `${local}@${domain}`;
    const n = (this.seen.get(plain) ?? 0) + 1;
    this.seen.set(plain, n);
    return n === 1 ? plain : `${local}${n}@${domain}`;
  }
}

/** A first and last name; in Russian the surname agrees with the gender ("Петров" / "Петрова"). */
export function personName(rng: Random, english: boolean): { first: string; last: string } {
  const female = rng.chance(0.45);
  if (english) return { first: rng.pick(female ? EN_FEMALE_FIRST : EN_MALE_FIRST), last: rng.pick(EN_SURNAMES) };
  return { first: rng.pick(female ? RU_FEMALE_FIRST : RU_MALE_FIRST), last: ruSurname(rng.pick(RU_SURNAMES), female) };
}
