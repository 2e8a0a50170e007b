import { axisTicks, labelIndexes, linePoints, round, scale, textWidth } from '@/lib/dashboard/chart';
import { html } from '@/components/ui/html';
import { ChartFigure } from './chart-figure';

export type Series = {
  key: string;
  label: string;
  values: number[];
  className: string;
  dash?: string;
};

const WIDTH = 520;
const HEIGHT = 220;
/** The least room left of the plot; more when the axis labels need it. */
const LEFT = 40;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 28;

/**
 * Several series over the same days, drawn on the server as SVG. Lines differ in dash as well as
 * colour, and the legend names them, so the chart reads in grey print and for colour-blind eyes.
 */
export function LineChart({
  id,
  title,
  desc,
  dayLabels,
  series,
  formatNumber,
  showTable,
  dayHead,
  hint,
  formatTick = formatNumber,
}: {
  id: string;
  title: string;
  desc: string;
  hint?: string;
  /** The axis labels; `formatNumber` by default (the table always shows formatNumber). */
  formatTick?: (n: number) => string;
  dayLabels: string[];
  series: Series[];
  formatNumber: (n: number) => string;
  showTable: string;
  dayHead: string;
}) {
  const plotH = HEIGHT - TOP - BOTTOM;
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = axisTicks(max);
  // Room on the left for the longest axis label ("15 000", "30 млн"), drawn right-aligned before the plot.
  const left = Math.max(LEFT, 8 + Math.max(...ticks.map((tick) => textWidth(formatTick(tick), 11))));
  const plotW = WIDTH - left - RIGHT;
  const top = ticks[ticks.length - 1];
  const y = scale(top, plotH);
  const step = dayLabels.length > 1 ? plotW / (dayLabels.length - 1) : 0;

  const grid = ticks.map((tick) => {
    const at = round(TOP + plotH - y(tick));
    return html`<g><line x1="${left}" x2="${WIDTH - RIGHT}" y1="${at}" y2="${at}" class="stroke-slate-200" stroke-width="1"/><text x="${left - 6}" y="${round(TOP + plotH - y(tick) + 4)}" text-anchor="end" class="fill-slate-500 text-[11px]">${formatTick(tick)}</text></g>`;
  });
  const days = labelIndexes(dayLabels.length, 7).map(
    (i) =>
      html`<text x="${round(left + i * step)}" y="${HEIGHT - 8}" text-anchor="${i === 0 ? 'start' : i === dayLabels.length - 1 ? 'end' : 'middle'}" class="fill-slate-500 text-[11px]">${dayLabels[i]}</text>`,
  );
  const lines = series.map(
    (s) =>
      html`<polyline points="${linePoints(s.values, plotW, plotH, top)}" fill="none" class="${s.className}" stroke-width="2.5"${s.dash && html` stroke-dasharray="${s.dash}"`} stroke-linejoin="round"/>`,
  );
  // One string, like the bar chart's.
  const drawing = html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" class="h-auto w-full max-w-3xl" role="img" aria-labelledby="${id}-svg-title" aria-describedby="${id}-svg-desc" data-testid="${id}-chart"><title id="${id}-svg-title">${title}</title><desc id="${id}-svg-desc">${desc}</desc>${grid}${days}<g transform="translate(${left} ${TOP})">${lines}</g></svg>`;
  const legend = html`<ul class="flex flex-wrap gap-4 text-sm text-slate-700">${series.map(
    (s) =>
      html`<li class="flex items-center gap-2"><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" class="${s.className}" stroke-width="2.5"${s.dash && html` stroke-dasharray="${s.dash}"`}/></svg>${s.label}</li>`,
  )}</ul>`;

  return (
    <ChartFigure
      id={id}
      title={title}
      hint={hint}
      legend={legend}
      showTable={showTable}
      tableHead={[dayHead, ...series.map((s) => s.label)]}
      tableRows={dayLabels.map((day, i) => ({
        cells: [day, ...series.map((s) => formatNumber(s.values[i]))],
      }))}
      drawing={drawing}
    />
  );
}
