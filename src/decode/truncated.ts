/**
 * Cut pages. Crawlers and WARC records cut pages at a size limit, so the last character of a page is
 * often incomplete. An incomplete last character is no evidence about the charset: these helpers
 * find it, so that the choice of charset is made on the complete characters only.
 */
import { TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding.js';

/**
 * Length (0–3) of the incomplete multi-byte UTF-8 sequence at the very end of `bytes`: a lead byte
 * followed by fewer continuation bytes than it needs, each in the range the WHATWG UTF-8 decoder
 * accepts there (`E0` needs `A0`–`BF` next, `ED` `80`–`9F`, `F0` `90`–`BF`, `F4` `80`–`8F`). 0 when
 * the bytes end with a complete character, an ASCII byte or a byte that is invalid anyway.
 * Looks at the last 3 bytes only.
 *
 * @example
 * ```ts
 * incompleteUtf8Tail(new Uint8Array([0x3c, 0xed, 0x95])); // 2: the first two bytes of 한 (ED 95 9C)
 * incompleteUtf8Tail(new Uint8Array([0x3c, 0xed, 0xa0])); // 0: ED A0 starts a surrogate, invalid already
 * ```
 */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back] as number;
    if (byte >= 0x80 && byte <= 0xbf) continue; // a continuation byte: the sequence starts further back
    const needs = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (needs <= back) return 0; // ASCII, an invalid lead, or a sequence that is complete
    if (back >= 2) {
      const second = bytes[length - back + 1] as number;
      const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
      const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return 0; // invalid before the end: not a cut character
    }
    return back;
  }
  return 0;
}

/**
 * Decodes loosely, keeping apart the U+FFFD of an incomplete last character: `text` is what the
 * complete bytes give, `cut` says whether the bytes ended inside a character (which a whole decode
 * turns into one more U+FFFD). `text + (cut ? '\uFFFD' : '')` equals a whole loose decode.
 */
export function decodeUntilCut(bytes: Uint8Array, encoding: string): { text: string; cut: boolean } {
  const decoder = new WhatwgDecoder(encoding, { ignoreBOM: true });
  const text = decoder.decode(bytes, { stream: true });
  return { text, cut: decoder.decode() !== '' };
}
