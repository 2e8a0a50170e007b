'use client';

import { Printer } from '@/components/ui/icons';
import { Button } from '@/components/ui';

/** Opens the browser's print dialog: the page's print stylesheet makes it an A4 cash count. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} data-testid="cash-print">
      <Printer aria-hidden /> {label}
    </Button>
  );
}
