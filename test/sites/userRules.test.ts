import { describe, expect, it } from 'vitest';
import { parseArticle, SinmunError } from '../../src/index.js';
import type { SiteRule } from '../../src/index.js';

// A small weekly's article page in its own markup: a rule-less reader has to guess which of the
// two boxes is the article; the rule says it.
const PAGE = `<html><head><meta charset="utf-8"><title>주간한빛</title></head><body>
<table><tr><td class="left_menu"><a href="/">처음으로</a> <a href="/news">지역소식</a></td><td>
<table class="view"><tr><td class="v_tit">한빛읍 장터, 50년 만에 지붕 씌운다</td></tr>
<tr><td class="v_info">입력 2021-04-06 09:12 | <span class="v_name">오세린</span></td></tr>
<tr><td class="v_txt">
한빛읍 오일장 터에 비와 눈을 막는 지붕이 들어선다. 장이 선 지 50년 만이다.<br><br>
읍은 올해 9월까지 장터 2,400㎡에 철골 지붕을 올리고 바닥을 새로 깐다고 6일 밝혔다.<br><br>
상인회는 "궂은 날에도 장을 열 수 있게 됐다"고 반겼다.
</td></tr></table>
<div class="v_aside">장터 지붕 공사 기간에는 임시 장터가 읍사무소 앞 주차장에 선다. 장날은 그대로 4일과 9일이다. 이 안내는 공사 기간에만 적용된다.</div>
</td></tr></table></body></html>`;

const RULE: SiteRule = {
  name: 'hanbit-weekly',
  detect: { hosts: ['hanbit-weekly.example.kr'] },
  publisher: '주간한빛',
  title: ['td.v_tit'],
  body: ['td.v_txt'],
  authors: ['span.v_name'],
  published: ['td.v_info'],
};
const URL = 'http://www.hanbit-weekly.example.kr/news/view.php?no=812';

function invalid(siteRules: unknown): string {
  try {
    parseArticle(PAGE, { url: URL, siteRules: siteRules as SiteRule[] });
  } catch (error) {
    expect(error).toBeInstanceOf(SinmunError);
    expect((error as SinmunError).code).toBe('invalid-option');
    return (error as Error).message;
  }
  throw new Error('expected a SinmunError');
}

describe('ParseOptions.siteRules: a user rule', () => {
  it('is used for its host, before the generic reader, with every field it names', () => {
    const article = parseArticle(PAGE, { url: URL, siteRules: [RULE] });
    expect(article.source.family).toBe('hanbit-weekly');
    expect(article.title).toBe('한빛읍 장터, 50년 만에 지붕 씌운다');
    expect(article.publisher).toBe('주간한빛');
    expect(article.authors.map((a) => a.name)).toEqual(['오세린']);
    expect(article.publishedAt).toBe('2021-04-06T09:12:00+09:00');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '한빛읍 오일장 터에 비와 눈을 막는 지붕이 들어선다. 장이 선 지 50년 만이다.',
      '읍은 올해 9월까지 장터 2,400㎡에 철골 지붕을 올리고 바닥을 새로 깐다고 6일 밝혔다.',
      '상인회는 "궂은 날에도 장을 열 수 있게 됐다"고 반겼다.',
    ]);
  });

  it('works as plain JSON: the generator as a string pattern, markers as selectors', () => {
    const json = JSON.parse(JSON.stringify({ ...RULE, detect: { markers: ['table.view td.v_txt'] } })) as SiteRule;
    expect(parseArticle(PAGE, { siteRules: [json] }).source.family).toBe('hanbit-weekly');
    const byGenerator: SiteRule = { ...RULE, detect: { generator: 'hanbit ?cms' } };
    const page = PAGE.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="generator" content="Hanbit CMS 2.1">');
    expect(parseArticle(page, { siteRules: [byGenerator] }).source.family).toBe('hanbit-weekly');
  });

  it('is tried before the built-in rules, which still apply to other pages', () => {
    const gnuboardPage = '<html><head><title>글</title></head><body><div id="bo_v_title"><span class="bo_v_tit">게시판 글</span></div><div id="bo_v_con"><p>게시판 본문 첫 문단이다. 충분히 긴 문장으로 쓴다.</p></div></body></html>';
    expect(parseArticle(gnuboardPage).source.family).toBe('gnuboard');
    const mine: SiteRule = { name: 'my-board', detect: { markers: ['#bo_v_con'] }, body: ['#bo_v_con'] };
    expect(parseArticle(gnuboardPage, { siteRules: [mine] }).source.family).toBe('my-board');
    expect(parseArticle(gnuboardPage, { siteRules: [RULE] }).source.family).toBe('gnuboard');
  });

  it('true and [] mean the built-in rules, false only the generic reader', () => {
    expect(parseArticle(PAGE, { url: URL, siteRules: true }).source.family).toBe('generic');
    expect(parseArticle(PAGE, { url: URL, siteRules: [] }).source.family).toBe('generic');
    const naver = 'https://n.news.naver.com/article/016/0002194334';
    expect(parseArticle(PAGE, { url: naver }).source.family).toBe('naver');
    expect(parseArticle(PAGE, { url: naver, siteRules: false }).source.family).toBe('generic');
  });

  it('is checked again when the same array is changed between calls', () => {
    const rules: SiteRule[] = [{ ...RULE }];
    expect(parseArticle(PAGE, { url: URL, siteRules: rules }).source.family).toBe('hanbit-weekly');
    (rules[0] as { body: unknown }).body = ['td.v_txt['];
    expect(() => parseArticle(PAGE, { url: URL, siteRules: rules })).toThrow(/siteRules\[0\]\.body\[0\]/);
  });
});

describe('ParseOptions.siteRules: a bad rule is a SinmunError naming the field', () => {
  it.each([
    ['not true, false or an array', 'yes', /"siteRules" must be true, false or an array/],
    ['a rule that is not an object', ['hanbit'], /siteRules\[0\] must be a rule object, got string/],
    ['a misspelt field', [{ ...RULE, bodyy: ['td'] }], /siteRules\[0\]\.bodyy is not a rule field/],
    ['a selector list that is a string', [{ ...RULE, body: 'td.v_txt' }], /siteRules\[0\]\.body must be an array of CSS selectors, got string/],
    ['a selector css-select cannot read', [{ ...RULE, authors: ['span.v_name', 'div[class'] }], /siteRules\[0\]\.authors\[1\] is not a CSS selector/],
    ['an empty selector', [{ ...RULE, title: [''] }], /siteRules\[0\]\.title\[0\] must be a non-empty CSS selector/],
    ['no way to detect the site', [{ ...RULE, detect: {} }], /siteRules\[0\]\.detect needs at least one of hosts, markers or generator/],
    ['a URL where a host belongs', [{ ...RULE, detect: { hosts: ['http://hanbit.example.kr/'] } }], /siteRules\[0\]\.detect\.hosts\[0\] must be a host name/],
    ['an unknown detection field', [{ ...RULE, detect: { host: ['hanbit.example.kr'] } }], /siteRules\[0\]\.detect\.host is not a detection field/],
    ['a generator that is not a pattern', [{ ...RULE, detect: { generator: '(unclosed' } }], /siteRules\[0\]\.detect\.generator is not a valid regular expression/],
    ['no name', [{ ...RULE, name: undefined }], /siteRules\[0\]\.name must be an id/],
    ['two rules of one name', [RULE, { ...RULE }], /siteRules\[1\]\.name "hanbit-weekly" is used by two rules/],
    ['a function where a boolean belongs', [{ ...RULE, commentsByScript: () => true }], /siteRules\[0\]\.commentsByScript must be a boolean, got function/],
  ])('%s', (_, rules, message) => {
    expect(invalid(rules)).toMatch(message);
  });
});
