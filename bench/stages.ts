/**
 * Each stage of the pipeline on its own, for `npm run bench`. Bundled from the sources by
 * bench/run.mjs (esbuild), so no internal function has to be exported from the package.
 */
import { decodeHtml } from '../src/decode/index.js';
import { parseHtml } from '../src/parse/index.js';
import { scanPage } from '../src/parse/scan.js';
import { detectFamily, matchRules, ruleElements } from '../src/sites/index.js';
import { bodyElement, findBody, refineBlocks } from '../src/body/index.js';
import { readMetadata } from '../src/metadata/index.js';
import { readComments } from '../src/comments/index.js';
import { readNavigation } from '../src/navigation/index.js';
import { eventsOfBody } from '../src/events/index.js';

export { parseArticle } from '../src/index.js';

/**
 * Everything the pipeline builds for a page from its text, held at once (as parseArticle holds it
 * before it returns). The text itself is not held: parseArticle does not keep it after parsing.
 */
export function pipelineOfText(html: string) {
  const document = parseHtml(html);
  const index = scanPage(document);
  const family = detectFamily(index, undefined);
  const matches = family ? matchRules(index, family) : {};
  const body = findBody(index, family, matches);
  const metadata = readMetadata(index, { family, matches, linesBeforeBody: index.lines, warnings: [] });
  const refined = refineBlocks(body.blocks, { title: metadata.title });
  const text = refined.paragraphs.map((p) => p.text).join('\n\n');
  const root = bodyElement(index);
  const comments = root ? readComments(index, ruleElements(matches, 'comments'), body.container) : undefined;
  const navigation =
    root && comments
      ? readNavigation({ lines: index.lines, root, named: index.named, article: body.container, commentAreas: comments.areas, ruleNavigation: ruleElements(matches, 'navigation'), ruleRelated: ruleElements(matches, 'related'), jsonLdBreadcrumbs: [] })
      : undefined;
  const events = eventsOfBody(text, metadata.publishedAt ?? '2024-01-01', []);
  return { document, index, family, matches, body, metadata, refined, text, root, comments, navigation, events };
}

/** The page's decoded text and its parsed tree: what is held when parsing ends, for bytes in. */
export function parsedBytes(bytes: Uint8Array) {
  const html = decodeHtml(bytes).html;
  return { html, document: parseHtml(html) };
}

/** {@link pipelineOfText} for bytes, with the decoded text held too. */
export function pipelineState(bytes: Uint8Array) {
  const html = decodeHtml(bytes).html;
  return { html, ...pipelineOfText(html) };
}

/** The stages, in pipeline order; each returns a function that runs it on prepared input. */
export function prepareStages(bytes: Uint8Array): Record<string, () => unknown> {
  const { html, document, index, family, matches, body, metadata, text, root } = pipelineState(bytes);
  return {
    decode: () => decodeHtml(bytes),
    parse: () => parseHtml(html),
    scan: () => scanPage(document),
    'site rules': () => (family ? matchRules(index, family) : detectFamily(index, undefined)),
    body: () => findBody(index, family, matches),
    metadata: () => readMetadata(index, { family, matches, linesBeforeBody: index.lines, warnings: [] }),
    repeats: () => refineBlocks(body.blocks, { title: metadata.title }),
    dates: () => eventsOfBody(text, metadata.publishedAt ?? '2024-01-01', []),
    'comments+navigation': () => {
      if (!root) return undefined;
      const found = readComments(index, ruleElements(matches, 'comments'), body.container);
      return readNavigation({ lines: index.lines, root, named: index.named, article: body.container, commentAreas: found.areas, ruleNavigation: ruleElements(matches, 'navigation'), ruleRelated: ruleElements(matches, 'related'), jsonLdBreadcrumbs: [] });
    },
  };
}
