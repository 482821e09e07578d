// Chrome that Korean pages print inside or beside the article, on pages no site rule covers.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { matchBoilerplate } from '../../src/dedupe/boilerplate.js';

const P = [
  '해솔시가 폐선된 철길 4.2㎞를 산책로로 바꾸는 공사를 마치고 18일 시민에게 개방했다.',
  '산책로에는 옛 간이역 두 곳을 고친 쉼터와 야간 조명 300여 개가 들어섰다. 자전거 도로도 나란히 놓였다.',
  '시는 사업비 64억원 가운데 절반을 국비로 충당했다고 설명했다.',
  '산책로 인근 주민 여은채(52)씨는 "밤에도 안심하고 걸을 수 있게 됐다"고 말했다.',
];
const paragraphs = P.map((p) => `<p>${p}</p>`).join('\n');
const page = (inside: string, around = ''): string =>
  `<html><head><meta charset="utf-8"><title>폐철길, 4.2㎞ 산책로로 - 해솔일보</title></head><body><header><a href="/">해솔일보</a></header>
<h1>폐철길, 4.2㎞ 산책로로</h1>${around}<div class="news_body">${inside}</div><footer>ⓒ 해솔일보</footer></body></html>`;
const bodyOf = (html: string): string[] => parseArticle(html).paragraphs.map((p) => p.text);

describe('chrome inside the article container', () => {
  it.each([
    ['a caption with a wire credit as the first paragraph', `<p>18일 해솔시 옛 철길 산책로에서 시민들이 걷고 있다. 2024.5.18/뉴스1</p>${paragraphs}`],
    ['a caption with (사진=… 제공)', `${paragraphs}<p>옛 간이역을 고친 쉼터 모습. (사진=해솔시 제공)</p>`],
    ['a photo box with its caption after a <br>', `<div style="text-align:center"><img src="/p/1.jpg"><br><font color="gray">▲ 옛 간이역 쉼터</font></div>${paragraphs}`],
    ['a lone wire credit under a photo', `<figure><img src="/p/1.jpg"></figure><p>연합뉴스</p>${paragraphs}`],
    ['a republication note', `${paragraphs}<p>본 기사는 해솔일보 모바일 단말기에서 작성돼 송고된 기사입니다</p>`],
    ['a closing byline with credit words', `${paragraphs}<p>글·사진 남궁하람 기자</p>`],
    ['an ad slot label', `${paragraphs.replace('</p>\n', '</p><div class="dfp"><span>AD</span></div>\n')}`],
    ['a 관련기사 box with teasers before the first paragraph', `<div class="rel_box"><strong>관련기사</strong><ul><li><a href="/n/1">해솔시 철길 공원 설계 공모</a><span>시가 폐선 부지를 공원으로 만든다. 설계 공모를 연다.</span></li><li><a href="/n/2">간이역 두 곳 문화재 지정 추진</a><span>옛 역사가 등록문화재 후보에 올랐다.</span></li></ul></div>${paragraphs}`],
  ])('%s stays out of the body', (_, inside) => {
    expect(bodyOf(page(inside))).toEqual(P);
  });

  it('keeps a photo that sits inline at the start of a paragraph with the paragraph', () => {
    const inside = `<p><img src="/p/1.jpg">${P[0]}</p>${P.slice(1).map((p) => `<p>${p}</p>`).join('')}`;
    expect(bodyOf(page(inside))).toEqual(P);
  });

  it('drops the deck printed again at the top of the body, and reports it', () => {
    const around = '<h2 class="subtitle">국비 절반 충당…야간 조명 300개</h2>';
    const article = parseArticle(page(`<p><strong>국비 절반 충당…야간 조명 300개</strong></p>${paragraphs}`, around));
    expect(article.subtitle).toBe('국비 절반 충당…야간 조명 300개');
    expect(article.paragraphs.map((p) => p.text)).toEqual(P);
    expect(article.removed).toContainEqual({ text: '국비 절반 충당…야간 조명 300개', reason: 'subtitle-echo' });
  });
});

describe('boxes beside the article', () => {
  it('a most-read list with teasers longer than the article does not outweigh it', () => {
    const teasers = Array.from({ length: 10 }, (_, i) => `<li><a href="/n/${i}">해솔시 ${i + 1}번째 많이 본 기사 제목이다</a><p>이 기사는 많이 읽혔다. 요약 문장이 두 개 붙어 있다. 세 번째 문장도 있다.</p></li>`).join('');
    const html = page(paragraphs, `<aside class="popular"><h3>많이 본 뉴스</h3><ol>${teasers}</ol></aside>`);
    expect(bodyOf(html)).toEqual(P);
  });

  it('an article split into like boxes with figures between them is read whole', () => {
    const box = (ps: string[]): string => `<div data-type="text">${ps.map((p) => `<br>${p}<br>`).join('')}</div>`;
    const inside = `${box(P.slice(0, 2))}<figure><img src="/p/1.jpg"><figcaption>산책로 야간 조명 모습.</figcaption></figure>${box(P.slice(2))}`;
    expect(bodyOf(page(inside))).toEqual(P);
  });

  it('a section front gives no-body and its headlines as related links', () => {
    const items = ['해솔시 철길 공원 설계 공모 연다', '간이역 두 곳 문화재 지정 추진', '해솔천 벚꽃길 야간 개방 연장', '구도심 빈 점포 청년 창업 지원'].map(
      (title, i) => `<li><a href="/news/${i}">${title}</a><p>${title}는 소식이다. 자세한 내용은 기사에 있다.</p></li>`,
    );
    const article = parseArticle(`<html><head><title>지역 - 해솔일보</title></head><body><h2>지역</h2><ul class="list">${items.join('')}</ul></body></html>`, { url: 'https://www.haesol.example.kr/local' });
    expect(article.paragraphs).toEqual([]);
    expect(article.source.warnings.map((w) => w.code)).toContain('no-body');
    expect(article.navigation.related.map((link) => link.url)).toEqual([0, 1, 2, 3].map((i) => `https://www.haesol.example.kr/news/${i}`));
    expect(article.publishedAt).toBeUndefined();
  });
});

describe('boilerplate rules added for the generic reader', () => {
  it.each([
    ['14일 경북 경주시 황성공원에서 열린 행사에서 시민들이 걷고 있다. (경주=뉴스1)', 'caption-credit'],
    ['개막식 모습. /연합뉴스', 'caption-credit'],
    ['※ 이 기사는 해솔일보 지면에 게재된 기사입니다.', 'republication'],
    ['이 기사는 해솔일보 주간판에 실렸습니다.', 'republication'],
    ['뉴스1', 'wire-credit'],
    ['한솔신문 남궁하람 기자', 'byline'],
    ['광고', 'ad-label'],
  ])('%s → %s', (line, rule) => {
    expect(matchBoilerplate(line)).toBe(rule);
  });

  it.each([
    '시는 이날 연합뉴스와의 통화에서 공사를 마쳤다고 밝혔다.',
    '그는 "광고 일을 20년 했다"고 말했다.',
    '이 기사는 독자 여러분의 제보로 시작됐다. 해솔시는 곧바로 조사에 나섰다.',
  ])('%s stays body', (line) => {
    expect(matchBoilerplate(line)).toBeUndefined();
  });
});
