export type DurationParts = { days: number; hours: number; minutes: number };

/** A duration cut into whole days, hours and minutes (rounded to the minute). */
export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.max(0, Math.round(ms / 60_000));
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}
