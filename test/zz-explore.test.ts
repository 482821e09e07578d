import fc from 'fast-check';
import { it } from 'vitest';
import { htmlPage } from './helpers/arbitraries.js';
import { parseArticle } from '../src/index.js';
import { provenance, squeeze, visibleTextNodes } from './helpers/visible.js';
it('explore', () => {
  const pages = fc.sample(htmlPage, { numRuns: 3000, seed: 7 });
  const c: Record<string, number> = {};
  const inc = (k: string) => (c[k] = (c[k] ?? 0) + 1);
  let shown = 0;
  for (const p of pages) {
    const a = parseArticle(p);
    inc('family:' + a.source.family);
    if (a.paragraphs.length) inc('has body');
    if (a.title) inc('has title');
    if (a.publishedAt) inc('has date');
    if (a.authors.length) inc('has authors');
    if (a.events.length) inc('has events');
    if (a.comments.length) inc('has comments');
    if (a.images.length) inc('has images');
    if (a.removed.length) inc('has removed');
    if (a.subtitle) inc('has subtitle');
    if (a.tags.length) inc('has tags');
    if (a.navigation.previous || a.navigation.next) inc('has prev/next');
    for (const w of a.source.warnings) inc('w:' + w.code);
    const nodes = visibleTextNodes(p);
    for (const para of a.paragraphs) {
      if (provenance(para.text, nodes) === 'pieces' && shown < 0) {
        shown++;
        console.log('PIECES', JSON.stringify(para.text), '\nPAGE', p.slice(0, 3000));
      }
    }
  }
  console.log(c);
}, 300000);
