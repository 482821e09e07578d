// Pages whose markup does not say which text is the headline, the date or the reporter: what the
// generic reader reads from how the page prints them. Each expectation is written from the page.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { cleanTitle, siteNameOfBareTitle } from '../../src/metadata/title.js';
import { findDateLine, findLabelledDates } from '../../src/dates/datetime.js';
import { cutDateline, isBylineOnly, isPersonName, readByline } from '../../src/metadata/byline.js';

const BODY = ['가람군이 읍내 오일장 터에 비가림 지붕을 씌우는 공사를 다음 달 시작한다고 4일 밝혔다.', '공사비는 군비 12억원이며, 장터 1,800㎡ 가운데 상설 점포가 모인 구역부터 지붕을 올린다.', '상인회장 문덕수(66)씨는 "비 오는 장날마다 손님이 절반으로 줄었다"고 말했다.'];
const body = BODY.map((p) => `${p}<br><br>`).join('\n');

/** A 2000s table layout: the headline only in a <font>, the <title> only the site's name. */
function tablePage(headline: string, extra = ''): string {
  return `<html><head><title>:: 가람신문 - 가람 사람들의 이야기 ::</title></head><body>
<table width="900"><tr><td width="160"><a href="/">처음으로</a><br><a href="/news/list.php?s=1">지역소식</a><br><a href="/news/list.php?s=2">오피니언</a></td>
<td width="740"><table width="100%">
<tr><td><font size="2" color="#999999">HOME &gt; 지역소식</font></td></tr>
<tr><td style="padding:10px 0">${headline}</td></tr>
${extra}
<tr><td align="right"><font size="2">[2006-06-04 오후 4:05:12]</font></td></tr>
<tr><td class="article">${body}
/최은솔 기자
</td></tr></table></td></tr></table></body></html>`;
}

describe('the headline as printed', () => {
  it.each([
    ['<font size="4"><b>가람 오일장, 비 맞지 않는 장터 된다</b></font>'],
    ['<b><font style="font-size:20px">가람 오일장, 비 맞지 않는 장터 된다</font></b>'],
    ['<div class="view_subject">가람 오일장, 비 맞지 않는 장터 된다</div>'],
    ['<span style="font-weight:bold; font-size:15pt">가람 오일장, 비 맞지 않는 장터 된다</span>'],
  ])('is read from %s when <title> is only the site', (markup) => {
    const article = parseArticle(tablePage(markup));
    expect(article.title).toBe('가람 오일장, 비 맞지 않는 장터 된다');
    expect(article.publisher).toBe('가람신문');
    expect(article.paragraphs.map((p) => p.text)).toEqual(BODY);
  });

  it('takes the grey line under it as the deck, and neither line reaches the body', () => {
    const deck = '<tr><td><font color="#666666"><b>- 다음 달 착공, 상설 점포 구역부터 지붕 올려</b></font></td></tr>';
    const article = parseArticle(tablePage('<font size="4"><b>가람 오일장, 비 맞지 않는 장터 된다</b></font>', deck));
    expect(article.subtitle).toBe('- 다음 달 착공, 상설 점포 구역부터 지붕 올려');
    expect(article.body).not.toContain('비 맞지 않는');
  });

  it('reads the unlabelled date line and the closing /name 기자 line', () => {
    const article = parseArticle(tablePage('<font size="4"><b>가람 오일장, 비 맞지 않는 장터 된다</b></font>'));
    expect(article.publishedAt).toBe('2006-06-04T16:05:12+09:00');
    expect(article.authors).toEqual([{ name: '최은솔', role: '기자' }]);
    expect(article.removed.map((r) => r.text)).toContain('/최은솔 기자');
  });

  it('is not a bold menu link or a box title', () => {
    const article = parseArticle(tablePage('<a href="/news/list.php?s=9"><b><font size="4">포토뉴스 더보기</font></b></a>'));
    expect(article.title).toBe('가람신문 - 가람 사람들의 이야기');
  });
});

describe('<title> with the section and the site around the headline', () => {
  const clean = (raw: string, headings: string[] = [], siteNames: string[] = []): string => cleanTitle(raw, { siteNames, headings });
  it.each([
    ['지역소식 > 가람 오일장, 비 맞지 않는 장터 된다 | 가람신문', '가람 오일장, 비 맞지 않는 장터 된다'],
    ['[가람신문] 가람 오일장, 비 맞지 않는 장터 된다', '가람 오일장, 비 맞지 않는 장터 된다'],
    ['가람 오일장, 비 맞지 않는 장터 된다 < 지역 < 기사본문 - 가람신문', '가람 오일장, 비 맞지 않는 장터 된다'],
    ['가람 오일장, 비 맞지 않는 장터 된다 ‹ 사회 ‹ 기사본문 - 가람일보', '가람 오일장, 비 맞지 않는 장터 된다'],
    ['경제 > 가람 오일장, 비 맞지 않는 장터 된다', '가람 오일장, 비 맞지 않는 장터 된다'],
  ])('%s', (raw, expected) => {
    expect(clean(raw)).toBe(expected);
  });

  it('keeps a headline tag in brackets and a headline that only looks like a path', () => {
    expect(clean('[단독] 가람군, 오일장 지붕 공사 다음 달 착공')).toBe('[단독] 가람군, 오일장 지붕 공사 다음 달 착공');
    expect(clean('[속보] 가람군 집중호우 경보 발령 - 가람신문')).toBe('[속보] 가람군 집중호우 경보 발령');
  });

  it('takes the run of parts the page prints, not the whole title, when the page prints both', () => {
    const raw = '가람 오일장, 비 맞지 않는 장터 된다 > 지역소식 | 가람신문';
    expect(clean(raw, ['가람 오일장, 비 맞지 않는 장터 된다 > 지역소식', '가람 오일장, 비 맞지 않는 장터 된다'])).toBe('가람 오일장, 비 맞지 않는 장터 된다');
  });

  it('names the site of a decorated <title>', () => {
    expect(siteNameOfBareTitle('▒ 해돋이신문 ▒')).toBe('해돋이신문');
    expect(siteNameOfBareTitle(':: 주간가람 - 가람 사람들의 이야기 ::')).toBe('주간가람');
  });
});

describe('date lines without a label', () => {
  it.each([
    ['2023/08/03 14:21', '2023-08-03T14:21:00+09:00'],
    ['[2023-08-03 오후 2:21:05]', '2023-08-03T14:21:05+09:00'],
    ['2010년 04월 06일 (화) 10:03:11', '2010-04-06T10:03:11+09:00'],
    ['(2019.11.02)', '2019-11-02'],
  ])('%s', (line, iso) => {
    expect(findDateLine(line)).toEqual({ iso });
  });

  it('are not a sentence, a two-digit year or a line with other words', () => {
    expect(findDateLine('2023-08-03 가람군 소식')).toBeUndefined();
    expect(findDateLine('23.08.03 14:21')).toBeUndefined();
    expect(findDateLine('가람군은 2023년 8월 3일 조례를 공포했다.')).toBeUndefined();
  });

  it('English and Korean labels: Posted, 등록일, Updated', () => {
    expect(findLabelledDates('Posted : 2016-03-29').map((d) => [d.field, d.reading])).toEqual([['published', { iso: '2016-03-29' }]]);
    expect(findLabelledDates('등록일 : 2023.08.03 | Updated 2023.08.04 09:00').map((d) => d.field)).toEqual(['published', 'modified']);
    // "Date" inside a word is no label.
    expect(findLabelledDates('Update2023-08-03')).toEqual([]);
  });
});

describe('bylines and author fields', () => {
  it.each([
    ['/홍길동 기자', true],
    ['글·사진 홍길동 기자', true],
    ['가람신문 홍길동 기자', true],
    ['홍길동·김영희 기자 gildong@example.kr', true],
    ['홍길동 기자가 만난 사람들', false],
    ['후원하기 마을기자 모집', false],
  ])('%s is a byline line: %s', (line, expected) => {
    expect(isBylineOnly(line)).toBe(expected);
  });

  it('reads citizen reporters and no menu words as names', () => {
    expect(readByline('민하늘 마을기자 sky@example.kr')).toEqual([{ name: '민하늘', role: '마을기자', email: 'sky@example.kr' }]);
    expect(readByline('후원하기 마을기자 모집')).toEqual([]);
    expect(readByline('시민기자 신청')).toEqual([]);
  });

  it('cuts an outlet dateline without "="', () => {
    expect(cutDateline('[가람신문 최은솔 기자] 가람군이 오일장 터에 지붕을 씌운다.')).toEqual({ rest: '가람군이 오일장 터에 지붕을 씌운다.', authors: [{ name: '최은솔', role: '기자' }] });
    expect(cutDateline('[가람일보] 가람군이 오일장 터에 지붕을 씌우는 공사를 시작한다.')?.authors).toEqual([]);
    expect(cutDateline('[단독] 가람군이 오일장 터에 지붕을 씌운다.')).toBeUndefined();
  });

  it('a person, not the outlet, a wire, a desk or a code', () => {
    expect(isPersonName('최은솔', ['가람신문'])).toBe(true);
    expect(isPersonName('Jane Kim', [])).toBe(true);
    expect(isPersonName('김민국', [])).toBe(true);
    for (const name of ['가람신문', 'YONHAP', '연합뉴스', '디지털뉴스부', '온라인뉴스팀', 'Reuters']) expect(isPersonName(name, ['가람신문'])).toBe(false);
  });

  it('never from a widget meta over a byline, an Organization author or a placeholder slot', () => {
    const page = (head: string, byline: string): string =>
      `<html><head><title>가람 오일장 지붕 공사 - 가람일보</title>${head}</head><body><h1>가람 오일장 지붕 공사</h1><div class="info">${byline}</div><div class="article_txt"><p>${BODY.join('</p><p>')}</p></div></body></html>`;
    expect(parseArticle(page('<meta property="dable:author" content="YONHAP">', '<span class="writer">최은솔 기자</span>')).authors.map((a) => a.name)).toEqual(['최은솔']);
    expect(parseArticle(page('<meta property="dable:author" content="YONHAP">', '')).authors).toEqual([]);
    const org = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"가람 오일장 지붕 공사","author":{"@type":"Organization","name":"가람일보"}}</script><meta name="author" content="가람일보">';
    expect(parseArticle(page(org, '<span class="writer">기자명</span> <a href="mailto:"></a>')).authors).toEqual([]);
  });
});
