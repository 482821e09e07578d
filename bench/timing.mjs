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

/**
 * Time in ms per call of each of several functions, where each sample is a batch of `calls` calls
 * timed as a whole (the collections their garbage causes fall inside it); batches run in turns
 * (the order turning round each round) after `warm` untimed rounds; the median batch is kept.
 * For pages of very different sizes: a small page's single call seldom sees a collection, a large
 * one's always does, so medians of single calls would leave the small page's share of it out.
 */
export function timeBatchesInTurns(fns, { calls = 1, warm = 1, rounds = 3 } = {}) {
  const batches = Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name, () => {
    for (let i = 0; i < calls; i++) fn();
  }]));
  const perBatch = timeInTurns(batches, { warm, runs: rounds });
  return Object.fromEntries(Object.entries(perBatch).map(([name, ms]) => [name, ms / calls]));
}
