import { describe, expect, it } from 'vitest';
import { openRegion, regionProps } from '@/app/(staff)/tickets/[number]/_components/regions';

describe('the ticket page’s `open` parameter', () => {
  it('opens one of the page’s forms by name, and nothing for anything else', () => {
    expect(openRegion('new-payment')).toBe('new-payment');
    expect(openRegion('assignee')).toBe('assignee');
    expect(openRegion('nonsense')).toBeUndefined();
    expect(openRegion(['refund', 'refund'])).toBeUndefined();
    expect(openRegion(undefined)).toBeUndefined();
  });

  it('gives each form its place: open only the one asked for', () => {
    const regions = { open: 'refund' as const, pageHref: '/tickets/SC-000042' };
    expect(regionProps(regions, 'refund')).toEqual({ id: 'refund', pageHref: '/tickets/SC-000042', initiallyOpen: true });
    expect(regionProps(regions, 'new-payment').initiallyOpen).toBe(false);
  });
});
