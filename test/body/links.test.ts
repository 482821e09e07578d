// Links inside body paragraphs: their text, the absolute href, and offsets into the paragraph's text.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

const page = (body: string): string =>
  `<html><head><title>시의회, 통학로 조례 가결</title></head><body><article><h1>시의회, 통학로 조례 가결</h1><div class="article_body">${body}</div></article></body></html>`;

describe('paragraph links', () => {
  it('gives each link its text, absolute href and offsets (computed by hand), in order', () => {
    const article = parseArticle(
      page('<p>시의회가 17일 <a href="/news/1">본회의</a>를 열고 어린이 통학로 정비 조례안을 가결했다. 조례는 다음 달 1일부터 시행된다.</p><p>시는 예산 12억원을 들여 <b><a href="https://x.example/a">통학로 34곳</a></b>의 보도를 넓히고 <a href="c.html">과속 단속 카메라</a>를 설치한다.</p>'),
      { url: 'https://news.example/a/9' },
    );
    expect(article.paragraphs.map((p) => p.links)).toEqual([
      [{ text: '본회의', href: 'https://news.example/news/1', start: 9, end: 12 }],
      [
        { text: '통학로 34곳', href: 'https://x.example/a', start: 15, end: 22 },
        { text: '과속 단속 카메라', href: 'https://news.example/a/c.html', start: 32, end: 41 },
      ],
    ]);
    for (const paragraph of article.paragraphs) {
      for (const link of paragraph.links ?? []) expect(paragraph.text.slice(link.start, link.end)).toBe(link.text);
    }
  });

  it('leaves out links that are not http(s) or cannot be resolved, and has no links field without links', () => {
    const article = parseArticle(
      page('<p>시의회가 17일 <a href="javascript:void(0)">본회의</a>를 열고 <a href="#top">조례안</a>을 가결했다. 문의는 <a href="mailto:desk@news.example">편집국</a>으로 하면 된다.</p><p>조례는 다음 달 1일부터 시행된다. 시는 예산 12억원을 들인다.</p>'),
      { url: 'https://news.example/a/9' },
    );
    // '#top' resolves to the page itself, an http(s) address: kept.
    expect(article.paragraphs[0]?.links).toEqual([{ text: '조례안', href: 'https://news.example/a/9#top', start: 17, end: 20 }]);
    expect('links' in (article.paragraphs[1] ?? {})).toBe(false);
  });

  it('without a URL, relative links are left out and absolute ones kept', () => {
    const article = parseArticle(page('<p>시의회가 <a href="/n/1">본회의</a>를 열고 <a href="https://x.example/b">조례안</a>을 가결했다. 조례는 다음 달 시행된다.</p>'));
    expect(article.paragraphs[0]?.links).toEqual([{ text: '조례안', href: 'https://x.example/b', start: 13, end: 16 }]);
  });

  it('places links after a dateline is cut off the paragraph, and drops a link inside the cut part', () => {
    const article = parseArticle(
      page('<p>(서울=연합뉴스) <a href="/reporter/7">홍길동 기자</a> = 시의회가 17일 <a href="/news/1">본회의</a>를 열고 조례안을 가결했다.</p><p>조례는 다음 달 1일부터 시행된다. 시는 예산 12억원을 들인다.</p>'),
      { url: 'https://news.example/a/9' },
    );
    expect(article.paragraphs[0]?.text).toBe('시의회가 17일 본회의를 열고 조례안을 가결했다.');
    expect(article.paragraphs[0]?.links).toEqual([{ text: '본회의', href: 'https://news.example/news/1', start: 9, end: 12 }]);
  });
});
