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

/**
 * Median time in ms of each of several functions, run in turns (the order turning round each round)
 * after `warm` untimed rounds, so that a busy moment of the machine falls on all of them alike.
 */
export function timeInTurns(fns, { warm = 2, runs = 7 } = {}) {
  const names = Object.keys(fns);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warm + runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      const start = performance.now();
      fns[name]();
      if (round >= warm) samples[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
}
