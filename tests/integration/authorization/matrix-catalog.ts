import type { MatrixEntry } from './matrix';

/** The server actions of the price list (/catalog): who may call each (see matrix.ts). */
export const CATALOG_MATRIX: MatrixEntry[] = [];
