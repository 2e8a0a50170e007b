import { describe, expect, it } from 'vitest';
import type { CashGroupRow } from '@/db/queries/cash-report';
import { summarizeCash, summarizeCashOnce } from '@/lib/payments/cash-report';

const groups = (amount: number): CashGroupRow[] => [
  { takenById: 2, takenByName: 'Boris', method: 'cash', currency: 'RUB', receivedMinor: amount, refundedMinor: 0, count: 1 },
  { takenById: 1, takenByName: 'Anna', method: 'card', currency: 'RUB', receivedMinor: 500, refundedMinor: 100, count: 2 },
];

describe('the cash report’s summary of one set of groups', () => {
  it('is summed once for the same groups and again for new ones, equal to summing afresh', () => {
    const kept = groups(1_000);
    const first = summarizeCashOnce(kept);
    expect(summarizeCashOnce(kept)).toBe(first);
    expect(first).toEqual(summarizeCash(kept));
    const after = groups(2_000);
    const second = summarizeCashOnce(after);
    expect(second).not.toBe(first);
    expect(second[0].netMinor).toBe(2_400);
    expect(second[0].employees.map((e) => e.name)).toEqual(['Anna', 'Boris']);
  });
});
