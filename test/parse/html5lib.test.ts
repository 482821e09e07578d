/**
 * The fuzz run over a public HTML test suite written by others: the `#data` inputs of html5lib-tests'
 * tree-construction files (misnested tags, foster parenting, adoption agency, raw-text states,
 * framesets, foreign content, broken doctypes and entities). Each input is read four ways:
 *
 * - as a page (a string), and as its UTF-8 bytes;
 * - as plain text (`parseArticleText`);
 * - inside a Korean article page, between its paragraphs and inside one of them.
 *
 * For every one: nothing throws, the Article validates against the schema, every paragraph and
 * comment is the page's visible text (nothing invented), and no text of a raw-text or non-rendered
 * element (script, style, template, noscript, noembed, noframes, xmp, iframe, plaintext) that is not
 * also shown elsewhere reaches any string of the Article.
 *
 * The suite is fetched by `node scripts/fetch-html5lib-tests.mjs` into `.cache/` (git-ignored, never
 * committed); this test runs it first when the folder is missing. Without a registry to fetch from,
 * the test says so loudly and is skipped, unless SINMUN_REQUIRE_HTML5LIB is set (`npm run fuzz`), when it fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { SinmunError, parseArticle, parseArticleText } from '../../src/index.js';
import type { Article } from '../../src/index.js';
import { schemaErrors } from '../helpers/schema.js';
import { provenance, squeeze, visibleTextNodes } from '../helpers/visible.js';

type Node = DefaultTreeAdapterTypes.Node;

const ROOT = join(import.meta.dirname, '..', '..');
const SUITE = join(ROOT, '.cache', 'html5lib-tests', 'tree-construction');

function ensureSuite(): string | undefined {
  const present = (): boolean => existsSync(SUITE) && readdirSync(SUITE).some((name) => name.endsWith('.dat'));
  if (present()) return undefined;
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'fetch-html5lib-tests.mjs')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 });
  } catch (error) {
    return `could not fetch html5lib-tests: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
  return present() ? undefined : 'the fetch script ran but left no .dat file';
}

/** The `#data` sections of a .dat file (the lines between `#data` and the next section header). */
export function dataSections(text: string): string[] {
  const out: string[] = [];
  // The npm snapshot has some files with CRLF line ends (written on Windows): read those as LF.
  const lines = (text.includes('#data\r\n') ? text.replace(/\r\n/g, '\n') : text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '#data') continue;
    const data: string[] = [];
    for (i++; i < lines.length && !/^#(?:errors|new-errors|document-fragment|document|script-on|script-off)\b/.test(lines[i] as string); i++) data.push(lines[i] as string);
    out.push(data.join('\n'));
    i--;
  }
  return out;
}

function datFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? datFiles(join(dir, entry.name)) : entry.name.endsWith('.dat') ? [join(dir, entry.name)] : [],
  );
}

/** Elements whose text a browser with scripting on does not show: raw text and fallbacks. */
const NOT_SHOWN = new Set(['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe', 'plaintext']);

/** Text inside elements a browser does not show, less what the page also shows elsewhere. */
function unshownText(html: string, shown: string): string[] {
  const document = parse(html, { scriptingEnabled: true });
  const out: string[] = [];
  const stack: [Node, boolean][] = [[document, false]];
  while (stack.length > 0) {
    const [node, hidden] = stack.pop() as [Node, boolean];
    if (node.nodeName === '#text') {
      const text = squeeze((node as DefaultTreeAdapterTypes.TextNode).value);
      if (hidden && text.length >= 3 && !shown.includes(text)) out.push(text);
      continue;
    }
    const inside = hidden || ('tagName' in node && NOT_SHOWN.has(node.tagName));
    const kids = 'childNodes' in node ? [...node.childNodes] : [];
    if ('content' in node && node.content) kids.push(...(node.content as DefaultTreeAdapterTypes.DocumentFragment).childNodes);
    for (const kid of kids) stack.push([kid as Node, inside]);
  }
  return out;
}

const strings = (value: unknown, path = ''): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Array.isArray(value)
      ? value.flatMap((item, i) => strings(item, `${path}/${i}`))
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, item]) => strings(item, `${path}/${key}`))
        : [];

function read(parseIt: () => Article, what: string): Article {
  try {
    return parseIt();
  } catch (error) {
    throw new Error(`${what} threw ${error instanceof SinmunError ? `SinmunError(${error.code}) ` : ''}${String(error)}`);
  }
}

/** What the run read, printed at the end so a run that reads nothing shows. */
const stats = { articles: 0, paragraphs: 0, withUnshown: 0 };
afterAll(() => {
  if (stats.articles > 0) console.log(`html5lib-tests: ${stats.articles} Articles, ${stats.paragraphs} paragraphs checked; ${stats.withUnshown} pages had text in non-rendered elements, none of it reached an Article`);
});

/** Schema, nothing invented and no unshown text, for one Article of the page `html`. */
function check(article: Article, html: string, what: string): void {
  const errors = schemaErrors(article);
  if (errors) throw new Error(`${what}: not a valid Article:\n${errors}`);
  stats.articles++;
  stats.paragraphs += article.paragraphs.length;
  const nodes = visibleTextNodes(html);
  const joined = squeeze(nodes.join(''));
  for (const item of [...article.paragraphs, ...article.comments]) {
    if (provenance(item.text, nodes, joined) === 'invented') throw new Error(`${what}: not the page's visible text: ${JSON.stringify(item.text)}`);
  }
  const unshown = unshownText(html, joined);
  if (unshown.length === 0) return;
  stats.withUnshown++;
  for (const [path, value] of strings(article)) {
    if (path.includes('/warnings/')) continue; // the library's own messages
    const text = squeeze(value);
    const leak = unshown.find((hidden) => text.includes(hidden));
    if (leak !== undefined) throw new Error(`${what}: text of a non-rendered element reached ${path}: ${JSON.stringify(leak)} in ${JSON.stringify(value.slice(0, 200))}`);
  }
}

const ARTICLE_TOP = '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>시의회, 통학로 조례 가결 - 한빛일보</title></head><body><header><a href="/">한빛일보</a></header><article><h1>시의회, 통학로 조례 가결</h1><div class="article_body"><p>시의회가 17일 본회의를 열고 어린이 통학로 정비 조례안을 가결했다. 조례는 다음 달 1일부터 시행된다.</p>';
const ARTICLE_END = '<p>시는 예산 12억원을 들여 통학로 34곳의 보도를 넓히고 과속 단속 카메라를 설치한다.</p><p>홍길동 기자 hong@hanbit.example</p></div></article></body></html>';

const missing = ensureSuite();
if (missing !== undefined) {
  if (process.env.SINMUN_REQUIRE_HTML5LIB) throw new Error(`html5lib-tests are required (SINMUN_REQUIRE_HTML5LIB): ${missing}`);
  console.warn(`\n*** SKIPPED test/parse/html5lib.test.ts: ${missing} (run node scripts/fetch-html5lib-tests.mjs with a registry) ***\n`);
}

describe.skipIf(missing !== undefined)('html5lib-tests tree-construction inputs', () => {
  const inputs = missing === undefined ? datFiles(SUITE).flatMap((file) => dataSections(readFileSync(file, 'utf8')).map((data, i) => ({ name: `${file.slice(SUITE.length + 1)}#${i + 1}`, data }))) : [];

  it('has the suite (over 1,000 inputs)', () => {
    expect(inputs.length).toBeGreaterThan(1000);
  });

  it('every input, as a page string and as its UTF-8 bytes: no exception, nothing invented, no unshown text', { timeout: 300_000 }, () => {
    const encoder = new TextEncoder();
    for (const { name, data } of inputs) {
      check(read(() => parseArticle(data, { url: 'https://news.example/a/1' }), name), data, `${name} (string)`);
      // Bytes: the page as UTF-8 (well-formed first, as encoding would make it).
      const bytes = encoder.encode(data);
      const decoded = new TextDecoder().decode(bytes);
      check(read(() => parseArticle(bytes), name), decoded, `${name} (bytes)`);
    }
  });

  it('every input as plain text: no exception, nothing invented', { timeout: 300_000 }, () => {
    for (const { name, data } of inputs) {
      const article = read(() => parseArticleText(data), name);
      const errors = schemaErrors(article);
      if (errors) throw new Error(`${name} (text): not a valid Article:\n${errors}`);
      for (const paragraph of article.paragraphs) {
        if (provenance(paragraph.text, [data]) === 'invented') throw new Error(`${name} (text): invented ${JSON.stringify(paragraph.text)}`);
      }
    }
  });

  it('every input inside an article page, between its paragraphs and inside one: no exception, nothing invented, no unshown text', { timeout: 300_000 }, () => {
    for (const { name, data } of inputs) {
      const between = `${ARTICLE_TOP}${data}${ARTICLE_END}`;
      check(read(() => parseArticle(between, { url: 'https://news.example/a/1' }), name), between, `${name} (between paragraphs)`);
      // Inside a long paragraph, any text the input adds to it is read: a leak would show.
      const inside = `${ARTICLE_TOP}<p>통학로 34곳 가운데 ${data} 12곳은 올해 안에 공사를 마친다고 시는 밝혔다.</p>${ARTICLE_END}`;
      check(read(() => parseArticle(inside, { url: 'https://news.example/a/1' }), name), inside, `${name} (inside a paragraph)`);
    }
  });
});
