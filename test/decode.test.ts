import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../src/index.js';
import { encodeCp949 } from './helpers/cp949.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body><p>${body}</p></body></html>`;

describe('decodeHtml', () => {
  it('reads UTF-8 without a declaration', () => {
    const result = decodeHtml(utf8(page('', '한국어 기사')));
    expect(result.encoding).toBe('utf-8');
    expect(result.html).toContain('한국어 기사');
    expect(result.warnings).toEqual([]);
  });

  it('strips a UTF-8 byte order mark and trusts it over the meta charset', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page('<meta charset="euc-kr">', '가나다'))]);
    const result = decodeHtml(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.html.startsWith('<!doctype')).toBe(true);
    expect(result.html).toContain('가나다');
  });

  it('decodes CP949 extension syllables (똠, 뷁, 햏) declared as euc-kr', () => {
    const text = page('<meta charset="euc-kr">', '똠방각하 뷁 햏자 쌰갸');
    const bytes = encodeCp949(text);
    const result = decodeHtml(bytes);
    expect(result.encoding).toBe('euc-kr');
    expect(result.html).toContain('똠방각하 뷁 햏자 쌰갸');
    expect(result.warnings).toEqual([]);
  });

  it('reads CP949 declared with the ks_c_5601-1987 and cp949 labels, and in http-equiv', () => {
    for (const head of [
      '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">',
      '<meta charset="cp949">',
      '<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=EUC-KR">',
    ]) {
      const result = decodeHtml(encodeCp949(page(head, '똠얌꿍')));
      expect(result.encoding).toBe('euc-kr');
      expect(result.html).toContain('똠얌꿍');
    }
  });

  it('sniffs CP949 when nothing is declared', () => {
    const result = decodeHtml(encodeCp949(page('', '기사 본문입니다. 뷁')));
    expect(result.encoding).toBe('euc-kr');
    expect(result.html).toContain('기사 본문입니다. 뷁');
  });

  it('lets the bytes win when a page declares euc-kr but is UTF-8, with a warning', () => {
    const result = decodeHtml(utf8(page('<meta charset="euc-kr">', '네이버 뉴스 본문')));
    expect(result.encoding).toBe('utf-8');
    expect(result.html).toContain('네이버 뉴스 본문');
    expect(result.warnings.map((w) => w.code)).toEqual(['charset-mismatch']);
  });

  it('lets the bytes win when a page declares UTF-8 but is CP949', () => {
    const result = decodeHtml(encodeCp949(page('<meta charset="utf-8">', '한글 똠')));
    expect(result.encoding).toBe('euc-kr');
    expect(result.html).toContain('한글 똠');
    expect(result.warnings.map((w) => w.code)).toEqual(['charset-mismatch']);
  });

  it('puts the Content-Type header above the meta charset', () => {
    const result = decodeHtml(encodeCp949(page('<meta charset="iso-8859-1">', '한국')), {
      contentType: 'text/html; charset=EUC-KR',
    });
    expect(result.encoding).toBe('euc-kr');
    expect(result.html).toContain('한국');
  });

  it('warns about an unknown charset label and sniffs instead', () => {
    const result = decodeHtml(utf8(page('<meta charset="x-klingon">', '한국')));
    expect(result.encoding).toBe('utf-8');
    expect(result.warnings.map((w) => w.code)).toContain('charset-unsupported');
  });

  it('replaces invalid bytes with U+FFFD and says so', () => {
    const bytes = new Uint8Array([...utf8('<p>가'), 0xff, 0xfe, 0xff, ...utf8('나</p>')]);
    const result = decodeHtml(bytes);
    expect(result.html).toContain('\uFFFD');
    expect(result.warnings.map((w) => w.code)).toContain('decode-errors');
  });

  it('handles a truncated CP949 sequence at the end', () => {
    const bytes = encodeCp949('<p>한국');
    const result = decodeHtml(new Uint8Array([...bytes, 0xb0]), { contentType: 'text/html; charset=euc-kr' });
    expect(result.html.startsWith('<p>한국')).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain('decode-errors');
  });

  it('gives an empty result with a warning for no bytes', () => {
    expect(decodeHtml(new Uint8Array())).toEqual({
      html: '',
      encoding: 'utf-8',
      warnings: [{ code: 'empty-input', message: 'The input has no bytes.' }],
    });
  });
});
