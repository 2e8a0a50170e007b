import path from 'node:path';

/**
 * Where a run writes its report: data/bench/results/, outside git, so a benchmark leaves the
 * checkout as it found it. bench/results/ holds the reports the team chose to keep, copied there
 * by hand with a line saying what the run measured.
 */
export const RESULTS_DIR = path.resolve(import.meta.dirname, '..', '..', 'data', 'bench', 'results');
