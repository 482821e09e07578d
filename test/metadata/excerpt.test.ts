// The excerpt and where it comes from; where publishedAt comes from.
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleText } from '../../src/index.js';
import { MAX_EXCERPT_LENGTH, readExcerpt } from '../../src/metadata/excerpt.js';
import { listFixtures, loadFixture } from '../../src/fixtures/index.js';

const BODY = '<p>시의회가 17일 본회의를 열고 어린이 통학로 정비 조례안을 가결했다. 조례는 다음 달 1일부터 시행된다.</p><p>시는 예산 12억원을 들여 통학로 34곳의 보도를 넓히고 과속 단속 카메라를 설치한다.</p>';
const page = (head: string, top = ''): string =>
  `<html><head><title>시의회, 통학로 조례 가결 - 한빛일보</title><meta property="og:site_name" content="한빛일보">${head}</head><body><article><h1>시의회, 통학로 조례 가결</h1>${top}<div class="article_body">${BODY}</div></article></body></html>`;

describe('excerpt', () => {
  it("is the page's description, without the site's name and the dateline", () => {
    const article = parseArticle(page('<meta property="og:description" content="(서울=연합뉴스) 홍길동 기자 = 시의회가 17일 어린이 통학로 정비 조례안을 가결했다. - 한빛일보">'));
    expect(article.excerpt).toBe('시의회가 17일 어린이 통학로 정비 조례안을 가결했다.');
    expect(article.excerptSource).toBe('meta');
  });

  it("is JSON-LD's description when there is no meta description", () => {
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: '시의회, 통학로 조례 가결', description: '[한빛일보] 통학로 정비 조례안이 시의회 본회의를 통과했다.' });
    const article = parseArticle(page(`<script type="application/ld+json">${jsonLd}</script>`));
    expect(article.excerpt).toBe('통학로 정비 조례안이 시의회 본회의를 통과했다.');
    expect(article.excerptSource).toBe('jsonld');
  });

  it("passes over the site's own description (it does not talk about the article) for the deck", () => {
    const article = parseArticle(page('<meta name="description" content="한빛일보는 바다와 포구 사람들의 이야기를 전하는 지역신문입니다.">', '<h2 class="subtitle">통학로 34곳 보도 넓히고 단속 카메라 설치</h2>'));
    expect(article.excerpt).toBe('통학로 34곳 보도 넓히고 단속 카메라 설치');
    expect(article.excerptSource).toBe('deck');
  });

  it("is the body's first sentences when the page has no summary", () => {
    const article = parseArticle(page(''));
    expect(article.excerpt).toBe('시의회가 17일 본회의를 열고 어린이 통학로 정비 조례안을 가결했다. 조례는 다음 달 1일부터 시행된다.');
    expect(article.excerptSource).toBe('body');
  });

  it(`is at most ${MAX_EXCERPT_LENGTH} characters, cut at a word with …`, () => {
    const long = '시의회가 어린이 통학로 정비 조례안을 가결했다 '.repeat(20);
    const excerpt = parseArticle(page(`<meta name="description" content="${long}">`)).excerpt ?? '';
    expect(excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
  });

  it('keeps a description when there is no body to compare it with', () => {
    expect(readExcerpt({ meta: '(서울=연합뉴스) 홍길동 기자 = 시의회가 조례를 가결했다. - 한빛일보', siteNames: ['한빛일보'], title: '제목', paragraphs: [] })).toEqual({ text: '시의회가 조례를 가결했다.', source: 'meta' });
  });

  it('is absent, with its source, when there is neither a summary nor a body', () => {
    const article = parseArticle('<html><head><title>빈 페이지</title></head><body></body></html>');
    expect('excerpt' in article).toBe(false);
    expect('excerptSource' in article).toBe(false);
  });

  it('of a text page: the deck, else the first sentences', () => {
    expect(parseArticleText('시의회, 통학로 조례 가결\n시의회가 17일 본회의를 열고 조례안을 가결했다. 조례는 다음 달 시행된다.').excerptSource).toBe('body');
  });
});

describe('publishedAtSource', () => {
  it('names the source the date was read from, in the order they are tried', () => {
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: '시의회, 통학로 조례 가결', datePublished: '2024-03-05T09:10:00+09:00' })}</script>`;
    const meta = '<meta property="article:published_time" content="2024-03-06T09:10:00+09:00">';
    expect(parseArticle(page(jsonLd + meta))).toMatchObject({ publishedAt: '2024-03-05T09:10:00+09:00', publishedAtSource: 'jsonld' });
    expect(parseArticle(page(meta))).toMatchObject({ publishedAt: '2024-03-06T09:10:00+09:00', publishedAtSource: 'meta' });
    expect(parseArticle(page('', '<p class="date">입력 2024.03.07 10:12</p>'))).toMatchObject({ publishedAt: '2024-03-07T10:12:00+09:00', publishedAtSource: 'page' });
  });

  it('says neighbours exactly when the day was inferred from the previous and next articles, and is absent without a date', () => {
    let inferred = 0;
    for (const name of listFixtures()) {
      const article = loadFixture(name).expected;
      const warned = article.source.warnings.some((w) => w.code === 'date-inferred-from-navigation');
      expect(article.publishedAtSource === 'neighbours', name).toBe(warned);
      expect(article.publishedAtSource !== undefined, name).toBe(article.publishedAt !== undefined);
      if (warned) inferred++;
    }
    expect(inferred).toBeGreaterThanOrEqual(1); // the seed page and a board fixture carry no date of their own
    const none = parseArticle(page(''));
    expect('publishedAt' in none).toBe(false);
    expect('publishedAtSource' in none).toBe(false);
  });
});
