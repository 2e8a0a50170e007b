/**
 * Clients: mostly Russian-speaking people, some companies with a contact person, and an
 * English-speaking minority. Each client is in one language throughout: name, notes, locale, and
 * (see ./tickets.ts) every text of their tickets.
 */
import type Database from 'better-sqlite3';
import { DAY } from './clock';
import { CLIENT_EMAIL_DOMAINS, EN_COMPANIES, personName, RU_COMPANIES, translit, UniqueEmails } from './names';
import type { Random } from './random';

/** Column-wise, in typed arrays: a million clients cost a few MB, not a million objects. */
export interface ClientBook {
  ids: Int32Array;
  english: Uint8Array;
  /**
   * How many days before "now" each client registered, oldest first. Tickets compare against
   * this rather than timestamps so which client a ticket gets never depends on the time of day.
   */
  ageDays: Float64Array;
}

const RU_NOTES = ['Постоянный клиент', 'Просит звонить после 18:00', 'Предпочитает связь в Telegram', 'Оплата по безналу'];
const EN_NOTES = ['Regular customer', 'Prefers e-mail', 'Call after 6 pm only', 'Pays by invoice'];
const RU_BRANCH = ', филиал';
/** One client in eight (12.5 %) speaks English: by position, so even a small seed has its share. */
const ENGLISH_EVERY = 8;
const EN_BRANCH = ', branch';

/** Distinct, believable mobile numbers (+79…): a bijection on 9 digits, so no two clients share one by accident. */
function phoneFor(index: number): string {
  return `+79${String((index * 387_420_489 + 261_845_307) % 1_000_000_000).padStart(9, '0')}`;
}

/** "ООО «Студия дизайна „Квадрат“»" → "studiya-dizayna-kvadrat": the quoted name, not the legal form. */
function companySlug(base: string): string {
  const quoted = /«(.+)»/.exec(base)?.[1] ?? base.replace(/\b(Ltd|LLP|LLC)\b/g, '');
  const words = quoted.split(/[\s\-„“".,]+/).map(translit).filter(Boolean);
  return words.slice(0, 3).join('-') || 'company';
}

function companyName(counts: Map<string, number>, base: string, english: boolean): string {
  const n = (counts.get(base) ?? 0) + 1;
  counts.set(base, n);
  return n === 1 ? base : `${base}${english ? EN_BRANCH : RU_BRANCH} ${n}`;
}

export function insertClients(sqlite: Database.Database, rng: Random, opts: { count: number; now: number; days: number }): ClientBook {
  const insert = sqlite.prepare(
    `INSERT INTO clients (kind, name, contact_person, phone, email, locale, notify, notes, preferred_channel, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const count = Math.max(1, opts.count);
  const book: ClientBook = { ids: new Int32Array(count), english: new Uint8Array(count), ageDays: new Float64Array(count) };
  const emails = new UniqueEmails();
  const companies = new Map<string, number>();
  // Registered over the year before the ticket window and during it, up to two days ago.
  const oldest = opts.days + 365;
  const span = oldest - 2;

  for (let i = 0; i < count; i++) {
    const english = i % ENGLISH_EVERY === 3;
    const company = rng.chance(0.18);
    const person = personName(rng, english);
    const personFull = `${person.first} ${person.last}`;
    let name = personFull;
    let contact: string | null = null;
    let local = `${translit(person.first)}.${translit(person.last)}`;
    if (company) {
      const base = english ? rng.pick(EN_COMPANIES) : rng.pick(RU_COMPANIES);
      name = companyName(companies, base, english);
      contact = personFull;
      local = companySlug(base);
    }
    const contactRoll = rng.next(); // 80% both, 12% phone only, 8% e-mail only
    const phone = contactRoll < 0.92 ? phoneFor(i) : null;
    const email = contactRoll < 0.8 || phone === null ? emails.take(local, rng.pick(CLIENT_EMAIL_DOMAINS)) : null;
    const notify = rng.chance(0.88) ? 1 : 0;
    const notes = rng.chance(0.1) ? rng.pick(english ? EN_NOTES : RU_NOTES) : '';
    // Some clients asked the desk for SMS although they gave an e-mail (no draw: the rest of the run stays as it was).
    const preferred = phone !== null && email !== null && i % 11 === 7 ? 'sms' : null;
    const age = oldest - (span * (i + rng.next())) / count;
    const at = opts.now - Math.round(age * DAY);

    book.ids[i] = Number(
      insert.run(company ? 'company' : 'person', name, contact, phone, email, english ? 'en' : 'ru', notify, notes, preferred, at, at).lastInsertRowid,
    );
    book.english[i] = english ? 1 : 0;
    book.ageDays[i] = age;
  }
  return book;
}
