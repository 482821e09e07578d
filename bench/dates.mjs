#!/usr/bin/env node
// Benchmark of findDates (issues #6 and #15): time on 100 KB and 1 MB (UTF-8 bytes) of news text full of
// date expressions; 1 MB must take under 0.5 s, and the ratio should stay near 10 or under (linear).
// Run after `npm run build`: node bench/dates.mjs
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
  '서울시는 오는 9일부터 12일까지 광장에서 축제를 열고, 이날 오후 2~4시 공연을 한다.',
  '경찰은 지난 5월 25일 밤 11시 40분께 용의자를 붙잡았으며 이튿날 새벽 2시 조사를 마쳤다.',
  '올 상반기 수출은 2020년 3월부터 2022년 4월까지의 감소세를 딛고 지난해 같은 달보다 늘었다.',
  '공사는 내년 1월 초 착공해 2026년 말 끝나며, 3월에서 5월 사이 주민 설명회를 연다.',
];
const encoder = new TextEncoder();
/** Sentences up to `bytes` of UTF-8. */
function text(bytes) {
  let out = '';
  let size = 0;
  for (let i = 0; ; i++) {
    const sentence = `${sentences[i % sentences.length]} `;
    const length = encoder.encode(sentence).length;
    if (size + length > bytes) return out;
    out += sentence;
    size += length;
  }
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
console.log(`findDates: 100 KB ${small.ms.toFixed(1)} ms (${small.found} mentions), 1 MB ${large.ms.toFixed(1)} ms (${large.found} mentions; budget 500 ms); 10x the text took ${(large.ms / small.ms).toFixed(1)}x the time`);
