import { describe, expect, it } from 'vitest';
import { certificateHref, documentLocale, handoverDocument, handoverDocumentReady } from '@/lib/documents/locale';
import { balanceDueMinor, paidMinor, prepaidMinor, type PaymentRow } from '@/lib/documents/payments';
import { formatWarrantyEnd, warrantyEndDate, warrantyStart } from '@/lib/documents/warranty';

describe('warranty end dates on the certificate', () => {
  it('count whole days from the local day of handover in the company zone, not UTC', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Moscow, still 31 Dec in London.
    const handover = new Date('2026-12-31T23:30:00Z');
    expect(warrantyEndDate(handover, 30, 'Europe/Moscow')).toBe('2027-01-31');
    expect(warrantyEndDate(handover, 30, 'Europe/London')).toBe('2027-01-30');
  });

  it('are unaffected by a clock change in between, and absent for a line without warranty', () => {
    expect(warrantyEndDate(new Date('2026-03-28T12:00:00Z'), 2, 'Europe/Berlin')).toBe('2026-03-30');
    expect(warrantyEndDate(new Date('2026-03-28T12:00:00Z'), 0, 'Europe/Berlin')).toBeNull();
  });

  it('run from the closing, or provisionally from now while the ticket is open', () => {
    const closed = new Date('2026-03-01T10:00:00Z');
    const now = new Date('2026-04-01T10:00:00Z');
    expect(warrantyStart(closed, now)).toEqual({ from: closed, provisional: false });
    expect(warrantyStart(null, now)).toEqual({ from: now, provisional: true });
  });

  it("are written in the document's language", () => {
    expect(formatWarrantyEnd('2026-05-31', 'ru')).toBe('31 мая 2026 г.');
    expect(formatWarrantyEnd('2026-05-31', 'en')).toBe('31 May 2026');
  });
});

describe('which document, in which language', () => {
  it("is the client's language unless the desk picks one; the staff member's without a client", () => {
    expect(documentLocale(undefined, 'en', 'ru')).toBe('en');
    expect(documentLocale('ru', 'en', 'en')).toBe('ru');
    expect(documentLocale(undefined, undefined, 'en')).toBe('en');
  });

  it('is the refusal note after a declined estimate, offered once ready or closed', () => {
    expect(handoverDocument({ outcome: 'returned_without_repair' })).toBe('refusal');
    expect(handoverDocument({ outcome: null })).toBe('certificate');
    expect(handoverDocumentReady({ status: 'ready' })).toBe(true);
    expect(handoverDocumentReady({ status: 'closed' })).toBe(true);
    expect(handoverDocumentReady({ status: 'awaiting_approval' })).toBe(false);
    expect(certificateHref('/tickets/SC-000042')).toBe('/tickets/SC-000042/certificate');
  });
});

describe('payments on the documents', () => {
  it('adds prepayments and payments, takes refunds away, exactly in kopecks', () => {
    const rows: PaymentRow[] = [
      { kind: 'prepayment', amountMinor: 10 },
      { kind: 'payment', amountMinor: 20 },
      { kind: 'refund', amountMinor: 5 },
    ];
    expect(paidMinor(rows)).toBe(25);
    expect(prepaidMinor(rows)).toBe(10);
    expect(balanceDueMinor(30, 25)).toBe(5);
    expect(balanceDueMinor(20, 25)).toBe(0);
  });

  it('stays exact over many random amounts where floats would drift', () => {
    let expected = 0n;
    const rows: PaymentRow[] = [];
    for (let i = 0; i < 2000; i++) {
      const amountMinor = 1 + Math.floor(Math.random() * 10_000_000);
      const kind = i % 7 === 0 ? 'refund' : 'payment';
      rows.push({ kind, amountMinor });
      expected += kind === 'refund' ? -BigInt(amountMinor) : BigInt(amountMinor);
    }
    expect(BigInt(paidMinor(rows))).toBe(expected);
  });
});
