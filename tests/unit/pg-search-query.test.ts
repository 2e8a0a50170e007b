import { describe, expect, it } from 'vitest';
import { searchTsquery } from '@/db/pg/search-query';
import { ticketSearchMatch } from '@/lib/tickets/search-match';

const tsquery = (q: string) => searchTsquery(ticketSearchMatch(q, 'RU')!);

describe('the ticket search as a PostgreSQL tsquery', () => {
  it('makes each word a prefix over the text weights, its other spellings alternatives', () => {
    expect(tsquery('айфон')).toBe("('айфон':*BCD | 'iphone':*BCD | 'ayfon':*BCD)");
  });

  it('looks for a ticket number as the number token (weight A) or as text', () => {
    expect(tsquery('SC-000042')).toBe("('sc42':A | 'SC-000042':*BCD)");
  });

  it('requires every word', () => {
    expect(tsquery('кузнец принтер')).toMatch(/^\(\('кузнец':\*BCD \| .*\) & \('принтер':\*BCD \| .*\)\)$/);
  });

  it('looks for digits in the phone (D) and the text (B)', () => {
    expect(tsquery('8 912 345')).toBe("('8912345':*D | '7912345':*D | '8912345':*B)");
  });

  it('quotes what a user typed, so nothing becomes an operator', () => {
    expect(tsquery("o'brien")).toBe("'o''brien':*BCD");
    expect(tsquery('a" OR "b')).toBe("('a\"':BCD & 'OR':*BCD & '\"b':BCD)");
    expect(searchTsquery('{title} : "back\\\\slash"*')).toBe("'back\\\\\\\\slash':*B");
  });

  it('refuses what ticketSearchMatch never writes', () => {
    expect(() => searchTsquery('"open')).toThrow(/unclosed quote/);
    expect(() => searchTsquery('(title : "a"')).toThrow(/unclosed parenthesis/);
    expect(() => searchTsquery('title "a"')).toThrow(/without ":"/);
  });
});
