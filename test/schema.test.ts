import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchemaText } from '../scripts/schema.mjs';
import { decodeHtml, parseArticle, parseArticleText } from '../src/index.js';
import { listFixtures, loadFixture } from '../src/fixtures/index.js';
import { SCHEMA_FILE, articleValidator, schemaErrors } from './helpers/schema.js';

describe('docs/article.schema.json', () => {
  it('is generated from the current Article type', () => {
    const fresh = articleSchemaText();
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== fresh) {
      expect.fail('docs/article.schema.json is stale: run npm run schema (it is generated from src/model/article.ts) and commit the result');
    }
  }, 60_000);

  it('is a draft-07 schema that ajv compiles in strict mode', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { $schema: string; $ref: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$ref).toBe('#/definitions/Article');
    expect(typeof articleValidator()).toBe('function');
  });

  it('accepts the Article of every fixture', () => {
    for (const name of listFixtures()) {
      const fixture = loadFixture(name);
      const article = fixture.mode === 'text' ? parseArticleText(decodeHtml(fixture.source).html, fixture.options) : parseArticle(fixture.source, fixture.options);
      expect(schemaErrors(article), name).toBe('');
    }
  });

  it('accepts the Articles of empty and odd inputs', () => {
    for (const input of ['', ' ', '<<<>>>', '제목\n본문이다.', '<p>본문이다.</p>']) {
      expect(schemaErrors(parseArticle(input))).toBe('');
      expect(schemaErrors(parseArticleText(input))).toBe('');
    }
    expect(schemaErrors(parseArticle(new Uint8Array([0xff, 0xfe, 0x00])))).toBe('');
  });

  it('rejects what is not an Article', () => {
    const article = parseArticle('<h1>제목</h1><p>정부가 3일 발표했다.</p>');
    expect(schemaErrors(article)).toBe('');
    expect(schemaErrors({ ...article, title: 3 })).toMatch(/\/title must be string/);
    expect(schemaErrors({ ...article, extra: true })).toMatch(/additional properties/);
    expect(schemaErrors({ ...article, paragraphs: [{ text: 'x', kind: 'footnote' }] })).toMatch(/\/paragraphs\/0\/kind/);
    const { source: _source, ...withoutSource } = article;
    expect(schemaErrors(withoutSource)).toMatch(/source/);
    expect(schemaErrors({ ...article, source: { ...article.source, warnings: [{ code: 'made-up', message: '' }] } })).toMatch(/warnings\/0\/code/);
  });
});
