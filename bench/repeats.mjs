#!/usr/bin/env node
// Benchmark of stripRepeatedBlocks (issue: repeated blocks): 5,000 paragraphs of ~200 characters,
// half of them edited repeats of earlier ones. Run after `npm run build`: node bench/repeats.mjs
import { performance } from 'node:perf_hooks';
import { stripRepeatedBlocks } from '../dist/index.js';

// A deterministic generator of Korean-looking sentences (no real text).
let seed = 12345;
const random = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const syllable = () => String.fromCharCode(0xac00 + Math.floor(random() * 11172));
const word = () => Array.from({ length: 1 + Math.floor(random() * 4) }, syllable).join('');
const sentence = () => `${Array.from({ length: 6 + Math.floor(random() * 6) }, word).join(' ')}다.`;
const paragraph = () => {
  let text = '';
  while (text.length < 200) text += `${sentence()} `;
  return text.trim();
};
const edit = (text) => {
  const words = text.split(' ');
  for (let k = 0; k < 3; k++) words[Math.floor(random() * words.length)] = word();
  return `${words.join(' ')} ${random() < 0.5 ? sentence() : ''}`.trim();
};

const originals = Array.from({ length: 2500 }, paragraph);
const blocks = [];
for (let i = 0; i < 2500; i++) {
  blocks.push(originals[i]);
  blocks.push(edit(originals[Math.floor(random() * (i + 1))]));
}

stripRepeatedBlocks(blocks.slice(0, 200)); // warm up
const times = [];
let result;
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  result = stripRepeatedBlocks(blocks);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  `stripRepeatedBlocks: ${blocks.length} paragraphs (~${Math.round(blocks.reduce((s, b) => s + b.length, 0) / blocks.length)} chars), ` +
    `median ${times[2].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)}); removed ${result.removed.length} of 2500 edited repeats`,
);

// Two long paragraphs of one small vocabulary (the case that was O(N·D) through fast-diff): 200 KB each
// and 10× that, and an edited copy of the 200 KB one.
const vocabulary = Array.from({ length: 15 }, () => syllable() + syllable() + (random() < 0.5 ? syllable() : ''));
const long = (chars) => {
  let text = '';
  while (text.length < chars) text += `${vocabulary[Math.floor(random() * vocabulary.length)]}${random() < 0.1 ? '다. ' : ' '}`;
  return text.slice(0, chars);
};
const best = (blocks) => {
  let min = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    stripRepeatedBlocks(blocks);
    min = Math.min(min, performance.now() - start);
  }
  return min;
};
const chars = Math.floor(200_000 / 3);
const pair = [long(chars), long(chars)];
const tenfold = [long(chars * 10), long(chars * 10)];
const one = best(pair);
const ten = best(tenfold);
let copy = '';
for (let i = 0; i < pair[0].length; i += 500) copy += `${pair[0].slice(i, i + 499)}가`;
const near = best([pair[0], copy]);
console.log(
  `long blocks: two different 200 KB paragraphs of a 15-word vocabulary ${one.toFixed(0)} ms, 2 MB each ${ten.toFixed(0)} ms (${(ten / one).toFixed(1)}× for 10× the input); an edited copy of a 200 KB paragraph ${near.toFixed(0)} ms`,
);
