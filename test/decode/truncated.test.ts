/**
 * Cut pages: crawlers and WARC records cut a page at a size limit, often inside a character. An
 * incomplete last character must never change the charset decodeHtml chooses (issue 17, item 3).
 * Every cut position of a realistic Korean news page is decoded, in UTF-8 and CP949, declared
 * right, declared wrong and undeclared.
 */
import { describe, expect, it } from 'vitest';
import { TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding.js';
import { decodeHtml } from '../../src/index.js';
import type { DecodedHtml } from '../../src/index.js';
import { decodeUntilCut, incompleteUtf8Tail } from '../../src/decode/truncated.js';
import { encodeCp949 } from '../helpers/cp949.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const codes = (result: DecodedHtml): string[] => result.warnings.map((w) => w.code);

/**
 * A Korean news page of about 4.5 KB of CP949 (6 KB of UTF-8): the charset declared after a longer
 * ASCII head, Hangul, CP949 extension syllables (똠, 뷁, 햏, 쌰), hanja, KS X 1001 symbols and
 * punctuation, numbers, an inline JSON-LD script, a comment list. `extra` is text only UTF-8 can
 * hold (4-byte emoji, €), left out of the CP949 pages.
 */
function newsPage(head: string, extra: string): string {
  const paragraphs = [
    '[서울=한국일보] 홍길동 기자 = 정부가 3일 내년도 예산안을 656조 9천억 원 규모로 확정했다. 올해 본예산보다 2.8% 늘어난 규모로, 2005년 이후 가장 낮은 증가율이다.',
    '기획재정부는 이날 국무회의에서 “건전 재정 기조를 유지하면서도 약자 복지와 미래 준비에 재원을 집중했다”고 밝혔다. 추경호 부총리 겸 기재부 장관은 ‘허리띠를 졸라맨 예산’이라고 설명했다.',
    '분야별로는 보건·복지·고용 예산이 242조 9천억 원으로 가장 많았고, 일반·지방행정(112조 원), 교육(89조 7천억 원), 국방(59조 6천억 원)이 뒤를 이었다. 연구개발(R&D) 예산은 16.6% 줄었다.',
    '야당은 즉각 반발했다. 더불어민주당 관계자는 “서민 경제가 어려운 때에 긴축을 고집하는 것은 무책임하다”며 국회 심의 과정에서 대폭 손질하겠다고 예고했다.',
    '한편 이날 서울 종로구 정부서울청사 앞에서는 시민단체 회원 30여 명이 모여 기자회견을 열었다. 이들은 ▲지역화폐 예산 복원 ▲청년 일자리 사업 확대 ▲기초연금 인상 등을 요구했다.',
    '경제 전문가들의 평가는 엇갈렸다. 김철수 한국경제연구원 선임연구위원은 “재정 적자를 줄이려는 방향은 옳다”면서도 “경기 둔화 국면에서 성장 잠재력을 훼손하지 않도록 해야 한다”고 말했다.',
    '이번 예산안은 오는 9월 1일 국회에 제출된다. 국회는 12월 2일까지 예산안을 의결해야 하지만, 여야 대립으로 올해도 법정 시한을 넘길 가능성이 크다는 관측이 나온다.',
    '한편 기상청은 이날 서울의 낮 최고기온이 33℃까지 오르겠다고 예보했다. 강수확률은 30%, 풍속은 초속 4㎧ 안팎이다. 韓國 經濟 新聞 기사 제목에 쓰이던 한자도 보인다.',
    '게시판에는 “똠방각하 뷁” “햏자 쌰갸” 같은 옛 통신체 댓글도 달렸다. ○△□ ◇◆ ☆★ 등 기호도 섞였다.',
    '지방자치단체들도 셈법이 복잡해졌다. 지방교부세가 8조 원가량 줄어들 것으로 예상되면서 각 시·도는 자체 사업을 재검토하고 있다. 부산시 관계자는 “도시철도 연장 사업의 착공 시기를 늦출 수밖에 없다”고 했다.',
    '정부는 대신 민간 투자를 끌어들이겠다는 구상이다. 사회간접자본(SOC) 분야에서는 민자 사업 한도를 늘리고, 정책금융기관을 통한 저리 대출을 확대하기로 했다. 다만 실효성에는 의문이 제기된다.',
    '국가채무는 내년 말 1,196조 원으로 국내총생산(GDP) 대비 51.0%에 이를 전망이다. 관리재정수지 적자는 GDP의 3.9%로, 정부가 추진 중인 재정준칙 기준(3%)을 웃돈다.',
    '정부 관계자는 “세수 여건이 예상보다 나빠 불가피한 선택이었다”며 “경기가 회복되면 적자 폭도 점차 줄어들 것”이라고 내다봤다. 올해 상반기 국세 수입은 178조 5천억 원으로 1년 전보다 39조 7천억 원 적었다.',
  ];
  const related = [
    '추경호 “내년 예산, 건전 재정 기조 유지”',
    '연구개발 예산 삭감에 과학계 반발… “현장 몰라”',
    '지방교부세 8조 감소… 지자체 사업 줄줄이 연기',
    '국가채무 GDP 대비 51%… 재정준칙 논란 재점화',
    '[사설] 긴축 예산, 약자 보호 장치는 촘촘해야',
    '[그래픽] 2024년도 예산안 분야별 배분',
  ];
  const comments = ['예산이 너무 적네요', '국회가 제때 처리하길 바랍니다', '똠얌꿍 먹고 싶다'];
  return [
    '<!DOCTYPE html>\n<html lang="ko">\n<head>\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<link rel="stylesheet" href="/css/common.css?v=20230803">\n',
    head,
    '<title>정부, 내년 예산 656.9조 원… 증가율 2.8% | 한국일보</title>\n',
    '<meta property="og:title" content="정부, 내년 예산 656.9조 원… 증가율 2.8%">\n',
    '<meta property="og:site_name" content="한국일보">\n',
    '<meta property="article:published_time" content="2023-08-03T14:21:05+09:00">\n',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"정부, 내년 예산 656.9조 원","author":{"@type":"Person","name":"홍길동"}}</script>\n',
    '</head>\n<body>\n<nav><a href="/">홈</a> &gt; <a href="/economy">경제</a> &gt; <a href="/economy/policy">정책</a></nav>\n',
    '<article>\n<h1>정부, 내년 예산 656.9조 원… 증가율 2.8%</h1>\n<div class="byline">홍길동 기자 hong@hankookilbo.com</div>\n',
    '<div class="date">입력 2023.08.03 14:21 | 수정 2023.08.03 15:02</div>\n',
    ...paragraphs.map((p) => `<p>${p}</p>\n`),
    extra === '' ? '' : `<p>${extra}</p>\n`,
    '</article>\n<aside class="related"><h2>관련 기사</h2><ul>\n',
    ...related.map((r, i) => `<li><a href="/news/2023080314${String(i).padStart(2, '0')}">${r}</a></li>\n`),
    '</ul></aside>\n<section class="comments"><h2>댓글 3개</h2><ul>\n',
    ...comments.map((c, i) => `<li id="c${i + 1}"><b>독자${i + 1}</b> ${c}</li>\n`),
    '</ul></section>\n<footer>ⓒ 한국일보, 무단 전재 및 재배포 금지</footer>\n</body>\n</html>\n',
  ].join('');
}

const UTF8_EXTRA = '독자 반응: 👍 1,024개 😀 🇰🇷 — 유로화 환산 €4,550억';
const DECLARE_EUC_KR = '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\n';

interface Case {
  name: string;
  bytes: Uint8Array;
  text: string;
  /** Byte length of each character (code point) of `text`, in the page's encoding. */
  widths: number[];
  contentType?: string;
  /**
   * The declaration names another encoding than the bytes': before the first complete non-ASCII
   * character the bytes give no evidence against it, so a cut first character is read in it.
   */
  declaredOther?: boolean;
}

function utf8Case(name: string, head: string, extra: { contentType?: string; declaredOther?: boolean } = {}): Case {
  const text = newsPage(head, UTF8_EXTRA);
  const widths = [...text].map((char) => utf8(char).length);
  return { name, bytes: utf8(text), text, widths, ...extra };
}

function cp949Case(name: string, head: string, extra: { contentType?: string } = {}): Case {
  const text = newsPage(head, '');
  const widths = [...text].map((char) => ((char.codePointAt(0) as number) < 0x80 ? 1 : 2));
  return { name, bytes: encodeCp949(text), text, widths, ...extra };
}

const CASES: Case[] = [
  utf8Case('UTF-8 declared euc-kr in <meta>', DECLARE_EUC_KR, { declaredOther: true }),
  cp949Case('CP949 declared euc-kr in <meta>', DECLARE_EUC_KR),
  cp949Case('CP949 with no declaration', ''),
  utf8Case('UTF-8 with no declaration', ''),
  utf8Case('UTF-8 declared euc-kr in Content-Type', '', { contentType: 'text/html; charset=euc-kr', declaredOther: true }),
  cp949Case('CP949 declared euc-kr in Content-Type', '', { contentType: 'text/html; charset=EUC-KR' }),
  cp949Case('CP949 declared UTF-8 in <meta>', '<meta charset="utf-8">\n'),
];

describe('decodeHtml on a page cut at every byte', () => {
  it('uses realistic pages of a few KB', () => {
    for (const c of CASES) {
      expect(c.bytes.length, c.name).toBeGreaterThan(4_000);
      expect(c.widths.reduce((a, b) => a + b, 0), c.name).toBe(c.bytes.length);
    }
  });

  it('reads the whole pages right (the bytes win over a wrong declaration)', () => {
    const expected: Record<string, [string, string[]]> = {
      'UTF-8 declared euc-kr in <meta>': ['utf-8', ['charset-mismatch']],
      'CP949 declared euc-kr in <meta>': ['euc-kr', []],
      'CP949 with no declaration': ['euc-kr', []],
      'UTF-8 with no declaration': ['utf-8', []],
      'UTF-8 declared euc-kr in Content-Type': ['utf-8', ['charset-mismatch']],
      'CP949 declared euc-kr in Content-Type': ['euc-kr', []],
      'CP949 declared UTF-8 in <meta>': ['euc-kr', ['charset-mismatch']],
    };
    for (const c of CASES) {
      const whole = decodeHtml(c.bytes, c.contentType ? { contentType: c.contentType } : {});
      expect([whole.encoding, codes(whole)], c.name).toEqual(expected[c.name]);
      expect(whole.html, c.name).toBe(c.text);
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const options = c.contentType ? { contentType: c.contentType } : {};
    const whole = decodeHtml(c.bytes, options);

    // For each byte position: the last character boundary at or before it, and the text before that boundary.
    const boundary = new Int32Array(c.bytes.length + 1);
    const textAt = new Int32Array(c.bytes.length + 1);
    let evidenceEnd = -1; // where the first non-ASCII character ends
    {
      let byte = 0;
      let offset = 0;
      const chars = [...c.text];
      for (let i = 0; i < chars.length; i++) {
        const width = c.widths[i] as number;
        for (let k = 0; k < width; k++) {
          boundary[byte + k] = byte;
          textAt[byte + k] = offset;
        }
        byte += width;
        offset += (chars[i] as string).length;
        if (evidenceEnd === -1 && width > 1) evidenceEnd = byte;
      }
      boundary[byte] = byte;
      textAt[byte] = offset;
    }
    expect(evidenceEnd).toBeGreaterThan(0);

    const atBoundary = new Map<number, string>();
    const encodingAt = (end: number): string => {
      let encoding = atBoundary.get(end);
      if (encoding === undefined) {
        encoding = decodeHtml(c.bytes.subarray(0, end), options).encoding;
        atBoundary.set(end, encoding);
      }
      return encoding;
    };

    let cutInside = 0;
    for (let cut = 1; cut <= c.bytes.length; cut++) {
      const result = decodeHtml(c.bytes.subarray(0, cut), options);
      const b = boundary[cut] as number;
      const before = c.text.slice(0, textAt[cut]);
      const inside = cut > b;
      if (inside) cutInside++;
      const where = `${c.name}, cut at ${cut} of ${c.bytes.length}`;

      if (cut >= evidenceEnd) {
        // Once the bytes hold a complete non-ASCII character, the cut page reads as the whole one.
        expect(result.encoding, where).toBe(whole.encoding);
        expect(result.html, where).toBe(inside ? `${before}\uFFFD` : before);
        expect(codes(result), where).toEqual(inside ? [...codes(whole), 'decode-errors'] : codes(whole));
      } else if (!inside) {
        // Only ASCII so far: the same bytes in every encoding, so the text is the same.
        expect(result.html, where).toBe(before);
      } else if (!c.declaredOther) {
        // The first non-ASCII character is cut. Its first byte may already rule a charset out (C1 is
        // never UTF-8: the CP949 page is read as CP949); else the bytes read as the ASCII before it would.
        expect([whole.encoding, encodingAt(b)], where).toContain(result.encoding);
        expect(result.html, where).toBe(`${before}\uFFFD`);
      } else {
        // The first character is cut and nothing else is non-ASCII: the bytes give no evidence against the
        // declaration, which reads them (one U+FFFD, or a hanja when CP949 has a pair of those bytes).
        expect(result.encoding, where).toBe('euc-kr');
        expect(result.html.startsWith(before) && [...result.html.slice(before.length)].length === 1, where).toBe(true);
      }
    }
    expect(cutInside).toBeGreaterThan(1_000);
  });
});

describe('decodeHtml on cut pages: the cases the issue reported', () => {
  const body = '<p>네이버 뉴스 본문입니다. 한국</p>';
  const declared = `<html><head><meta charset="euc-kr"></head><body>${body}`;

  it('a UTF-8 page declared euc-kr, cut inside its last character, is still UTF-8', () => {
    const bytes = utf8(declared);
    const han = utf8('한'); // ED 95 9C
    for (const keep of [1, 2]) {
      const cut = new Uint8Array([...bytes, ...han.subarray(0, keep)]);
      const result = decodeHtml(cut);
      expect(result.encoding).toBe('utf-8');
      expect(result.html).toBe(`${declared}\uFFFD`);
      expect(codes(result)).toEqual(['charset-mismatch', 'decode-errors']);
      expect(result.warnings[1]?.message).toContain('1 byte sequence is invalid in utf-8');
    }
    // Four-byte characters too: 1, 2 or 3 bytes of 😀 (F0 9F 98 80).
    for (const keep of [1, 2, 3]) {
      const result = decodeHtml(new Uint8Array([...bytes, ...utf8('😀').subarray(0, keep)]));
      expect([result.encoding, result.html]).toEqual(['utf-8', `${declared}\uFFFD`]);
    }
  });

  it('a CP949 page cut after a lead byte is still CP949, with or without a declaration', () => {
    const text = '<html><body><p>똠방각하 뷁 한국</p>';
    for (const [bytes, options] of [
      [encodeCp949(`<meta charset="euc-kr">${text}`), {}],
      [encodeCp949(text), {}],
      [encodeCp949(text), { contentType: 'text/html; charset=euc-kr' }],
      [encodeCp949(`<meta charset="utf-8">${text}`), {}],
    ] as const) {
      const whole = decodeHtml(bytes, options);
      const lead = encodeCp949('국')[0] as number; // B1 (B1 B9)
      const cut = decodeHtml(new Uint8Array([...bytes, lead]), options);
      expect(cut.encoding).toBe('euc-kr');
      expect(cut.html).toBe(`${whole.html}\uFFFD`);
      expect(codes(cut)).toEqual([...codes(whole), 'decode-errors']);
    }
  });

  it('a CP949 page whose cut lead byte would start UTF-8 (C7 of 한) still reads as CP949', () => {
    // 국 then the lead byte of 한: D1 B1 would be a valid two-byte UTF-8 sequence after the cut.
    const bytes = new Uint8Array([...encodeCp949('<p>뉴스 한국'), 0xc7]);
    for (const options of [{}, { contentType: 'text/html; charset=euc-kr' }]) {
      const result = decodeHtml(bytes, options);
      expect([result.encoding, result.html]).toEqual(['euc-kr', '<p>뉴스 한국\uFFFD']);
    }
    const single = decodeHtml(new Uint8Array([...encodeCp949('<p>한'), 0xb1]));
    expect([single.encoding, single.html]).toEqual(['euc-kr', '<p>한\uFFFD']);
  });

  it('bytes that are ASCII but for a cut last character keep the declared charset (UTF-8 when none)', () => {
    expect(decodeHtml(new Uint8Array([...utf8('<p>'), 0xc7])).encoding).toBe('utf-8');
    expect(decodeHtml(new Uint8Array([...utf8('<meta charset="euc-kr"><p>'), 0xc7])).encoding).toBe('euc-kr');
    expect(decodeHtml(new Uint8Array([...utf8('<meta charset="euc-kr"><p>'), 0xed, 0x95])).encoding).toBe('euc-kr');
    expect(decodeHtml(new Uint8Array([...utf8('<p>'), 0xed, 0x95])).encoding).toBe('utf-8');
  });

  it('invalid bytes at the end are not a cut character: a bad UTF-8 tail still means not UTF-8', () => {
    // ED A0 starts a surrogate (invalid in UTF-8 already), so this is not a cut UTF-8 page.
    const bytes = new Uint8Array([...utf8('<meta charset="euc-kr"><p>한국'), 0xed, 0xa0]);
    expect(decodeHtml(bytes).encoding).toBe('euc-kr');
    // A stray continuation byte after valid UTF-8.
    expect(decodeHtml(new Uint8Array([...utf8('<meta charset="euc-kr"><p>한국'), 0x80])).encoding).toBe('euc-kr');
  });
});

describe('incompleteUtf8Tail', () => {
  const decoder = (): InstanceType<typeof WhatwgDecoder> => new WhatwgDecoder('utf-8', { ignoreBOM: true });
  const INTERESTING = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];

  /** The WHATWG decoder as the oracle: the tail is what a streaming decode keeps back. */
  function check(bytes: Uint8Array): void {
    const tail = incompleteUtf8Tail(bytes);
    const streamed = decodeUntilCut(bytes, 'utf-8');
    expect(tail > 0, [...bytes].join(' ')).toBe(streamed.cut);
    expect(decoder().decode(bytes.subarray(0, bytes.length - tail)), [...bytes].join(' ')).toBe(streamed.text);
  }

  it('agrees with the WHATWG decoder on every string of one or two bytes', () => {
    for (let a = 0; a < 256; a++) {
      check(new Uint8Array([a]));
      for (let b = 0; b < 256; b++) check(new Uint8Array([a, b]));
    }
  });

  it('agrees with the WHATWG decoder on 3- and 4-byte strings of boundary bytes', () => {
    for (const a of INTERESTING) {
      for (const b of INTERESTING) {
        for (const c of INTERESTING) {
          check(new Uint8Array([a, b, c]));
          for (const d of [0x41, 0x80, 0xbf, 0xe0, 0xf0, 0xf4]) check(new Uint8Array([a, b, c, d]));
        }
      }
    }
  });

  it('finds the cut part of every character of the news page, and nothing at a boundary', () => {
    const text = newsPage('', UTF8_EXTRA);
    const bytes = utf8(text);
    let at = 0;
    for (const char of text) {
      const width = utf8(char).length;
      for (let k = 1; k < width; k++) expect(incompleteUtf8Tail(bytes.subarray(0, at + k))).toBe(k);
      at += width;
      expect(incompleteUtf8Tail(bytes.subarray(0, at))).toBe(0);
    }
  });
});
