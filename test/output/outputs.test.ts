// toMarkdown and toHtml: hand-made examples, then properties over generated pages and every fixture:
// the text a CommonMark parser reads back from toMarkdown is `body`; toHtml writes only safe markup.
import { Parser } from 'commonmark';
import type { Node as MdNode } from 'commonmark';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { SAFE_HTML_TAGS, parseArticle, toHtml, toMarkdown } from '../../src/index.js';
import type { Article } from '../../src/index.js';
import { listFixtures, loadFixture } from '../../src/fixtures/index.js';
import { htmlPage } from '../helpers/arbitraries.js';

const RUNS = Number(process.env.SINMUN_FUZZ_RUNS ?? 2_000);

/** The text of each leaf block (paragraph, heading) of the Markdown, as CommonMark reads it, joined by blank lines. */
function markdownText(markdown: string): string {
  const blocks: string[] = [];
  let current: string[] | undefined;
  const walker = new Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const node: MdNode = step.node;
    if (node.type === 'paragraph' || node.type === 'heading') {
      if (step.entering) current = [];
      else {
        blocks.push((current ?? []).join(''));
        current = undefined;
      }
    } else if (step.entering && current && (node.type === 'text' || node.type === 'code')) current.push(node.literal ?? '');
    else if (step.entering && current && (node.type === 'softbreak' || node.type === 'linebreak')) current.push('\n');
    else if (step.entering && current && (node.type === 'html_inline')) current.push(node.literal ?? '');
  }
  return blocks.join('\n\n');
}

type Element = DefaultTreeAdapterTypes.Element;
const ALLOWED_ATTRS: Readonly<Record<string, readonly string[]>> = { a: ['href'], img: ['src', 'alt'] };

/** Every problem of an HTML fragment: a tag outside the list, another attribute, a non-http(s) address. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: DefaultTreeAdapterTypes.Node[] = [parseFragment(html)];
  while (stack.length > 0) {
    const node = stack.pop() as DefaultTreeAdapterTypes.Node;
    if ('tagName' in node) {
      const element = node as Element;
      if (!SAFE_HTML_TAGS.includes(element.tagName)) problems.push(`tag ${element.tagName}`);
      for (const { name, value } of element.attrs) {
        if (!(ALLOWED_ATTRS[element.tagName] ?? []).includes(name)) problems.push(`attribute ${name} on ${element.tagName}`);
        if ((name === 'href' || name === 'src') && !/^https?:\/\//i.test(value)) problems.push(`${name}=${value}`);
      }
    }
    if (node.nodeName === '#comment') problems.push('comment');
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return problems;
}

function checkOutputs(article: Article): void {
  // Tables are GFM, outside CommonMark: the round trip is checked on the other blocks.
  const prose = article.paragraphs.filter((p) => p.kind !== 'table');
  expect(markdownText(toMarkdown({ ...article, paragraphs: prose }))).toBe(prose.map((p) => p.text).join('\n\n'));
  const html = toHtml(article);
  expect(htmlProblems(html)).toEqual([]);
  expect(html).not.toMatch(/<script|<style|\son\w+=/i);
}

const page = (body: string): string =>
  `<html><head><title>시의회, 통학로 조례 가결</title></head><body><article><h1>시의회, 통학로 조례 가결</h1><div class="article_body">${body}</div></article></body></html>`;

describe('toMarkdown', () => {
  it('writes paragraphs, subheadings, quotes, lists and links, escaping Markdown characters', () => {
    const article = parseArticle(
      page('<p>시의회가 17일 <a href="/news/1">본회의</a>를 열고 *긴급* 조례안을 가결했다. 찬성 [12]표였다.</p><h3>예산은 어디에</h3><p>1. 시는 예산 12억원을 들인다고 밝혔다.</p><ul><li>보도 확장 34곳을 한다.</li><li>과속 단속 카메라 20대를 단다.</li></ul><blockquote><p># 시민들은 환영한다는 뜻을 밝혔다.</p></blockquote>'),
      { url: 'https://news.example/a/9' },
    );
    expect(toMarkdown(article)).toBe(
      [
        '시의회가 17일 [본회의](<https://news.example/news/1>)를 열고 \\*긴급\\* 조례안을 가결했다. 찬성 \\[12\\]표였다.',
        '## 예산은 어디에',
        '1\\. 시는 예산 12억원을 들인다고 밝혔다.',
        '- 보도 확장 34곳을 한다.\n- 과속 단속 카메라 20대를 단다.',
        '> \\# 시민들은 환영한다는 뜻을 밝혔다.',
      ].join('\n\n') + '\n',
    );
    checkOutputs(article);
  });

  it('starts with the headline and deck with { title: true }, ends with images with { images: true }', () => {
    const article = parseArticle(page('<p>시의회가 17일 본회의를 열고 조례안을 가결했다. 조례는 다음 달 시행된다.</p><figure><img src="https://img.example/a.jpg" alt="본회의"><figcaption>17일 본회의 모습</figcaption></figure>'));
    const markdown = toMarkdown(article, { title: true, images: true });
    expect(markdown.startsWith('# 시의회, 통학로 조례 가결\n\n시의회가')).toBe(true);
    expect(markdown.endsWith('![본회의](<https://img.example/a.jpg>)\n\n*17일 본회의 모습*\n')).toBe(true);
  });

  it('numbers the entries of a numbered list, and keeps a bulleted list after it apart', () => {
    const article = parseArticle(page('<p>시의회가 17일 조례안 세 건을 가결했다. 내용은 다음과 같다.</p><ol><li>통학로 보도를 넓힌다.</li><li>단속 카메라를 단다.</li></ol><ul><li>예산은 12억원이다.</li></ul>'));
    expect(article.paragraphs.map((p) => [p.kind, p.ordered ?? false])).toEqual([['paragraph', false], ['list-item', true], ['list-item', true], ['list-item', false]]);
    expect(toMarkdown(article)).toBe('시의회가 17일 조례안 세 건을 가결했다. 내용은 다음과 같다.\n\n1. 통학로 보도를 넓힌다.\n2. 단속 카메라를 단다.\n\n- 예산은 12억원이다.\n');
    expect(toHtml(article)).toBe('<p>시의회가 17일 조례안 세 건을 가결했다. 내용은 다음과 같다.</p>\n<ol>\n<li>통학로 보도를 넓힌다.</li>\n<li>단속 카메라를 단다.</li>\n</ol>\n<ul>\n<li>예산은 12억원이다.</li>\n</ul>\n');
    checkOutputs(article);
  });

  it('gives an empty string for an Article without a body', () => {
    expect(toMarkdown(parseArticle(''))).toBe('');
  });
});

describe('toHtml', () => {
  it('writes safe blocks with links, escaping text', () => {
    const article = parseArticle(
      page('<p>시의회가 <a href="/news/1" onclick="x()">본회의</a>를 열고 &lt;script&gt;alert(1)&lt;/script&gt; 조례안을 가결했다. 다음 달 시행된다.</p><ul><li>보도 확장 34곳을 한다.</li><li>과속 단속 카메라 20대를 단다.</li></ul>'),
      { url: 'https://news.example/a/9' },
    );
    expect(toHtml(article)).toBe(
      '<p>시의회가 <a href="https://news.example/news/1">본회의</a>를 열고 &lt;script&gt;alert(1)&lt;/script&gt; 조례안을 가결했다. 다음 달 시행된다.</p>\n<ul>\n<li>보도 확장 34곳을 한다.</li>\n<li>과속 단속 카메라 20대를 단다.</li>\n</ul>\n',
    );
  });

  it('keeps a link whose address is not http(s) as plain text, even in a hand-made Article', () => {
    const article = parseArticle(page('<p>시의회가 본회의를 열고 조례안을 가결했다. 다음 달 시행된다.</p>'));
    const forged: Article = { ...article, paragraphs: [{ text: '본회의를 열었다.', kind: 'paragraph', links: [{ text: '본회의', href: 'javascript:alert(1)', start: 0, end: 3 }] }], images: [{ src: 'javascript:x', caption: '"><script>' }] };
    const html = toHtml(forged, { images: true });
    expect(html).toBe('<p>본회의를 열었다.</p>\n<figure><figcaption>&quot;&gt;&lt;script&gt;</figcaption></figure>\n');
    expect(htmlProblems(html)).toEqual([]);
  });
});

describe('outputs of every fixture and of generated pages', () => {
  it('every fixture: Markdown reads back as body, HTML is safe', () => {
    for (const name of listFixtures()) checkOutputs(loadFixture(name).expected as Article);
  });

  it(`generated pages (${RUNS} runs): Markdown reads back as body, HTML is safe`, { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(htmlPage, fc.constantFrom(undefined, 'https://news.example/a/1'), (html, url) => {
        checkOutputs(parseArticle(html, url ? { url } : undefined));
      }),
      { numRuns: RUNS },
    );
  });
});
