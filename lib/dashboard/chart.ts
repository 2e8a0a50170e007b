/** Scales for the dashboard's SVG charts: plain numbers in, coordinates and axis ticks out. */

/** The smallest "round" number (1, 2 or 5 times a power of ten) at or above `value`; at least 1. */
export function niceCeil(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/**
 * Axis ticks from 0 to a round maximum covering `max`, at most `count` steps, whole numbers only.
 * The last tick is the axis maximum the chart scales to.
 */
export function axisTicks(max: number, count = 4): number[] {
  const step = niceCeil(Math.max(1, max) / count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}

/** Maps 0..domainMax onto 0..length. */
export function scale(domainMax: number, length: number): (value: number) => number {
  const max = domainMax > 0 ? domainMax : 1;
  return (value) => (Math.max(0, value) / max) * length;
}

/** An SVG polyline's points: values spread evenly across `width`, 0 at the bottom of `height`. */
export function linePoints(values: readonly number[], width: number, height: number, domainMax: number): string {
  const y = scale(domainMax, height);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => `${round(i * step)},${round(height - y(v))}`).join(' ');
}

/** Which of `n` points get an axis label: at most `max`, evenly spaced, always the last one. */
export function labelIndexes(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const every = Math.ceil((n - 1) / (max - 1));
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i -= every) out.unshift(i);
  return out;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * About how wide `text` is drawn at `fontSize` px in the app's sans-serif font: SVG text does not
 * wrap or push its neighbours, so the charts size their margins by it. Generous on purpose (0.62 of
 * the size a character; digits and Cyrillic letters measure 0.55–0.6), so a label never starts
 * outside the drawing.
 */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62);
}
