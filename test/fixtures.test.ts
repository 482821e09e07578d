import { describe, expect, it } from 'vitest';
import { decodeHtml, parseArticle, parseArticleText } from '../src/index.js';
import { listFixtures, loadFixture } from '../src/fixtures/index.js';

const STALE = 'is stale: run `npm run fixtures:update`, read the diff of expected.json, and commit';

describe('fixtures', () => {
  const names = listFixtures();

  it('are found', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names).toContain('seed/text');
    expect(names).toContain('seed/gnuboard');
  });

  describe.each(names)('%s', (name) => {
    const fixture = loadFixture(name);
    const article =
      fixture.mode === 'text' ? parseArticleText(decodeHtml(fixture.source).html, fixture.options) : parseArticle(fixture.source, fixture.options);

    it('matches its golden expected.json', () => {
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

  it('rejects an unknown or malformed fixture name', () => {
    expect(() => loadFixture('seed/none')).toThrow(/no fixture named/);
    expect(() => loadFixture('../etc/passwd')).toThrow(/not a fixture name/);
  });
});
