import { describe, expect, it } from 'vitest';
import { SinmunError, decodeHtml } from '../src/index.js';
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

describe('decodeHtml arguments', () => {
  const thrown = (call: () => unknown): SinmunError => {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(SinmunError);
      return error as SinmunError;
    }
    throw new Error('did not throw');
  };

  it.each([
    ['null', null, 'got null'],
    ['undefined', undefined, 'got undefined'],
    ['a number', 42, 'got a number'],
    ['a plain object', {}, 'got an object'],
    ['a string', '<p>한국</p>', 'got a string'],
    ['an ArrayBuffer', new ArrayBuffer(4), 'got an ArrayBuffer'],
    ['a DataView', new DataView(new ArrayBuffer(4)), 'got a DataView'],
    ['a function', () => new Uint8Array(), 'got a function'],
    ['an Array of numbers', [0x3c, 0x70, 0x3e], 'got an array'],
    ['a Uint16Array', new Uint16Array(2), 'got a Uint16Array'],
    ['a Uint8ClampedArray', new Uint8ClampedArray(2), 'got a Uint8ClampedArray'],
    ['an object without a prototype', Object.create(null), 'got an object'],
  ])('throws invalid-input for %s, naming it', (_name, input, named) => {
    const error = thrown(() => decodeHtml(input as never));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('Uint8Array');
    expect(error.message).toContain(named);
  });

  it('says how to wrap an ArrayBuffer', () => {
    expect(thrown(() => decodeHtml(new ArrayBuffer(1) as never)).message).toContain('new Uint8Array(buffer)');
  });

  it('takes a Buffer, a subarray and a Uint8Array of another offset', () => {
    const bytes = new TextEncoder().encode('xx<p>한국</p>');
    expect(decodeHtml(Buffer.from(bytes)).html).toBe('xx<p>한국</p>');
    expect(decodeHtml(bytes.subarray(2)).html).toBe('<p>한국</p>');
    expect(decodeHtml(new Uint8Array(bytes.buffer, 2)).html).toBe('<p>한국</p>');
  });

  it('throws invalid-option for a contentType that is not a string, and for options that are not an object', () => {
    const bytes = utf8('<p>한국</p>');
    for (const contentType of [42, null, {}, ['text/html'], true]) {
      const error = thrown(() => decodeHtml(bytes, { contentType } as never));
      expect(error.code).toBe('invalid-option');
      expect(error.message).toContain('"contentType" must be a string');
    }
    for (const options of ['text/html; charset=euc-kr', 42, ['x']]) {
      expect(thrown(() => decodeHtml(bytes, options as never)).code).toBe('invalid-option');
    }
  });

  it('takes no options, undefined options, null options and an undefined contentType', () => {
    const bytes = utf8('<p>한국</p>');
    for (const options of [undefined, null, {}, { contentType: undefined }, { contentType: '' }]) {
      expect(decodeHtml(bytes, options as never).html).toBe('<p>한국</p>');
    }
  });

  it('checks the bytes before the options', () => {
    expect(thrown(() => decodeHtml(null as never, 42 as never)).code).toBe('invalid-input');
  });
});
