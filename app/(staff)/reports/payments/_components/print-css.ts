/**
 * The cash count on A4: the staff shell's navigation and header are `no-print` already
 * (components/layout/app-shell.tsx); on paper the shell's grid and padding go, the controls
 * (range form, buttons, pager) are hidden, and tables print without their scroll boxes, rows
 * kept whole across pages.
 */
export const CASH_PRINT_CSS = [
  '@page { size: A4 portrait; margin: 12mm; }',
  '@media print {',
  '  body > div { display: block !important; }',
  '  #main { padding: 0 !important; max-width: none !important; }',
  '  .cash-report { font-size: 10pt; color: #000; }',
  '  .cash-report [role=region] { overflow: visible !important; border: 0 !important; }',
  '  .cash-report tr { break-inside: avoid; }',
  '  .cash-report a { color: inherit; text-decoration: none; }',
  '}',
].join('\n');
