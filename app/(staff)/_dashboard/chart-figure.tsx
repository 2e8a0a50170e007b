import type { ReactNode } from 'react';
import { Card, CardContent, CardHeader, CardTitle, HtmlTable, TH } from '@/components/ui';

export type ChartTableRow = {
  cells: string[];
  href?: string;
};

/**
 * A chart card: its title, the chart, and the same figures as a table behind a disclosure that
 * works without JavaScript (and opens for printing). The table is the text alternative for anyone
 * who cannot see the picture, and the way to read exact values. Its rows are one HTML string: a
 * dashboard has a dozen such tables, up to two hundred rows each.
 */
export function ChartFigure({
  id,
  title,
  hint,
  showTable,
  tableHead,
  tableRows,
  legend,
  empty,
  note,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  showTable: string;
  tableHead: string[];
  tableRows: ChartTableRow[];
  legend?: ReactNode;
  /** Shown instead of the chart and its table when there is nothing to show. */
  empty?: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <Card className="break-inside-avoid" data-testid={id}>
      <CardHeader>
        <CardTitle as="h3" id={`${id}-title`}>
          {title}
        </CardTitle>
        {legend}
      </CardHeader>
      <CardContent className="space-y-3">
        {hint && <p className="text-sm text-slate-600">{hint}</p>}
        {empty ? (
          <p className="text-sm text-slate-600">{empty}</p>
        ) : (
          <>
            <figure aria-labelledby={`${id}-title`} className="m-0">
              {children}
            </figure>
            {note && <p className="text-sm text-slate-600">{note}</p>}
            <details className="text-sm print:details-content:[content-visibility:visible]" data-testid={`${id}-table`}>
              <summary className="cursor-pointer text-primary-700 hover:underline print:hidden">{showTable}</summary>
              <HtmlTable
                label={title}
                containerClassName="mt-2"
                head={
                  <tr>
                    {tableHead.map((h) => (
                      <TH key={h} className="whitespace-normal!">
                        {h}
                      </TH>
                    ))}
                  </tr>
                }
                columnClasses={[null, ...tableHead.slice(1).map(() => 'r')]}
                rows={tableRows.map(({ cells: [first, ...figures], href }) => ({ cells: [href ? { text: first, href } : first, ...figures] }))}
              />
            </details>
          </>
        )}
      </CardContent>
    </Card>
  );
}
