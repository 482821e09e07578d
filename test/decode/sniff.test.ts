import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { sniffBytes, sniffText } from '../../src/decode/sniff.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
const codes = (article: ReturnType<typeof parseArticle>): string[] => article.source.warnings.map((w) => w.code);

const PAGE = '<html><head><title>시의회, 조례안 처리</title></head><body><article><p>시의회가 17일 본회의를 열고 조례안을 처리했다. 찬성 21표, 반대 3표였다.</p><p>조례는 다음 달 1일부터 시행된다.</p></article></body></html>';

// Starts of real files, written out from each format's specification (the first bytes a file of it has).
const BINARY: [string, Uint8Array][] = [
  // PNG: signature, then the IHDR chunk of a 1×1 image.
  ['PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89])],
  // JPEG/JFIF: SOI, APP0 "JFIF".
  ['JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])],
  ['GIF image', bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0])],
  ['WebP image', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
  ['PDF document', bytes('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n')],
  // A ZIP local file header (an .hwpx or .docx is a ZIP too).
  ['ZIP archive', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0], 'mimetype')],
  ['ELF executable', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0])],
  // A crawler that saved the compressed body of a page: gzip of real HTML.
  ['gzip data', new Uint8Array(gzipSync(PAGE))],
  ['MP4 media', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0], 'isomiso2avc1mp41')],
];

describe('sniffBytes and sniffText: what is not a page', () => {
  it.each(BINARY)('recognises a %s by its first bytes', (what, data) => {
    expect(sniffBytes(data)?.what).toBe(what);
  });

  it('recognises a Windows executable (its MZ header is mostly zero bytes) and random bytes as binary data', () => {
    const exe = new Uint8Array(512);
    exe.set(utf8('MZ'), 0);
    exe.set([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff], 2);
    exe.set(utf8('This program cannot be run in DOS mode.'), 78);
    expect(sniffBytes(exe)?.what).toBe('binary data');
    let seed = 11;
    const random = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    });
    expect(sniffBytes(random)?.what).toBe('binary data');
  });

  it('lets pages through: UTF-8 with a byte order mark, CP949 bytes, XHTML, a fragment, a page that starts with text', () => {
    for (const page of [
      bytes([0xef, 0xbb, 0xbf], PAGE),
      bytes('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>본문</p></body></html>'),
      bytes([0xc7, 0xd1, 0xb1, 0xdb, 0x20], '<p>', [0xbd, 0xc5, 0xb9, 0xae], '</p>'), // "한글 <p>신문</p>" in CP949
      bytes('BMW 신차 발표 <b>속보</b>'), // "BM" then text: not a bitmap header
      bytes('MZ세대가 몰린 팝업 매장 <p>본문</p>'),
    ]) {
      expect(sniffBytes(page)).toBeUndefined();
    }
    expect(sniffText('기사 제목\n<br>본문')).toBeUndefined();
    expect(sniffText('<!-- saved by a crawler -->')).toBeUndefined();
  });

  it('recognises JSON (even holding HTML in its strings) and text without any markup', () => {
    expect(sniffText('{"title":"시의회, 조례안 처리","content":"<p>시의회가 17일 본회의를 열었다.</p>"}')?.what).toBe('JSON');
    expect(sniffText(' [{"id": 1}, {"id": 2}]\n')?.what).toBe('JSON');
    expect(sniffText('시의회, 조례안 처리\n\n시의회가 17일 본회의를 열고 조례안을 처리했다. 찬성 21표, 반대 3표였다.')?.what).toBe('plain text');
    expect(sniffText('수학 기호 a < b 와 b > c 만 있는 글')?.what).toBe('plain text');
    // JSON-looking text that does not parse is not JSON, and has markup: a page.
    expect(sniffText('{ broken <p>본문</p>')).toBeUndefined();
  });
});

describe('parseArticle on input that is not a page', () => {
  it.each(BINARY)('gives an empty Article with not-html for a %s', (what, data) => {
    const article = parseArticle(data);
    expect(article.title).toBe('');
    expect(article.paragraphs).toEqual([]);
    expect(article.body).toBe('');
    expect(codes(article)).toEqual(['not-html']);
    expect(article.source.warnings[0]?.message).toContain(what);
    expect(article.source.encoding).toBe('binary');
  });

  it('gives not-html for JSON and plain text, as bytes or as a string, and says where plain text goes', () => {
    const json = '{"articles":[{"title":"시의회, 조례안 처리","body":"시의회가 17일 본회의를 열었다."}]}';
    for (const input of [json, utf8(json)]) expect(codes(parseArticle(input))).toEqual(['not-html']);
    const text = parseArticle('시의회, 조례안 처리\n\n시의회가 17일 본회의를 열고 조례안을 처리했다.');
    expect(codes(text)).toEqual(['not-html']);
    expect(text.source.warnings[0]?.message).toMatch(/plain text.*parseArticleText/);
  });

  it('still checks the size before looking at the bytes', () => {
    expect(() => parseArticle(new Uint8Array(2000), { maxInputBytes: 1000 })).toThrow(/over the limit/);
  });

  it('reads a page that has a few broken bytes as a page (decode-errors, not not-html)', () => {
    const broken = bytes(PAGE.slice(0, 80), [0xff, 0xfe, 0xc0], PAGE.slice(80));
    const article = parseArticle(broken);
    expect(codes(article)).toContain('decode-errors');
    expect(codes(article)).not.toContain('not-html');
    expect(article.title).toBe('시의회, 조례안 처리');
  });
});
