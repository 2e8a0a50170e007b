import { axisTicks, round, scale, textWidth } from '@/lib/dashboard/chart';
import { html } from '@/components/ui/html';
import { ChartFigure, type ChartTableRow } from './chart-figure';

export type Bar = {
  label: string;
  value: number;
  valueText: string;
  href?: string;
};

const LABEL_WIDTH = 170;
const PLOT_WIDTH = 290;
const VALUE_WIDTH = 60;
const ROW = 26;
const BAR = 16;
const AXIS = 22;

/**
 * A horizontal bar chart drawn on the server as SVG. With links each bar (label, bar and value)
 * is one link; the SVG is then a named group so the links stay reachable, otherwise an image.
 * `ChartFigure` adds the title, the description and the same figures as a table.
 */
export function BarChart({
  id,
  title,
  hint,
  desc,
  bars,
  tableHead,
  tableRows,
  formatTick = String,
  showTable,
  empty,
  note,
}: {
  id: string;
  title: string;
  hint?: string;
  desc: string;
  bars: Bar[];
  tableHead: string[];
  /** The text alternative; by default one row per bar (label, value). */
  tableRows?: ChartTableRow[];
  formatTick?: (value: number) => string;
  showTable: string;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string;
  /** A line under the chart, e.g. that only the first bars are drawn. */
  note?: string;
}) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const ticks = axisTicks(max);
  const x = scale(ticks[ticks.length - 1], PLOT_WIDTH);
  // The value after the longest bar, and the axis's last tick centred on its end, must fit.
  const valueWidth = Math.max(VALUE_WIDTH, 6 + Math.max(0, ...bars.map((b) => textWidth(b.valueText, 12))), textWidth(formatTick(ticks[ticks.length - 1]), 11) / 2 + 4);
  const width = LABEL_WIDTH + PLOT_WIDTH + valueWidth;
  const height = bars.length * ROW + AXIS;
  const linked = bars.some((b) => b.href);
  const grid = ticks.map((tick) => {
    const at = round(LABEL_WIDTH + x(tick));
    return html`<g aria-hidden="true"><line x1="${at}" x2="${at}" y1="0" y2="${height - AXIS}" class="stroke-slate-200" stroke-width="1"/><text x="${at}" y="${height - 6}" text-anchor="middle" class="fill-slate-500 text-[11px]">${formatTick(tick)}</text></g>`;
  });
  const rows = bars.map((bar, i) => {
    const top = i * ROW;
    const label = html`<text x="${LABEL_WIDTH - 8}" y="${top + ROW / 2 + 4}" text-anchor="end" class="fill-current text-[12px]">${shorten(bar.label, 24)}</text><rect x="${LABEL_WIDTH}" y="${top + (ROW - BAR) / 2}" width="${Math.max(bar.value > 0 ? 2 : 0, round(x(bar.value)))}" height="${BAR}" rx="2" class="fill-primary-600"/>`;
    // Drawn after the link and outside it, and clicked through: the link's visible text is then
    // its label alone, which starts its name (WCAG 2.5.3, the label in the name).
    const value = html`<text x="${round(LABEL_WIDTH + x(bar.value) + 6)}" y="${top + ROW / 2 + 4}" class="pointer-events-none fill-current text-[12px] font-medium">${bar.valueText}</text>`;
    return bar.href
      ? html`<g><a href="${bar.href}" aria-label="${bar.label}: ${bar.valueText}" class="group"><rect x="0" y="${top}" width="${width}" height="${ROW}" class="fill-transparent group-hover:fill-slate-100 group-focus:fill-slate-100"/>${label}</a>${value}</g>`
      : html`<g><title>${bar.label}: ${bar.valueText}</title>${label}${value}</g>`;
  });
  // The drawing is one string: two hundred bars would otherwise be a thousand React elements.
  const drawing = html`<svg viewBox="0 0 ${width} ${height}" class="h-auto w-full max-w-3xl text-slate-800" role="${linked ? 'group' : 'img'}" aria-labelledby="${id}-svg-title" aria-describedby="${id}-svg-desc" data-testid="${id}-chart"><title id="${id}-svg-title">${title}</title><desc id="${id}-svg-desc">${desc}</desc>${grid}${rows}</svg>`;

  return (
    <ChartFigure
      id={id}
      title={title}
      hint={hint}
      showTable={showTable}
      tableHead={tableHead}
      tableRows={
        tableRows ??
        bars.map((b) => ({
          cells: [b.label, b.valueText],
          href: b.href,
        }))
      }
      empty={empty}
      note={note}
      drawing={drawing}
    />
  );
}

/** Cut after a whole word where one fits, so what is shown stays the start of the link's name. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > 0 ? cut : max - 1)}…`;
}
