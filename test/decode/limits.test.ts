// Bytes past what one string can hold (only with maxInputBytes raised past 256 MiB): the first
// MAX_DECODED_BYTES are read as a cut page, with `input-truncated`; never an engine error.
import { describe, expect, it } from 'vitest';
import { MAX_DECODED_BYTES, decodeHtml } from '../../src/index.js';

describe('MAX_DECODED_BYTES', () => {
  it('is 2^28 - 16, the longest string every current engine holds', () => {
    expect(MAX_DECODED_BYTES).toBe(268_435_440);
  });

  it('bytes over it: the first MAX_DECODED_BYTES are decoded, a character cut there is one U+FFFD, and a warning says so', { timeout: 60_000 }, () => {
    const head = new TextEncoder().encode('<meta charset="utf-8"><p>한국</p>');
    const bytes = new Uint8Array(MAX_DECODED_BYTES + 10).fill(0x61);
    bytes.set(head, 0);
    // 가 (EA B0 80) across the cut: two bytes inside, one outside.
    bytes.set([0xea, 0xb0, 0x80], MAX_DECODED_BYTES - 2);
    const { html, encoding, warnings } = decodeHtml(bytes);
    expect(encoding).toBe('utf-8');
    expect(html.startsWith('<meta charset="utf-8"><p>한국</p>aaa')).toBe(true);
    expect(html.endsWith('a\ufffd')).toBe(true);
    // 한국 is 6 bytes and 2 code units; the two bytes of the cut 가 give one U+FFFD.
    expect(html.length).toBe(MAX_DECODED_BYTES - 2 - 4 + 1);
    expect(warnings.map((w) => w.code)).toEqual(['input-truncated', 'decode-errors']);
    expect(warnings[0]?.message).toContain(String(MAX_DECODED_BYTES + 10));
  });

  it('bytes of exactly MAX_DECODED_BYTES are read whole, with no warning', { timeout: 60_000 }, () => {
    const bytes = new Uint8Array(MAX_DECODED_BYTES).fill(0x61);
    const { html, warnings } = decodeHtml(bytes);
    expect(html.length).toBe(MAX_DECODED_BYTES);
    expect(warnings).toEqual([]);
  });
});
