// Proves how a cost grows without a wall-clock budget: the same work at size n and at size factor·n, measured as
// this process's CPU time in one run, so a busy machine slows both sizes alike instead of failing the test.
// Linear work grows by about `factor`; quadratic work by about factor² (64 for 8).

function cpuMicros(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return spent.user + spent.system;
}

/** The cheapest of a few repetitions: noise (GC, preemption) only ever adds cost. */
function cheapest(work: () => void, repetitions: number): number {
  let best = Infinity;
  for (let i = 0; i < repetitions; i++) best = Math.min(best, cpuMicros(work));
  return Math.max(best, 1);
}

/** How many times more CPU the work costs at `factor`·n than at n. */
export function growthRatio(work: (n: number) => void, n: number, factor = 8, repetitions = 5): number {
  work(n); // warm up the JIT on the small size, so the first measurement is not charged for compilation
  const small = cheapest(() => work(n), repetitions);
  const large = cheapest(() => work(n * factor), repetitions);
  return large / small;
}

/**
 * Linear enough: at 8× the input, under half of the 64× a quadratic cost would show. (20 was tight: on a machine
 * with a load of 25 on 2 cores, a linear parser measured 21.5× once; a quadratic one measures 60× and more.)
 */
export const LINEAR_AT_8X = 32;
