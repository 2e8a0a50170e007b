import { describe, expect, it } from 'vitest';
import { SINGLE_THREADED, workerExecArgv } from '@/scripts/lib/worker-flags';

const START = ['--max-semi-space-size=32', '--import', 'tsx'];

describe("the worker processes' options", () => {
  it('keep the first process’s own options and drop V8’s threads when the workers fill every core', () => {
    expect(workerExecArgv(START, 2, 2)).toEqual([...START, SINGLE_THREADED]);
    expect(workerExecArgv(START, 8, 4)).toEqual([...START, SINGLE_THREADED]);
  });

  it('leave V8 its threads while cores are left over for them', () => {
    expect(workerExecArgv(START, 2, 8)).toEqual(START);
  });

  it('never name the option twice', () => {
    expect(workerExecArgv([...START, SINGLE_THREADED], 2, 2)).toEqual([...START, SINGLE_THREADED]);
  });
});
