// Tables of data inside an article: one paragraph of kind 'table' with its rows of cells; layout
// tables, photo tables and link tables are read as before.
import { describe, expect, it } from 'vitest';
import { parseArticle, toHtml, toMarkdown } from '../../src/index.js';

const page = (body: string): string =>
  `<html><head><title>군수 선거 개표 결과</title></head><body><article><h1>군수 선거 개표 결과</h1><div class="article_body">${body}</div></article></body></html>`;
const BEFORE = '<p>6일 치러진 한빛군수 보궐선거에서 김한결 후보가 당선됐다. 투표율은 41.2%로 집계됐다.</p>';
const RESULTS = '<table><thead><tr><th>후보</th><th>득표수</th><th>득표율</th></tr></thead><tbody><tr><td>김한결</td><td>12,480</td><td>52.3%</td></tr><tr><td>이솔</td><td>11,390</td><td>47.7%</td></tr></tbody></table>';
const AFTER = '<p>김 당선인은 7일 오전 군청에 출근해 업무를 시작한다. 임기는 2026년 6월까지다.</p>';

describe('tables in the body', () => {
  it('a results table is one paragraph of kind table, its cells row by row, between the paragraphs around it', () => {
    const article = parseArticle(page(BEFORE + RESULTS + AFTER));
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(article.paragraphs[1]).toEqual({
      text: '후보 득표수 득표율 김한결 12,480 52.3% 이솔 11,390 47.7%',
      kind: 'table',
      rows: [['후보', '득표수', '득표율'], ['김한결', '12,480', '52.3%'], ['이솔', '11,390', '47.7%']],
    });
  });

  it('is written as a GFM table in Markdown and as <table> in HTML', () => {
    const article = parseArticle(page(BEFORE + RESULTS + AFTER));
    expect(toMarkdown(article)).toContain('| 후보 | 득표수 | 득표율 |\n| --- | --- | --- |\n| 김한결 | 12,480 | 52.3% |\n| 이솔 | 11,390 | 47.7% |');
    expect(toHtml(article)).toContain('<table><tr><td>후보</td><td>득표수</td><td>득표율</td></tr><tr><td>김한결</td><td>12,480</td><td>52.3%</td></tr><tr><td>이솔</td><td>11,390</td><td>47.7%</td></tr></table>');
  });

  it('a layout table (a cell of prose, a nested table, a link column) is not a table of data', () => {
    const prose = `<table><tr><td>${'김 당선인은 7일 오전 군청에 출근해 업무를 시작한다. '.repeat(8)}</td><td>사진</td></tr><tr><td>a</td><td>b</td></tr></table>`;
    expect(parseArticle(page(BEFORE + prose + AFTER)).paragraphs.some((p) => p.kind === 'table')).toBe(false);
    const nested = `<table><tr><td>${RESULTS}</td><td>메뉴</td></tr><tr><td>가</td><td>나</td></tr></table>`;
    const nestedArticle = parseArticle(page(BEFORE + nested + AFTER));
    // The inner table is read as the results table; the outer one is not a table of its own.
    expect(nestedArticle.paragraphs.filter((p) => p.kind === 'table').map((p) => p.rows?.length)).toEqual([3]);
    const links = '<table><tr><td><a href="/1">정치</a></td><td><a href="/2">경제</a></td></tr><tr><td><a href="/3">사회</a></td><td><a href="/4">문화</a></td></tr></table>';
    expect(parseArticle(page(BEFORE + links + AFTER)).paragraphs.some((p) => p.kind === 'table')).toBe(false);
  });

  it('a table of one row, or of one column, is text as before', () => {
    const oneRow = '<table><tr><td>후보</td><td>득표수</td><td>득표율</td><td>비고</td></tr></table>';
    const oneColumn = '<table><tr><td>김한결</td></tr><tr><td>이솔</td></tr><tr><td>박누리</td></tr><tr><td>최가람</td></tr></table>';
    for (const table of [oneRow, oneColumn]) expect(parseArticle(page(BEFORE + table + AFTER)).paragraphs.some((p) => p.kind === 'table')).toBe(false);
  });
});
