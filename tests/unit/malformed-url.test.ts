import { describe, expect, it } from 'vitest';
import { hasMalformedPath } from '@/lib/security/malformed-url';

describe('paths whose percent-encoding does not decode', () => {
  it('are told apart from ordinary and Cyrillic paths, whatever the query says', () => {
    for (const bad of ['/status/%E0%A4%A', '/tickets/%E0', '/%', '/employees/%C0%AF']) expect(hasMalformedPath(bad), bad).toBe(true);
    for (const good of ['/', '/tickets/42', '/tickets?q=%E0', '/status/abc%20def', '/help/%D0%BF%D0%BE%D0%BC%D0%BE%D1%89%D1%8C']) {
      expect(hasMalformedPath(good), good).toBe(false);
    }
  });
});
