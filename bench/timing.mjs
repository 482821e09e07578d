// The bench's timing: the median of timed runs after warm-up (shared by bench/run.mjs,
// bench/scaling.mjs and bench/engines.mjs).

/** The middle value (the upper one of the two middles for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median time in ms of `runs` calls of `fn` after `warm` untimed ones. */
export function time(fn, { warm = 2, runs = 7 } = {}) {
  for (let i = 0; i < warm; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
