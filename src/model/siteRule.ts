/**
 * The shape of a site family's rules. Rules are data: CSS selectors and fixed values, read by the
 * extraction code in `src/article/`. Every selector list is tried in order; the first selector
 * that finds a non-empty value wins.
 */

/** How a page is recognised as belonging to a family. Any one match is enough. */
export interface FamilyDetection {
  /** Host names (or their parent domains) of the family's sites: `news.naver.com` matches `n.news.naver.com`. */
  hosts?: readonly string[];
  /** Selectors of markup only this family prints (`#bo_v_con` for Gnuboard). */
  markers?: readonly string[];
  /**
   * A pattern of `<meta name="generator">` or of script text that only this family has. In a user's
   * rule it may be a string (read as a case-insensitive regular expression), so rules can live in JSON.
   */
  generator?: RegExp;
}

/** The rules of one CMS or outlet family. */
export interface SiteFamily {
  /** Stable id, reported as `article.source.family`. */
  name: string;
  /** Where the rules come from (which markup they were read off). */
  source: string;
  detect: FamilyDetection;
  /** The outlet's name when the family is one outlet (`조선일보`). */
  publisher?: string;
  title?: readonly string[];
  subtitle?: readonly string[];
  /** Elements whose `datetime`/`data-date-time` attribute or text is the first publication time. */
  published?: readonly string[];
  modified?: readonly string[];
  /** The article container. The first selector that matches a non-empty element is used. */
  body?: readonly string[];
  /** Elements dropped inside the body (ads, related boxes, bylines in a box of their own). */
  drop?: readonly string[];
  /** Caption elements inside the body. */
  captions?: readonly string[];
  /** Elements holding reporter names (text like `홍길동 기자`). */
  authors?: readonly string[];
  /** Elements holding the publisher's name (text, or `alt`/`title` of an image). */
  publisherName?: readonly string[];
  section?: readonly string[];
  tags?: readonly string[];
  /** Areas of reader comments, previous/next links and related lists, never part of the body. */
  comments?: readonly string[];
  navigation?: readonly string[];
  related?: readonly string[];
  /** The site loads its comments by script: the HTML has none (`comments-not-in-html`). */
  commentsByScript?: boolean;
}

/**
 * A site rule as a user writes it: a {@link SiteFamily} whose `source` may be left out and whose
 * `detect.generator` may be a string. Pass an array of them as `ParseOptions.siteRules`; they are
 * checked when `parseArticle` is called (`SinmunError('invalid-option')` names the bad field) and
 * tried before the built-in rules.
 *
 * @example
 * ```ts
 * const rule: SiteRule = {
 *   name: 'hanbit-weekly',
 *   detect: { hosts: ['hanbitweekly.example.kr'] },
 *   publisher: '주간한빛',
 *   title: ['td.view_title'],
 *   body: ['td.view_text'],
 *   authors: ['span.reporter'],
 *   published: ['span.date'],
 * };
 * parseArticle(html, { url: 'http://hanbitweekly.example.kr/news/view.php?no=1', siteRules: [rule] });
 * ```
 */
export interface SiteRule extends Omit<SiteFamily, 'source' | 'detect'> {
  /** Where the rule comes from; optional in a user's rule. */
  source?: string;
  detect: Omit<FamilyDetection, 'generator'> & { generator?: RegExp | string };
}
