import type { MatrixEntry } from './matrix';

/** The server actions of ticket lines, estimates and decisions: who may call each (see matrix.ts). */
export const ESTIMATES_MATRIX: MatrixEntry[] = [];
