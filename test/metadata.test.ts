import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../src/metadata/title.js';
import { cutDateline, readAuthorValue, readByline } from '../src/metadata/byline.js';
import { readJsonLd } from '../src/metadata/jsonld.js';

describe('cleanTitle', () => {
  const none = { siteNames: [], headings: [] };
  it.each([
    ['정부, 새 반도체 지원책 발표 - 조선일보', '정부, 새 반도체 지원책 발표'],
    ['정부, 새 반도체 지원책 발표 | 한국일보', '정부, 새 반도체 지원책 발표'],
    ['정부, 새 반도체 지원책 발표 : 네이버 뉴스', '정부, 새 반도체 지원책 발표'],
    ['[단독] 정부, 새 반도체 지원책 발표', '[단독] 정부, 새 반도체 지원책 발표'],
    ['"왜 싸우나"... 통합 외친 후보 - 정치 | 한국일보', '"왜 싸우나"... 통합 외친 후보'],
  ])('%s', (raw, expected) => {
    expect(cleanTitle(raw, none)).toBe(expected);
  });

  it('keeps a separator that belongs to the headline when the page prints it whole', () => {
    const headline = '삼성 - LG, 가전 경쟁 본격화';
    expect(cleanTitle(`${headline} - 전자신문`, { siteNames: [], headings: [headline] })).toBe(headline);
  });

  it('strips the board and site name of a Gnuboard title', () => {
    expect(cleanTitle('AI 경쟁, 한국은 밀려나다 > 창업뉴스 | 씨앗뉴스', { siteNames: ['씨앗뉴스'], headings: [] })).toBe('AI 경쟁, 한국은 밀려나다');
  });
});

describe('bylines', () => {
  it('reads a reporter with an e-mail', () => {
    expect(readByline('홍길동 기자 gildong@example.com')).toEqual([{ name: '홍길동', role: '기자', email: 'gildong@example.com' }]);
  });

  it('reads several reporters and longer roles', () => {
    expect(readByline('김철수·이영희 기자')).toEqual([
      { name: '김철수', role: '기자' },
      { name: '이영희', role: '기자' },
    ]);
    expect(readByline('워싱턴=박민수 특파원')).toEqual([{ name: '박민수', role: '특파원' }]);
    expect(readByline('정다운 객원기자')).toEqual([{ name: '정다운', role: '객원기자' }]);
  });

  it('does not take 기자협회 or 취재 기자 for a reporter', () => {
    expect(readByline('한국기자협회는 성명을 냈다')).toEqual([]);
    expect(readByline('취재 기자')).toEqual([]);
  });

  it.each([
    ['(서울=연합뉴스) 홍길동 기자 = 정부가 3일 발표했다.', '정부가 3일 발표했다.', '홍길동'],
    ['[서울=뉴시스]홍길동 기자 = 정부가 3일 발표했다.', '정부가 3일 발표했다.', '홍길동'],
    ['[헤럴드경제=한지원 기자] 경찰이 나섰다.', '경찰이 나섰다.', '한지원'],
    ['(세종=뉴스1) 김철수 기자 = 기획재정부는 밝혔다.', '기획재정부는 밝혔다.', '김철수'],
  ])('cuts the dateline of %s', (paragraph, rest, name) => {
    const cut = cutDateline(paragraph);
    expect(cut?.rest).toBe(rest);
    expect(cut?.authors.map((a) => a.name)).toEqual([name]);
  });

  it('leaves a paragraph without a dateline alone', () => {
    expect(cutDateline('정부가 3일 (현지시간) 발표했다.')).toBeUndefined();
  });

  it('reads author values of meta tags', () => {
    expect(readAuthorValue('홍길동 기자')).toEqual([{ name: '홍길동', role: '기자' }]);
    expect(readAuthorValue('https://www.example.com/reporter/1')).toEqual([]);
    expect(readAuthorValue('홍길동')).toEqual([{ name: '홍길동' }]);
  });
});

describe('readJsonLd', () => {
  it('finds a NewsArticle inside @graph among other blocks', () => {
    const blocks = [
      '{"@context":"https://schema.org","@type":"WebSite","name":"예시일보"}',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'BreadcrumbList' },
          {
            '@type': ['NewsArticle'],
            headline: '제목',
            datePublished: '2023-08-03T10:12:00+09:00',
            author: [{ '@type': 'Person', name: '홍길동 기자' }, { '@type': 'Person', name: '김철수' }],
            publisher: { '@type': 'Organization', name: '예시일보' },
            keywords: '반도체, 수출',
            articleSection: '경제',
          },
        ],
      }),
    ];
    const { article, invalid } = readJsonLd(blocks);
    expect(invalid).toBe(0);
    expect(article).toMatchObject({
      headline: '제목',
      datePublished: '2023-08-03T10:12:00+09:00',
      authors: ['홍길동 기자', '김철수'],
      publisher: '예시일보',
      keywords: ['반도체', '수출'],
      section: '경제',
    });
  });

  it('counts invalid blocks and survives prototype keys', () => {
    const { article, invalid } = readJsonLd(['{not json', '{"@type":"NewsArticle","__proto__":{"polluted":1},"headline":"제목"}']);
    expect(invalid).toBe(1);
    expect(article?.headline).toBe('제목');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts raw newlines inside strings, as sites write them', () => {
    const { article } = readJsonLd(['{"@type":"NewsArticle","headline":"첫 줄\n둘째 줄"}']);
    expect(article?.headline).toBe('첫 줄 둘째 줄');
  });
});
