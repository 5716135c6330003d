// A small measuring harness for the benchmarks: paired rounds (the baseline and the subject timed back to back
// in every round, so that load on a shared machine hits both alike), warm-up first, medians at the end.

/** Timings of one subject against its baseline, in milliseconds. */
export interface PairedTiming {
  /** Median time of the baseline (JSON.parse or JSON.stringify of the same document). */
  baseline: number;
  /** Median time of the subject. */
  subject: number;
  /** Median of the per-round ratios subject / baseline. */
  ratio: number;
  /** How many timed rounds the medians are of. */
  rounds: number;
}

/** How long to measure: at least `minRounds` rounds and `minTime` ms in all, at most `maxRounds` rounds. */
export interface Budget {
  /** Untimed calls of each function before measuring. */
  warmup: number;
  /** Fewest timed rounds. */
  minRounds: number;
  /** Most timed rounds. */
  maxRounds: number;
  /** Keep going until this many milliseconds were spent timing (unless `maxRounds` is reached). */
  minTime: number;
}

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Keeps results alive so that the engine cannot drop a call whose result is unused. */
let sink: unknown;
/** The last value kept alive by the harness (read it to keep the optimiser honest). */
export function lastSink(): unknown {
  return sink;
}

const time = (run: () => unknown): number => {
  const start = process.hrtime.bigint();
  sink = run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** Times `subject` against `baseline` in paired rounds and returns the medians and the median ratio. */
export function measurePaired(baseline: () => unknown, subject: () => unknown, budget: Budget): PairedTiming {
  for (let i = 0; i < budget.warmup; i++) {
    sink = baseline();
    sink = subject();
  }
  const baselines: number[] = [];
  const subjects: number[] = [];
  const ratios: number[] = [];
  let spent = 0;
  let round = 0;
  while (round < budget.maxRounds && (round < budget.minRounds || spent < budget.minTime)) {
    // Alternate which one goes first, so that neither always runs on a heap the other just filled.
    const [b, s] = round % 2 === 0 ? [time(baseline), time(subject)] : (() => {
      const sFirst = time(subject);
      return [time(baseline), sFirst] as const;
    })();
    baselines.push(b);
    subjects.push(s);
    ratios.push(s / b);
    spent += b + s;
    round++;
  }
  return { baseline: median(baselines), subject: median(subjects), ratio: median(ratios), rounds: round };
}

/** Runs a garbage collection when node was started with --expose-gc (a no-op otherwise). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    gc();
  }
}

/** Heap used, in bytes, after a full collection. */
export function settledHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Heap growth while `run` runs once (from a collected heap, no collection forced during the run) and heap still held by its result. */
export function heapOf(run: () => unknown): { during: number; retained: number } {
  const before = settledHeap();
  let result: unknown = run();
  const during = process.memoryUsage().heapUsed - before;
  const retained = settledHeap() - before;
  sink = result;
  result = undefined;
  return { during: Math.max(0, during), retained: Math.max(0, retained) };
}
