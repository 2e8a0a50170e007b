import { z } from 'zod';
import { LOCALES } from '@/lib/domain/enums';

/** `?layout=receipt|label&size=a4|a5&lang=ru|en`; a hand-edited URL falls back to the defaults. */
export const printParamsSchema = z.object({
  layout: z.enum(['receipt', 'label']).catch('receipt'),
  size: z.enum(['a4', 'a5']).catch('a4'),
  lang: z.enum(LOCALES).optional().catch(undefined),
});

export type PrintParams = z.infer<typeof printParamsSchema>;

/** A 58×40 mm thermal label, the commonest size on service-desk label printers. */
export const LABEL_SIZE = { width: '58mm', height: '40mm' } as const;

/** Paper size for the browser's print dialog, and the sheet's on-screen width. */
export function pageCss({ layout, size }: PrintParams): string {
  const page =
    layout === 'label'
      ? `size: ${LABEL_SIZE.width} ${LABEL_SIZE.height}; margin: 2mm;`
      : size === 'a5'
        ? 'size: A5 portrait; margin: 8mm;'
        : 'size: A4 portrait; margin: 12mm;';
  return [
    `@page { ${page} }`,
    // On paper only the sheet is printed: the staff shell's two-column grid (its navigation is
    // not printed), its padding and the sheet's frame go.
    '@media print { body > div { display: block !important; } #main { padding: 0 !important; max-width: none !important; } .print-sheet { width: auto !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; border-radius: 0 !important; box-shadow: none !important; } }',
  ].join('\n');
}

export function sheetWidth({ layout, size }: PrintParams): string {
  if (layout === 'label') return LABEL_SIZE.width;
  return size === 'a5' ? '148mm' : '210mm';
}
