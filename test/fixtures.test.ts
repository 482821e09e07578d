import { describe, expect, it } from 'vitest';
import { decodeHtml, parseArticle, parseArticleText } from '../src/index.js';
import { listFixtures, loadFixture, readFixturePage } from '../src/fixtures/index.js';

const STALE = 'is stale: run `npm run fixtures:update`, read the diff of expected.json, and commit';

describe('fixtures', () => {
  const names = listFixtures();

  it('are found', () => {
    expect(names).toContain('seed/text');
    expect(names).toContain('seed/gnuboard');
  });

  describe.each(names)('%s', (name) => {
    const fixture = readFixturePage(name);
    const article =
      fixture.mode === 'text' ? parseArticleText(decodeHtml(fixture.source).html, fixture.options) : parseArticle(fixture.source, fixture.options);
    if (process.env.SINMUN_SHOW) {
      const { title, subtitle, publishedAt, modifiedAt, authors, publisher, section, paragraphs, removed, images, source } = article;
      console.log(name, JSON.stringify({ title, subtitle, publishedAt, modifiedAt, authors, publisher, section, paragraphs, removed, images, source }, null, 1));
    }

    it('matches its golden expected.json', () => {
      expect(fixture.expected, `${name} has no expected.json: run \`npm run fixtures:update\``).toBeDefined();
      expect(article, `${name} ${STALE}`).toEqual(fixture.expected);
    });

    it('has what its body must contain, and nothing it must not', () => {
      expect(fixture.mustContain.length + fixture.mustNotContain.length).toBeGreaterThan(0);
      for (const text of fixture.mustContain) expect(article.body, `body of ${name}`).toContain(text);
      for (const text of fixture.mustNotContain) expect(article.body, `body of ${name}`).not.toContain(text);
    });

    it('has a title and a body', () => {
      expect(article.title).not.toBe('');
      expect(article.paragraphs.length).toBeGreaterThan(0);
    });
  });

  it('loads through the public loader, and rejects an unknown or malformed name', () => {
    expect(loadFixture('seed/text').expected.title).not.toBe('');
    expect(() => loadFixture('seed/none')).toThrow(/no fixture named/);
    expect(() => loadFixture('../etc/passwd')).toThrow(/not a fixture name/);
  });
});
