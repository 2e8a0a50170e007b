'use client';

import { Printer } from '@/components/ui/icons';
import { Button } from '@/components/ui';

export function PrintButton({ label }: { label: string }) {
  return (
    <Button onClick={() => window.print()} data-testid="print-button">
      <Printer aria-hidden /> {label}
    </Button>
  );
}
