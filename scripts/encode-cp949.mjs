#!/usr/bin/env node
// Writes a UTF-8 text file as CP949 (EUC-KR) bytes, for fixtures of CP949 pages:
//   node scripts/encode-cp949.mjs page.utf8.html fixtures/<family>/<slug>/source.html
// The table is built from the WHATWG euc-kr decoder itself, so the bytes decode back exactly.
import { readFileSync, writeFileSync } from 'node:fs';
import { TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding.js';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/encode-cp949.mjs IN.utf8 OUT');
  process.exit(2);
}
const decoder = new WhatwgDecoder('euc-kr', { fatal: true });
const table = new Map();
for (let lead = 0x81; lead <= 0xfe; lead++) {
  for (let trail = 0x41; trail <= 0xfe; trail++) {
    try {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    } catch {}
  }
}
const out = [];
for (const char of readFileSync(input, 'utf8')) {
  const code = char.codePointAt(0);
  if (code < 0x80) out.push(code);
  else if (table.has(char)) out.push(...table.get(char));
  else {
    console.error(`CP949 has no code for ${char} (U+${code.toString(16)}); use an HTML entity instead`);
    process.exit(1);
  }
}
writeFileSync(output, new Uint8Array(out));
console.log(`${output}: ${out.length} bytes of CP949`);
