/**
 * The excerpt: the page's own summary (`og:description`, `description`, JSON-LD `description`, the
 * deck) cleaned of site names and datelines, else the first sentences of the body.
 */
import type { ExcerptSource, Paragraph } from '../model/article.js';
import { splitSentences } from '../events/sentences.js';
import { cutDateline } from './byline.js';

/** The longest excerpt, in characters: longer summaries are cut at a word before it, with `…`. */
export const MAX_EXCERPT_LENGTH = 300;
/** The body's first sentences are taken up to about this many characters. */
const BODY_EXCERPT_LENGTH = 160;
/** A summary shorter than this says nothing (`기사`, a section name). */
const MIN_SUMMARY_LENGTH = 10;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim().normalize('NFC');

/** The text up to `ⓒ 한빛일보…` / `© 한빛일보…` (a copyright notice naming the site), trimmed; a scan, not a pattern. */
function withoutCopyright(text: string, name: string): string {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code === 0x24d2 || code === 0xa9) && text.slice(at + 1).trimStart().startsWith(name)) return text.slice(0, at).trim();
  }
  return text;
}

/** `[한빛일보] …`, `한빛일보 - …`, `… - 한빛일보`, `… | 한빛일보`, `… ⓒ 한빛일보`: the site's name taken off either end. */
function withoutSiteNames(text: string, siteNames: readonly string[]): string {
  let out = text;
  for (const name of siteNames.map(collapse).filter((n) => n.length >= 2)) {
    for (const [head, tail] of [['[', ']'], ['(', ')'], ['【', '】']] as const) {
      if (out.startsWith(`${head}${name}${tail}`)) out = out.slice(name.length + 2).trim();
    }
    for (const mark of [' - ', ' | ', ' :: ', ' : ', ' – ']) {
      if (out.startsWith(`${name}${mark}`)) out = out.slice(name.length + mark.length).trim();
      if (out.endsWith(`${mark}${name}`)) out = out.slice(0, out.length - name.length - mark.length).trim();
    }
    out = withoutCopyright(out, name);
  }
  return out;
}

/** At most {@link MAX_EXCERPT_LENGTH} characters, cut at a space when there is one near the end. */
function capped(text: string): string {
  if (text.length <= MAX_EXCERPT_LENGTH) return text;
  const cut = text.slice(0, MAX_EXCERPT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_EXCERPT_LENGTH * 0.7 ? cut.slice(0, space) : cut}…`;
}

/** Marks that start a summary as a list entry (`- `, `· `, `▶ `). */
const LIST_MARKS = '-·•▶▷■□◆◇○●※';
/** Separators left at the end of a summary when a site name was cut off (` |`, ` -`). */
const END_SEPARATORS = '|-–·:';

/** The summary without list marks at its start and separators at its end: scans from each end, no backtracking. */
function withoutEdgeMarks(text: string): string {
  let start = 0;
  while (start < text.length && (LIST_MARKS.includes(text[start] as string) || /\s/.test(text[start] as string))) start++;
  let end = text.length;
  while (end > start && (END_SEPARATORS.includes(text[end - 1] as string) || /\s/.test(text[end - 1] as string))) end--;
  return text.slice(start, end);
}

/** The Hangul and Latin character pairs of a text, for comparing what two texts talk about. */
function bigrams(text: string): Set<string> {
  const letters = text.replace(/[^가-힣A-Za-z0-9]+/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) out.add(letters.slice(i, i + 2));
  return out;
}

/**
 * Does the summary talk about the article? A page's description that is the site's own (`지역 소식을
 *전하는 신문입니다`, printed on every page) shares little with the headline and body: at least
 * {@link MIN_SHARED} of its character pairs must occur in them.
 */
function isAboutArticle(summary: string, article: string): boolean {
  const mine = bigrams(summary);
  if (mine.size === 0 || article === '') return true;
  const theirs = bigrams(article);
  let shared = 0;
  for (const pair of mine) if (theirs.has(pair)) shared++;
  return shared / mine.size >= MIN_SHARED;
}
const MIN_SHARED = 0.5;
/** Below this much body text, a description is not compared with it. */
const MIN_BODY_TO_COMPARE = 100;

/** A summary cleaned for use, or undefined when nothing of it is left. */
function cleanSummary(raw: string, siteNames: readonly string[], title: string): string | undefined {
  let text = withoutEdgeMarks(withoutSiteNames(collapse(raw), siteNames));
  text = cutDateline(text)?.rest ?? text;
  if (text.length < MIN_SUMMARY_LENGTH || text === collapse(title) || siteNames.some((name) => collapse(name) === text)) return undefined;
  return capped(text);
}

/** The body's first sentences, up to about {@link BODY_EXCERPT_LENGTH} characters (at least one). */
function bodyExcerpt(paragraphs: readonly Paragraph[]): string | undefined {
  const first = paragraphs.find((p) => p.kind === 'paragraph') ?? paragraphs[0];
  if (!first) return undefined;
  let text = '';
  for (const sentence of splitSentences(first.text)) {
    if (text !== '' && text.length + sentence.text.length > BODY_EXCERPT_LENGTH) break;
    text = text === '' ? sentence.text : `${text} ${sentence.text}`;
  }
  return text === '' ? undefined : capped(text);
}

/**
 * The excerpt of an article and where it came from: the first of the page's summaries (meta
 * description, JSON-LD description, the deck) that is more than the headline or the site's name once
 * site names, list marks and a dateline are taken off, and (for a description) that talks about the
 * article rather than the site, else the first sentences of the body.
 *
 * @example
 * ```ts
 * readExcerpt({ meta: '(서울=연합뉴스) 홍길동 기자 = 시의회가 조례를 가결했다. - 한빛일보', siteNames: ['한빛일보'], title: '제목', paragraphs: [] });
 * // { text: '시의회가 조례를 가결했다.', source: 'meta' }
 * ```
 */
export function readExcerpt(input: {
  meta?: string;
  jsonLd?: string;
  deck?: string;
  siteNames: readonly string[];
  title: string;
  paragraphs: readonly Paragraph[];
}): { text: string; source: ExcerptSource } | undefined {
  const summaries: [ExcerptSource, string | undefined][] = [['meta', input.meta], ['jsonld', input.jsonLd], ['deck', input.deck?.replace(/\n/g, ' ')]];
  const body = input.paragraphs.map((p) => p.text).join(' ');
  // Without a body to compare with (none found), a description is taken as the article's.
  const article = body.length >= MIN_BODY_TO_COMPARE ? `${input.title} ${body}` : '';
  for (const [source, raw] of summaries) {
    const text = raw ? cleanSummary(raw, input.siteNames, input.title) : undefined;
    // The deck is the article's by its place; a description may be the site's own.
    if (text && (source === 'deck' || isAboutArticle(text, article))) return { text, source };
  }
  const text = bodyExcerpt(input.paragraphs);
  return text ? { text, source: 'body' } : undefined;
}
