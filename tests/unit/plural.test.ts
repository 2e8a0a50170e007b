import { describe, expect, it } from 'vitest';
import { plural } from '@/lib/i18n/plural';
import { cashReportEn, cashReportRu } from '@/lib/i18n/messages/features/cash-report';

describe('counting words', () => {
  it('says 1 заявка, 2 заявки, 5 заявок, 11 заявок, 21 заявка, 22 заявки, 111 заявок in Russian', () => {
    const forms = { one: 'заявка', few: 'заявки', other: 'заявок' };
    const said = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 1000].map((n) => `${n} ${plural('ru', n, forms)}`);
    expect(said).toEqual([
      '0 заявок', '1 заявка', '2 заявки', '4 заявки', '5 заявок', '11 заявок', '12 заявок', '14 заявок',
      '21 заявка', '22 заявки', '25 заявок', '101 заявка', '111 заявок', '112 заявок', '1000 заявок',
    ]);
  });

  it('says 1 ticket and 0, 2 or 21 tickets in English', () => {
    const forms = { one: 'ticket', other: 'tickets' };
    expect([0, 1, 2, 21].map((n) => `${n} ${plural('en', n, forms)}`)).toEqual(['0 tickets', '1 ticket', '2 tickets', '21 tickets']);
  });
});

describe('the cash report counts its payments', () => {
  it('with the digits grouped as the amounts beside it are', () => {
    // ru groups with a no-break space.
    expect(cashReportRu.count(226_940)).toBe('226\u00a0940 платежей');
    expect(cashReportRu.count(2)).toBe('2 платежа');
    expect(cashReportEn.count(226_940)).toBe('226,940 payments');
    expect(cashReportEn.count(1)).toBe('1 payment');
  });
});
