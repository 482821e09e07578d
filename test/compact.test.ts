/**
 * The compact tree (src/parse/compact.ts) is parse5's tree: the same nodes in the same places, on
 * our fixtures and on random broken markup (misnested formatting, stray table content, unclosed
 * elements), with only the text of scripts that carry no data and of styles left out.
 */
import fc from 'fast-check';
import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../src/decode/index.js';
import { listFixtures, readFixturePage } from '../src/fixtures/index.js';
import { isDataScript } from '../src/parse/compact.js';
import { parseHtml } from '../src/parse/index.js';
import { attr, childrenOf, isElement, isText } from '../src/helpers/dom.js';
import type { Document, Node } from '../src/helpers/dom.js';
import { scanPage } from '../src/parse/scan.js';

/** parse5's own tree, with the texts the compact tree leaves out removed the same way. */
function parse5Tree(html: string): Document {
  const document = parse(html, { scriptingEnabled: true });
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isElement(node)) {
      const text = childrenOf(node).map((kid) => (isText(kid) ? kid.value : '')).join('');
      if (node.tagName === 'style' || (node.tagName === 'script' && !isDataScript(attr(node, 'type') ?? '', text))) node.childNodes = [];
    }
    stack.push(...childrenOf(node));
    if ('content' in node) stack.push(node.content as Node);
  }
  return document;
}

/** Every node's parent is the node whose child list holds it. */
function parentsAgree(document: Document): boolean {
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    for (const kid of childrenOf(node)) {
      if (kid.parentNode !== node) return false;
      stack.push(kid);
    }
  }
  return true;
}

describe('compact tree', () => {
  it.each(listFixtures())('%s: the same tree as parse5 builds', (name) => {
    const page = readFixturePage(name);
    const html = page.mode === 'html' ? decodeHtml(page.source).html : new TextDecoder().decode(page.source);
    const compact = parseHtml(html);
    expect(serialize(compact)).toBe(serialize(parse5Tree(html)));
    expect(parentsAgree(compact)).toBe(true);
  });

  it('keeps the text of data scripts and drops the rest of the script and style text', () => {
    const html = [
      '<html><head><style>.a{color:red}</style>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"제목"}</script>',
      '<script>window.__NEXT_DATA__ = {"props":{}}</script>',
      '<script>window.dataLayer = [];</script>',
      '<script type="text/javascript" src="/a.js"></script>',
      '</head><body><p>본문입니다.</p><script>var x = "<p>아님</p>";</script></body></html>',
    ].join('');
    const document = parseHtml(html);
    const index = scanPage(document);
    expect(index.jsonLd).toEqual(['{"@type":"NewsArticle","headline":"제목"}']);
    expect(index.dataScripts).toEqual(['window.__NEXT_DATA__ = {"props":{}}']);
    const serialized = serialize(document);
    expect(serialized).toContain('<style></style>');
    expect(serialized).not.toContain('dataLayer');
    expect(serialized).not.toContain('아님');
    expect(serialized).toContain('<p>본문입니다.</p>');
  });

  it('reads the scripts for data names only when the page has one somewhere, with the same tree either way', () => {
    const plain = '<html><head><script>var articleTitle = 1;</script><script type="text/json">{"a":1}</script></head><body><p>본문</p></body></html>';
    const named = plain.replace('<p>본문</p>', '<p>본문</p><script>Fusion.globalContent = {"x":1};</script>');
    for (const html of [plain, named]) expect(serialize(parseHtml(html))).toBe(serialize(parse5Tree(html)));
    expect(scanPage(parseHtml(plain)).dataScripts).toEqual([]);
    expect(scanPage(parseHtml(named)).dataScripts).toEqual(['Fusion.globalContent = {"x":1};']);
    expect(serialize(parseHtml(named))).not.toContain('articleTitle');
  });

  it('is parse5\'s tree on random broken markup', () => {
    const pieces = [
      '<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<a href="/n/1">', '</a>', '<div class="art_txt">', '</div>',
      '<table>', '</table>', '<tr>', '<td>', '</td>', '<ul>', '<li>', '</li>', '<br>', '<img src="a.jpg" alt="사진">',
      '<script>var a = 1;</script>', '<script type="application/json">{"a":1}</script>', '<style>p{}</style>',
      // A data object's name, in a script, in text and cut in two: pages with and without one take different paths.
      '<script>window.__NEXT_DATA__ = {"a":1}</script>', 'articleBody', '<script>var s = "article', 'Body";</script>',
      '<!-- 주석 -->', '<template><p>틀</p></template>', '<svg><title>그림</title></svg>', '<select><option>하나',
      '기사 본문', ' ', '\n', '&amp;', '&nbsp;', '<', '>', '<html lang="ko">', '<body class="b">', '</body>', '<frameset>',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        const compact = parseHtml(html);
        expect(serialize(compact)).toBe(serialize(parse5Tree(html)));
        expect(parentsAgree(compact)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
