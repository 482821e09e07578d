/**
 * The stages every page goes through once its blocks and header are read, HTML or text: the body
 * refined, the excerpt, the merged reporters and tags, the date when the page has none, the
 * warnings for missing parts, and the dated events.
 */
import type { Warning } from '../model/article.js';
import { mergeAuthors, refineBlocks } from '../body/index.js';
import { isBylineOnly, readByline } from '../metadata/byline.js';
import { readExcerpt } from '../metadata/excerpt.js';
import { dateFromNeighbours } from '../navigation/index.js';
import { eventsOfBody } from '../events/index.js';
import type { Stage } from './state.js';

/** Warnings after which an empty Article is the whole answer: no `no-title`, `no-body` or `no-date` beside them. */
const NOTHING_TO_READ: ReadonlySet<string> = new Set(['empty-input', 'not-html', 'input-too-complex']);

export const refineStage: Stage = {
  name: 'repeats',
  why: 'after the header is known (its headline and deck printed again leave the body): datelines, boilerplate, the lead line and repeats leave the blocks, each listed in `removed`',
  run: (state) => {
    const refined = refineBlocks(state.blocks, {
      title: state.title,
      subtitle: state.subtitle,
      hasSubtitle: state.subtitle !== undefined,
      description: state.summaries.meta ?? state.summaries.jsonLd,
    });
    return {
      paragraphs: refined.paragraphs,
      removed: refined.removed,
      subtitle: state.subtitle ?? refined.subtitle,
      bodyAuthors: refined.authors,
      moreTags: [...refined.tags, ...state.moreTags],
    };
  },
};

export const excerptStage: Stage = {
  name: 'excerpt',
  why: "after refining: the page's own summary unless it is only the body's opening, else the body's first sentences",
  run: (state) => ({
    excerpt: readExcerpt({
      meta: state.summaries.meta,
      jsonLd: state.summaries.jsonLd,
      deck: state.subtitle,
      siteNames: state.siteNames,
      title: state.title,
      paragraphs: state.paragraphs,
    }),
  }),
};

export const authorsStage: Stage = {
  name: 'authors',
  why: "the header's reporters, then the body's bylines; a reporter box only when nothing else names one",
  run: (state) => {
    const none = state.authors.length === 0 && state.bodyAuthors.length === 0;
    const boxes = none ? state.bylines.filter(isBylineOnly).flatMap(readByline) : [];
    return { authors: mergeAuthors(state.authors, state.bodyAuthors, boxes) };
  },
};

export const tagsStage: Stage = {
  name: 'tags',
  why: "the header's tags, then the body's and the tag links around it, each once",
  run: (state) => ({ tags: [...new Set([...state.tags, ...state.moreTags])] }),
};

export const neighboursDateStage: Stage = {
  name: 'neighbours date',
  why: 'after the navigation: a page with no date of its own takes the day of its previous and next posts when they agree, and says so',
  run: (state) => {
    if (state.publishedAt) return {};
    const day = dateFromNeighbours(state.navigation);
    if (!day) return {};
    return {
      publishedAt: day,
      publishedAtSource: 'neighbours',
      warnings: [{ code: 'date-inferred-from-navigation', message: `No date of its own; ${day} is the day of its previous and next articles.` }],
    };
  },
};

export const missingPartsStage: Stage = {
  name: 'missing parts',
  why: 'once every source of the headline, body and date was tried; not for an input that is no page',
  run: (state) => {
    if (state.warnings.some((w) => NOTHING_TO_READ.has(w.code))) return {};
    const warnings: Warning[] = [];
    if (state.title === '') warnings.push({ code: 'no-title', message: 'No headline was found.' });
    if (state.paragraphs.length === 0) warnings.push({ code: 'no-body', message: 'No article text was found.' });
    if (!state.publishedAt) warnings.push({ code: 'no-date', message: 'No publication date was found.' });
    return { warnings };
  },
};

export const eventsStage: Stage = {
  name: 'events',
  why: 'last, from the final body and date: a page printed twice gives each event once',
  run: (state) => {
    const warnings: Warning[] = [];
    const body = state.paragraphs.map((p) => p.text).join('\n\n');
    const events = eventsOfBody(body, state.publishedAt ?? state.options.referenceDate, warnings);
    return { events, warnings };
  },
};
