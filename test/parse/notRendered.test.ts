// Text a browser (scripting on, no plugins) never shows never reaches an Article.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

const ARTICLE = '<h1>시의회, 통학로 조례 가결</h1><div class="article_body"><p>시의회가 17일 본회의를 열고 어린이 통학로 정비 조례안을 가결했다.</p><p>조례는 다음 달 1일부터 시행된다. 시는 예산 12억원을 들인다.</p></div>';
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('elements a browser does not render', () => {
  it.each([
    ['noembed', '<noembed><p>보이지 않는 대체 문단이다.</p></noembed>'],
    ['noframes', '<noframes><p>보이지 않는 대체 문단이다.</p></noframes>'],
    ['noscript in body', '<noscript><p>보이지 않는 대체 문단이다.</p></noscript>'],
    ['iframe fallback', '<iframe src="/ad.html"><p>보이지 않는 대체 문단이다.</p></iframe>'],
    ['object fallback', '<object data="/a.swf"><p>보이지 않는 대체 문단이다.</p><embed src="/a.swf"></object>'],
    ['template', '<template><p>보이지 않는 대체 문단이다.</p></template>'],
    ['xmp', '<xmp><p>보이지 않는 대체 문단이다.</p></xmp>'],
  ])('%s: its text and markup reach no field', (_, fallback) => {
    const article = parseArticle(`<html><head><title>시의회, 통학로 조례 가결</title></head><body>${ARTICLE.replace('</p><p>', `</p>${fallback}<p>`)}</body></html>`);
    for (const text of strings(article)) {
      expect(text).not.toContain('보이지 않는');
      expect(text).not.toContain('<p>');
    }
    expect(article.paragraphs).toHaveLength(2);
  });

  it('noscript in head: its paragraph and heading stay out (parsed with scripting on)', () => {
    const article = parseArticle(`<html><head><title>시의회, 통학로 조례 가결</title><noscript><p>자바스크립트를 켜세요.</p><h1>다른 제목</h1></noscript></head><body>${ARTICLE}</body></html>`);
    expect(article.title).toBe('시의회, 통학로 조례 가결');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['시의회가 17일 본회의를 열고 어린이 통학로 정비 조례안을 가결했다.', '조례는 다음 달 1일부터 시행된다. 시는 예산 12억원을 들인다.']);
    for (const text of strings(article)) expect(text).not.toContain('자바스크립트');
  });
});
