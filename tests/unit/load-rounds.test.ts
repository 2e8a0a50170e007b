import { describe, expect, it } from 'vitest';
import { bestRounds, loadReports, type LoadRun } from '@/bench/lib/load-report';
import type { Sample } from '@/bench/lib/load-stats';

/** A run of `rps` requests per second over 10 s; the rest of what a report reads, plausible. */
function run(serverProcesses: number, round: number, rps: number): LoadRun {
  const samples: Sample[] = Array.from({ length: rps * 10 }, (_, i) => ({ op: 'list', variant: 'default', ms: 100 + (i % 50), failure: null, path: '/tickets' }));
  return {
    date: '2026-12-06',
    node: 'v20',
    cpus: 2,
    build: 'Build reused.',
    tickets: 1_000_000,
    dbMb: 4000,
    walMbAfter: 1,
    copySeconds: 10,
    duration: 10,
    seconds: 10,
    workers: 50,
    serverProcesses,
    round,
    sessionsByRole: { admin: 2, manager: 8, technician: 40 },
    workersWithoutTickets: 0,
    ownTickets: 500,
    load: { before: 1, mean: 2, max: 2, after: 1 },
    cpu: { server: 10, generator: 1 },
    writes: { ok: true, statusAcknowledged: 0, commentAcknowledged: 0, statusRows: 0, commentRows: 0 },
    rssMb: 800,
    samples,
    warmupSamples: [],
    warmupSeconds: 5,
    serverLog: '',
  } as LoadRun;
}

describe('bench:load in rounds', () => {
  // Round 1 measured one process in a quiet minute and two in a busy one; round 2 the other way round.
  const runs = [run(1, 1, 95), run(2, 1, 130), run(2, 2, 146), run(1, 2, 91)];

  it('compares each WORKERS value by its best round, in the order they were asked for', () => {
    const best = bestRounds(runs);
    expect(best.map((b) => [b.run.serverProcesses, b.run.round, b.all.rps])).toEqual([
      [1, 1, 95],
      [2, 2, 146],
    ]);
    expect(best[1].ratio).toBeCloseTo(146 / 95, 5);
  });

  it('reports the best rounds first, then every round with its own report', () => {
    const text = loadReports(runs);
    expect(text).toContain('| 2 | 146.0 | 1.54 | 2 |');
    expect(text.match(/^## Round \d: /gm)).toHaveLength(4);
  });

  it('keeps one table of runs when there is a single round', () => {
    const text = loadReports([run(1, 1, 95), run(2, 1, 140)]);
    expect(text).not.toContain('Best round');
    expect(text).toContain('| 2 | 1 | 140.0 | 1.47 |');
  });
});
