/**
 * The helpers that replaced regular expressions recheck called quadratic (docs/reliability.md, "ReDoS"):
 * what they return on real-looking inputs, and that a long adversarial input still gives the right
 * result (the old patterns took seconds on these; the assertions are on results, not on time).
 */
import { describe, expect, it } from 'vitest';
import { stripMarks } from '../src/events/subject.js';
import { findNameRoles, readByline } from '../src/metadata/byline.js';
import { cleanTitle, siteNameOfTitle, withoutEdgeSeparators } from '../src/metadata/title.js';
import { splitBreadcrumb, trimBreadcrumbPart } from '../src/navigation/index.js';
import { keyOf, withoutBracketed } from '../src/sites/selectorIndex.js';

describe('findNameRoles', () => {
  it.each([
    ['홍길동 기자 hong@example.co.kr', [{ names: '홍길동', role: '기자', email: 'hong@example.co.kr' }]],
    ['홍길동·김철수 기자', [{ names: '홍길동·김철수', role: '기자' }]],
    ['홍길동 기자, 김철수 기자', [{ names: '홍길동', role: '기자' }, { names: '김철수', role: '기자' }]],
    ['홍길동 한경닷컴 기자', [{ names: '홍길동', role: '기자' }]],
    ['(서울=연합뉴스) 홍길동 기자 =', [{ names: '홍길동', role: '기자' }]],
    ['경제부 이영희 기자(lee@example.com)', [{ names: '이영희', role: '기자', email: 'lee@example.com' }]],
    // A match may start inside a word, as the unanchored pattern's did: the longest name that fits.
    ['사회부홍길동 기자', [{ names: '부홍길동', role: '기자' }]],
    ['정부는 3일 새 정책을 발표했다.', []],
  ])('%s', (line, expected) => {
    expect(findNameRoles(line)).toEqual(expected);
  });

  it('keeps readByline as it was', () => {
    expect(readByline('홍길동 기자 hong@example.co.kr')).toEqual([{ name: '홍길동', role: '기자', email: 'hong@example.co.kr' }]);
    expect(readByline('홍길동 기자, 김철수 특파원')).toEqual([
      { name: '홍길동', role: '기자' },
      { name: '김철수', role: '특파원' },
    ]);
  });

  it('reads long adversarial lines', () => {
    // A list of names with no role after it: the old pattern walked it again from each name.
    expect(findNameRoles('영제,특'.repeat(25_000))).toEqual([]);
    expect(findNameRoles('가나다라마,'.repeat(20_000))).toEqual([]);
    // A list of 30,001 names that ends in a role is one match.
    expect(findNameRoles(`${'홍길동·'.repeat(30_000)}홍길동 기자`)).toEqual([{ names: `${'홍길동·'.repeat(30_000)}홍길동`, role: '기자' }]);
    // An e-mail that never gets its @.
    expect(findNameRoles(`홍길동 기자 ${'a'.repeat(50_000)}`)).toEqual([{ names: '홍길동', role: '기자' }]);
    expect(findNameRoles('홍길동 기자 '.repeat(20_000))).toHaveLength(20_000);
  });
});

describe('withoutEdgeSeparators', () => {
  it.each([
    [' | 매일경제 ', '매일경제'],
    ['- 매일경제 |', '매일경제'],
    ['매일경제', '매일경제'],
    ['> 창업뉴스 | 씨앗뉴스', '창업뉴스 | 씨앗뉴스'],
    ['| - 매일경제', '- 매일경제'],
    [' - ', ''],
  ])('%s', (part, expected) => {
    expect(withoutEdgeSeparators(part)).toBe(expected);
  });

  it('reads long adversarial parts', () => {
    expect(withoutEdgeSeparators(`${' '.repeat(100_000)}-`)).toBe('');
    expect(withoutEdgeSeparators(`매일경제${' '.repeat(100_000)}`)).toBe('매일경제');
    expect(withoutEdgeSeparators('|'.repeat(100_000))).toBe('|'.repeat(99_998));
  });

  it('keeps the title functions as they were', () => {
    expect(cleanTitle('삼성전자 2분기 실적 발표 - 매일경제', { siteNames: [], headings: [] })).toBe('삼성전자 2분기 실적 발표');
    expect(cleanTitle('삼성전자 2분기 실적 발표-산업ㅣ매일경제', { siteNames: [], headings: [] })).toBe('삼성전자 2분기 실적 발표');
    expect(cleanTitle('삼성전자 2분기 실적 발표 – 우리신문', { siteNames: ['우리신문'], headings: [] })).toBe('삼성전자 2분기 실적 발표');
    expect(siteNameOfTitle('삼성전자 2분기 실적 발표 > 경제 | 우리신문', '삼성전자 2분기 실적 발표')).toBe('우리신문');
    expect(siteNameOfTitle(`삼성전자 2분기 실적 발표${' '.repeat(100_000)}|${' '.repeat(100_000)}우리신문`, '삼성전자 2분기 실적 발표')).toBe('우리신문');
  });
});

describe('breadcrumbs', () => {
  it('splits at the separators and trims the parts', () => {
    expect(splitBreadcrumb('홈 > 경제 > 산업')).toEqual(['홈', '경제', '산업']);
    expect(splitBreadcrumb('홈 › 정치 › 국회')).toEqual(['홈', '정치', '국회']);
    expect(splitBreadcrumb('뉴스 | 사회 |')).toEqual(['뉴스', '사회', '']);
    expect(splitBreadcrumb('경제')).toEqual(['경제']);
  });

  it('trims spaces and separators at both ends of a part', () => {
    expect(trimBreadcrumbPart(' > 경제 ')).toBe('경제');
    expect(trimBreadcrumbPart('> 산업 > ')).toBe('산업');
    expect(trimBreadcrumbPart('경제 > 산업')).toBe('경제 > 산업');
    expect(trimBreadcrumbPart(' >> ')).toBe('');
  });

  it('reads long adversarial text', () => {
    expect(splitBreadcrumb(`홈${' '.repeat(100_000)}>${' '.repeat(100_000)}경제`)).toEqual(['홈', '경제']);
    expect(splitBreadcrumb(`홈${' '.repeat(100_000)}경제`)).toEqual([`홈${' '.repeat(100_000)}경제`]);
    expect(trimBreadcrumbPart(`경제${'> '.repeat(50_000)}`)).toBe('경제');
  });
});

describe('stripMarks', () => {
  it.each([
    ['“정부는', '정부는'],
    ['(시는)!', '시는'],
    ['"삼성전자가"', '삼성전자가'],
    ['「위원회는」,', '위원회는'],
    ['정부는', '정부는'],
    ['…정부는', '…정부는'],
  ])('%s', (token, expected) => {
    expect(stripMarks(token)).toBe(expected);
  });

  it('reads long adversarial tokens', () => {
    expect(stripMarks(`${'"'.repeat(50_000)}정부는${'!'.repeat(50_000)}`)).toBe('정부는');
    expect(stripMarks(`${'!'.repeat(100_000)}가`)).toBe(`${'!'.repeat(100_000)}가`);
    expect(stripMarks('.'.repeat(100_000))).toBe('');
  });
});

describe('withoutBracketed', () => {
  it.each([
    ['a.link[href*="news"]:not(.ad)', 'a.link:not'],
    ['div#article_body', 'div#article_body'],
    ['p:nth-child(2)', 'p:nth-child'],
    ['a[href', 'a[href'],
  ])('%s', (compound, expected) => {
    expect(withoutBracketed(compound)).toBe(expected);
  });

  it('keeps keyOf as it was', () => {
    expect(keyOf('div.article_view > p:not([class])')).toBe('p');
    expect(keyOf('#articleBodyContents')).toBe('#articleBodyContents');
    expect(keyOf('[itemprop="articleBody"]')).toBe('*');
  });

  it('reads long adversarial selectors', () => {
    expect(withoutBracketed('['.repeat(100_000))).toBe('['.repeat(100_000));
    expect(withoutBracketed(`${'('.repeat(50_000)})`)).toBe('');
    expect(withoutBracketed(`a${'[b'.repeat(50_000)}`)).toBe(`a${'[b'.repeat(50_000)}`);
  });
});
