/**
 * A CP949 encoder for tests, built from the WHATWG `euc-kr` decoder itself (every two-byte
 * sequence decoded once), so what we encode is exactly what a decoder reads back.
 */
import { TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding.js';

let table: Map<string, number> | undefined;

function buildTable(): Map<string, number> {
  const decoder = new WhatwgDecoder('euc-kr', { fatal: true });
  const map = new Map<string, number>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !map.has(char)) map.set(char, (lead << 8) | trail);
      } catch {
        // not a valid pair
      }
    }
  }
  return map;
}

/** Encodes a string as CP949 bytes; throws on a character CP949 lacks. */
export function encodeCp949(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = table.get(char);
    if (pair === undefined) throw new Error(`CP949 has no code for ${char} (U+${code.toString(16)})`);
    out.push(pair >> 8, pair & 0xff);
  }
  return new Uint8Array(out);
}
