import type { LineKind } from './enums';

/** One frozen line of an estimate, as the client saw it. */
export type EstimateLine = {
  kind: LineKind;
  code: string | null;
  name: string;
  quantity: number;
  unitPriceMinor: number;
  discountMinor: number;
  totalMinor: number;
  warrantyDays: number;
};
