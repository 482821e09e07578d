import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleText } from '../src/index.js';
import type { Article } from '../src/index.js';

// The project's seed page, bundled as fixtures: its visible text and our Gnuboard 5 rendering of it.
const text = readFileSync(new URL('../fixtures/seed/text/source.txt', import.meta.url), 'utf8');
const html = new Uint8Array(readFileSync(new URL('../fixtures/seed/gnuboard/source.html', import.meta.url)));

const TITLE = '인공지능(AI) 관련 빅테크 업계의 속도 경쟁, 한국은 밀려나다';
const SUBTITLE = 'AI 업계에서 벌어진 굵직한 일들, 한국은 밀려나다';
const CHROME = ['추천', '비추천', '이전글', '다음글', '파나소닉', 'IAA모빌리티', '김홍*', '신영*', '김한*', '이게 나라냐', '핀테크 위크', '창업뉴스라고 왔더니', '등록된 댓글이 없습니다'];

describe.each([
  ['as text', (): Article => parseArticleText(text)],
  ['as Gnuboard HTML', (): Article => parseArticle(html)],
])('the seed page %s', (_, read) => {
  const article = read();

  it('has the title and subtitle', () => {
    expect(article.title).toBe(TITLE);
    expect(article.subtitle).toBe(SUBTITLE);
  });

  it('has the article in the body, starting with its first sentence', () => {
    expect(article.paragraphs[0]?.text.startsWith('메타가 7월 6일에 새 사회관계망서비스(SNS) 스레드를 출시했다.')).toBe(true);
    expect(article.body).toContain('지난해 11월 오픈AI가 챗GPT를 내놓은 이후로');
    expect(article.body).toContain('한국은 자체 기술력을 향상시키고 글로벌 시장에서 선도하는 역할을 해야 할 것이다.');
    expect(article.paragraphs.every((p) => p.kind === 'paragraph')).toBe(true);
    expect(article.body).toBe(article.paragraphs.map((p) => p.text).join('\n\n'));
  });

  it('keeps votes, navigation and comments out of the body', () => {
    for (const chrome of CHROME) expect(article.body).not.toContain(chrome);
    expect(article.body).not.toContain(TITLE);
    expect(article.body).not.toContain(SUBTITLE);
  });

  it('holds every body paragraph of the page text', () => {
    const pageLines = new Set(text.split('\n').map((line) => line.trim()));
    for (const paragraph of article.paragraphs) expect(pageLines.has(paragraph.text)).toBe(true);
  });
});
