/**
 * The page state the stages read and add to (see stages.ts). One value from the first stage to
 * the last: what was read of the input, what each stage found, and the Article's fields as they
 * are settled. A stage never changes what an earlier stage set, except the fields it names as its
 * own in its `why`; the runner appends each stage's warnings in stage order.
 */
import type { Article, ArticleImage, Author, Comment, DatedEvent, ExcerptSource, Navigation, Paragraph, PublishedAtSource, Reactions, RemovedBlock, Warning } from '../model/article.js';
import type { EmbeddedArticle, RawBlock } from '../model/page.js';
import type { Document, Element } from '../helpers/dom.js';
import type { PageIndex } from '../parse/scan.js';
import type { RuleMatches, SiteFamily } from '../sites/index.js';
import type { FoundBody } from '../body/index.js';
import type { PageMetadata } from '../metadata/index.js';
import type { CheckedOptions } from './input.js';

/** The state of one page in the pipeline. */
export interface PageState {
  /** The call's options, checked. */
  readonly options: CheckedOptions;
  /** The input as given (HTML: a string or bytes; text: a string). */
  readonly input: string | Uint8Array;
  /** The page's text once decoded; let go (`''`) once parsed. */
  readonly html: string;
  /** The encoding the input was read in. */
  readonly encoding: string;
  /** Every warning so far, in stage order (the runner appends; stages return their own). */
  readonly warnings: readonly Warning[];

  // What the HTML stages find.
  readonly document?: Document;
  readonly index?: PageIndex;
  readonly family?: SiteFamily;
  readonly matches: RuleMatches;
  readonly found?: FoundBody;
  readonly embedded?: EmbeddedArticle;
  readonly metadata?: PageMetadata;
  /** Comment areas, kept out of the navigation stage. */
  readonly commentAreas: readonly Element[];

  // What the body stages read: the blocks before refining, and what refining needs.
  readonly blocks: readonly RawBlock[];
  /** The page's own summaries, for the deck rule of refining and for the excerpt. */
  readonly summaries: { readonly meta?: string; readonly jsonLd?: string };
  /** Names of the site, cut from the excerpt. */
  readonly siteNames: readonly string[];
  /** Reporter boxes inside the body (`홍길동 기자 hong@…`), read when nothing else names a reporter. */
  readonly bylines: readonly string[];
  /** Reporters named in the body (closing bylines, datelines), beside those of the header. */
  readonly bodyAuthors: readonly Author[];
  /** Tags found in the body and around it, beside the header's. */
  readonly moreTags: readonly string[];
  /** The base that relative addresses resolve against. */
  readonly base?: string;
  /** A text page's lines after the body (votes, neighbours, comments). */
  readonly chromeLines: readonly string[];

  // The Article's fields as the stages settle them.
  readonly title: string;
  readonly subtitle?: string;
  readonly excerpt?: { text: string; source: ExcerptSource };
  readonly paragraphs: readonly Paragraph[];
  readonly publishedAt?: string;
  readonly publishedAtSource?: PublishedAtSource;
  readonly modifiedAt?: string;
  readonly authors: readonly Author[];
  readonly publisher?: string;
  readonly section?: string;
  readonly url?: string;
  readonly language?: string;
  readonly tags: readonly string[];
  readonly images: readonly ArticleImage[];
  readonly events: readonly DatedEvent[];
  readonly comments: readonly Comment[];
  readonly navigation: Navigation;
  readonly reactions: Reactions;
  readonly removed: readonly RemovedBlock[];
  /** `source.family` of the Article. */
  readonly familyName: string;
}

/** The state before the first stage: the input and options, every found part empty. */
export function initialState(input: string | Uint8Array, options: CheckedOptions, familyName: string): PageState {
  return {
    options,
    input,
    html: '',
    encoding: 'utf-8',
    warnings: [],
    matches: {},
    commentAreas: [],
    blocks: [],
    summaries: {},
    siteNames: [],
    bylines: [],
    bodyAuthors: [],
    moreTags: [],
    chromeLines: [],
    title: '',
    paragraphs: [],
    authors: [],
    tags: [],
    images: [],
    events: [],
    comments: [],
    navigation: { related: [], breadcrumbs: [] },
    reactions: {},
    removed: [],
    familyName,
  };
}

/** What a stage returns: the fields it adds and the warnings it raises. */
export type StageOutput = Partial<Omit<PageState, 'options' | 'input' | 'warnings'>> & { readonly warnings?: readonly Warning[] };

/** One step of the pipeline. */
export interface Stage {
  /** A short name (the benchmark's row). */
  readonly name: string;
  /** Why it runs where it does, in one line. */
  readonly why: string;
  /** A pure function of the state. */
  readonly run: (state: PageState) => StageOutput;
}

/** The state after a stage: its fields over the old ones, its warnings after the old ones. */
export function applyStage(state: PageState, output: StageOutput): PageState {
  const { warnings, ...fields } = output;
  return { ...state, ...fields, warnings: warnings && warnings.length > 0 ? [...state.warnings, ...warnings] : state.warnings };
}

/**
 * Runs the stages in order over the state. `onState` sees the state after each stage (the entries
 * keep the last one, for the Article of a page past an engine limit).
 *
 * @example
 * ```ts
 * const shout: Stage = { name: 'shout', why: 'an example', run: (state) => ({ title: `${state.title}!` }) };
 * runStages([shout, shout], { ...initialState('', { maxInputBytes: 1, families: [] }, 'generic'), title: '제목' }).title; // '제목!!'
 * ```
 */
export function runStages(stages: readonly Stage[], state: PageState, onState?: (state: PageState) => void): PageState {
  let current = state;
  for (const stage of stages) {
    current = applyStage(current, stage.run(current));
    onState?.(current);
  }
  return current;
}

/** A field an earlier stage sets; its absence is a defect in the stage list, not in the page. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`sinmun: stage order: ${what} is read before the stage that sets it`);
  return value;
}

/** The Article of a state: its fields in the model's order, optional ones left out when absent. */
export function articleOf(state: PageState): Article {
  const body = state.paragraphs.map((p) => p.text).join('\n\n');
  const article: Record<string, unknown> = { title: state.title };
  const put = (key: keyof Article, value: unknown): void => {
    if (value !== undefined && value !== '') article[key] = value;
  };
  put('subtitle', state.subtitle);
  put('excerpt', state.excerpt?.text);
  put('excerptSource', state.excerpt?.source);
  article.paragraphs = state.paragraphs;
  article.body = body;
  put('publishedAt', state.publishedAt);
  put('publishedAtSource', state.publishedAt ? state.publishedAtSource : undefined);
  put('modifiedAt', state.modifiedAt);
  article.authors = state.authors;
  put('publisher', state.publisher);
  put('section', state.section);
  put('url', state.url);
  put('language', state.language);
  article.tags = state.tags;
  article.images = state.images;
  article.events = state.events;
  article.comments = state.comments;
  const { previous, next, related, breadcrumbs } = state.navigation;
  article.navigation = { ...(previous ? { previous } : {}), ...(next ? { next } : {}), related, breadcrumbs };
  article.reactions = state.reactions;
  article.removed = state.removed;
  article.source = { encoding: state.encoding, family: state.familyName, warnings: state.warnings };
  return article as unknown as Article;
}
