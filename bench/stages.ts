/**
 * The pipeline's stages one by one, for `npm run bench`: the same list `parseArticle` runs
 * (src/article/stages.ts), so the benchmark cannot drift from the library. Bundled from the
 * sources by bench/run.mjs (esbuild), so no internal function has to be exported from the package.
 */
import { decodeHtml } from '../src/decode/index.js';
import { parseHtml } from '../src/parse/index.js';
import { STAGES } from '../src/article/stages.js';
import { applyStage, initialState, runStages } from '../src/article/state.js';
import type { PageState } from '../src/article/state.js';
import { checkOptions } from '../src/article/input.js';

export { parseArticle } from '../src/index.js';

const OPTIONS = checkOptions({ referenceDate: '2024-01-01' });

/**
 * Everything the pipeline builds for a page from its text, held at once (as parseArticle holds it
 * before it returns): the state after the last stage. The text itself is not held: the parse
 * stage lets it go.
 */
export function pipelineOfText(html: string): PageState {
  const decoded = { ...initialState(html, OPTIONS, 'generic'), html };
  return runStages(STAGES.slice(1), decoded);
}

/** The page's decoded text and its parsed tree: what is held when parsing ends, for bytes in. */
export function parsedBytes(bytes: Uint8Array) {
  const html = decodeHtml(bytes).html;
  return { html, document: parseHtml(html) };
}

/** The stages, in pipeline order; each returns a function that runs it on the state the stages before it left. */
export function prepareStages(bytes: Uint8Array): Record<string, () => unknown> {
  const runs: Record<string, () => unknown> = {};
  let state = initialState(bytes, OPTIONS, 'generic');
  for (const stage of STAGES) {
    const before = state;
    runs[stage.name] = () => stage.run(before);
    state = applyStage(state, stage.run(state));
  }
  return runs;
}
