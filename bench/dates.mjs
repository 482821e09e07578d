#!/usr/bin/env node
// Benchmark of findDates (issue: Korean dates): time on 100 KB and 1 MB of news text full of date
// expressions; the ratio should stay near 10 (linear). Run after `npm run build`: node bench/dates.mjs
import { performance } from 'node:perf_hooks';
import { findDates } from '../dist/index.js';

const sentences = [
  '메타가 7월 6일에 새 서비스를 출시했다.',
  '지난해 11월 오픈AI가 챗GPT를 내놓은 이후 경쟁이 치열해졌다.',
  '정부는 오는 10일 오후 3시 30분 대책을 발표할 예정이다.',
  '2분기 실적은 지난 6월 말 집계됐으며 하반기 전망은 밝다.',
  '사흘 전 열린 회의에서 3개월 동안 논의한 안건이 통과됐다.',
  '2천 명이 참가한 행사는 7월 6~8일 춘천에서 열렸다.',
  '회사는 2023년 8월 3일 공시를 통해 다음 주 화요일 설명회를 연다고 밝혔다.',
];
function text(size) {
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${sentences[i % sentences.length]} `;
  return out.slice(0, size);
}

function time(input) {
  findDates(input.slice(0, 10_000), { referenceDate: '2023-08-03' });
  const runs = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    found = findDates(input, { referenceDate: '2023-08-03' }).length;
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[2], found };
}

const small = time(text(100_000));
const large = time(text(1_000_000));
console.log(`findDates: 100 KB ${small.ms.toFixed(1)} ms (${small.found} mentions), 1 MB ${large.ms.toFixed(1)} ms (${large.found} mentions); 10x the text took ${(large.ms / small.ms).toFixed(1)}x the time`);
