/**
 * Headlines without the site name: `제목 - 조선일보`, `제목 | 한국일보`, `제목 : 네이버 뉴스`,
 * `제목 > 게시판 | 사이트` (Gnuboard), `[단독] 제목` stays as it is.
 */

/**
 * Separators between a headline and the site or board name in `<title>` and `og:title`. The lookbehind
 * lets a match start only at the first space of a run, so a long run of spaces is scanned once: linear.
 */
const SEPARATOR = /(?<!\s)\s+(?:[-|:·–—>»<«/]|\|\||::|\uff5c|ㅣ)\s+/;

/** Portal and outlet suffixes that are never part of a headline. */
export const SITE_SUFFIXES = [
  '네이버 뉴스', '네이버뉴스', '다음뉴스', '다음 뉴스', 'Daum 뉴스', '네이트 뉴스', 'Chosun', 'Chosunbiz', '중앙일보', '동아일보', '한겨레',
  '경향신문', '연합뉴스', '매일경제', '한국경제', '한국일보', '조선일보', '뉴시스', '뉴스1', 'ZDNet Korea', '지디넷코리아', '전자신문', '블로터',
  'KBS 뉴스', 'SBS 뉴스', 'MBC 뉴스', '연합뉴스TV', 'YTN', 'JTBC 뉴스', '머니투데이', '서울경제', '헤럴드경제', '이데일리',
] as const;

/** Longest raw title read. */
const MAX_RAW_TITLE = 500;

function normaliseForCompare(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * Strips site and board names from a raw title. `siteNames` are names known from the page
 * (`og:site_name`, the publisher); `headings` are the page's visible headings: when one of them is
 * the head of the raw title, it is the headline.
 *
 * @example
 * ```ts
 * cleanTitle('정부, 새 정책 발표 - 조선일보', { siteNames: [], headings: [] }); // '정부, 새 정책 발표'
 * ```
 */
/** A title without quote marks, spaces and ellipses: to compare a JSON-LD headline with the page's. */
function bareTitle(text: string): string {
  return text.replace(/["'“”‘’「」『』〈〉《》\s…·.]/g, '');
}

/**
 * The headline as the page shows it: when a visible heading says the same as `title` but for quote
 * marks and spacing (JSON-LD headlines often drop the opening quotes), the heading's text.
 *
 * @example
 * ```ts
 * shownTitle('왜 싸우나... 통합 외친 후보', ['"왜 싸우나"... 통합 외친 후보']); // '"왜 싸우나"... 통합 외친 후보'
 * ```
 */
export function shownTitle(title: string, headings: readonly string[]): string {
  const bare = bareTitle(title);
  if (bare === '') return title;
  for (const heading of headings) {
    if (heading !== title && bareTitle(heading) === bare) return normaliseForCompare(heading);
  }
  return title;
}

export function cleanTitle(raw: string, context: { siteNames: readonly string[]; headings: readonly string[] }): string {
  // No headline is this long; the bound keeps the separator search small on hostile titles.
  const title = normaliseForCompare(raw.length > MAX_RAW_TITLE ? raw.slice(0, MAX_RAW_TITLE) : raw);
  if (title === '') return '';
  const headings = new Set(context.headings.map(normaliseForCompare));
  if (headings.has(title)) return title;

  const parts = title.split(SEPARATOR);
  if (parts.length === 1) return stripKnownSuffix(title, context.siteNames);
  // The longest head, or tail, of the title that the page also prints as a heading.
  for (let end = parts.length - 1; end >= 1; end--) {
    const head = joinHead(title, parts, end);
    if (headings.has(head)) return head;
  }
  for (let start = 1; start < parts.length; start++) {
    const tail = title.slice(title.indexOf(parts[start] as string, joinHead(title, parts, start).length)).trim();
    if (headings.has(tail)) return tail;
  }
  const siteNames = new Set([...context.siteNames, ...SITE_SUFFIXES].map((name) => normaliseForCompare(name).toLowerCase()));
  let end = parts.length;
  while (end > 1) {
    const tail = (parts[end - 1] as string).toLowerCase();
    const headLength = joinHead(title, parts, end - 1).length;
    const known = siteNames.has(tail) || [...siteNames].some((name) => name !== '' && tail.includes(name));
    if (known || (tail.length <= 12 && headLength >= 10)) end--;
    else break;
  }
  const head = joinHead(title, parts, end);
  // `사이트명 - 제목`: a known site name in front.
  const front = (parts[0] as string).toLowerCase();
  if (end > 1 && siteNames.has(front)) return title.slice(title.indexOf(parts[1] as string, (parts[0] as string).length)).trim();
  return stripKnownSuffix(head, context.siteNames);
}

/**
 * The site name a `<title>` carries beside the headline (`제목 | 우리신문` → `우리신문`), for pages
 * that name their publisher nowhere else.
 *
 * @example
 * ```ts
 * siteNameOfTitle('제목 | 우리신문', '제목'); // '우리신문'
 * ```
 */
export function siteNameOfTitle(raw: string, headline: string): string | undefined {
  const title = normaliseForCompare(raw);
  if (headline === '' || !title.includes(headline) || title === headline) return undefined;
  const [before = '', after = ''] = title.replace(headline, '\u0000').split('\u0000');
  const fits = (part: string): boolean => part.length >= 2 && part.length <= 20;
  // After the headline: the site name is the last part (`제목 > 게시판 | 사이트`).
  const suffix = after.split(SEPARATOR).map(withoutEdgeSeparators).filter(fits).pop();
  if (suffix) return suffix;
  // Before it, a board or section name is as likely as the site's, so only a name that reads as an outlet's.
  return before.split(SEPARATOR).map(withoutEdgeSeparators).filter(fits).find((part) => OUTLET_ENDING.test(part));
}

const LEADING_SEPARATOR = /^[-|:·–—>»<«/｜ㅣ]/;
const TRAILING_SEPARATOR = /[-|:·–—>»<«/｜ㅣ]$/;

/**
 * A part of a title, trimmed, without one separator at its start and one at its end (what is left
 * of `제목 > 게시판 | 사이트` around the headline). Trimming first keeps the two patterns free of
 * spaces, so each is linear.
 *
 * @example
 * ```ts
 * withoutEdgeSeparators(' | 매일경제 '); // '매일경제'
 * ```
 */
export function withoutEdgeSeparators(part: string): string {
  return part.trim().replace(LEADING_SEPARATOR, '').trim().replace(TRAILING_SEPARATOR, '').trim();
}

/** Endings of Korean outlet names (`한내신문`, `청운타임즈`, `들녘일보`). */
const OUTLET_ENDING = /(?:신문|일보|뉴스|타임즈|타임스|방송|저널|미디어|닷컴|매일|경제|투데이|포스트|TV)$/;

/** The first `count` parts of the title, with their original separators. */
function joinHead(title: string, parts: readonly string[], count: number): string {
  let index = 0;
  for (let i = 0; i < count; i++) {
    index = title.indexOf(parts[i] as string, index) + (parts[i] as string).length;
  }
  return title.slice(0, index).trim();
}

/** Section names some sites print between the headline and the site name (`제목-사회ㅣ한국일보`). */
export const SECTION_SUFFIXES = ['정치', '경제', '사회', '국제', '문화', '스포츠', '연예', '오피니언', 'IT', '과학', '산업', '생활', '전국', '라이프', '지역', '사설', '칼럼'] as const;

/** A section name after a separator at the end (the caller trims the spaces left before the separator). */
const SECTION_SUFFIX = new RegExp(`[-|:·/｜ㅣ]\\s*(?:${SECTION_SUFFIXES.join('|')})$`);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A site name after a separator at the end of a title; one pattern for all names. The match starts at
 * the first space before the separator (the lookbehind), so a run of spaces is scanned once: linear.
 */
function suffixPattern(names: readonly string[]): RegExp | undefined {
  const alternatives = names.filter((name) => name.length > 0).map(escapeRegExp);
  return alternatives.length === 0 ? undefined : new RegExp(`(?<!\\s)\\s*[-|:·–—>/｜ㅣ]\\s*(?:${alternatives.join('|')})\\s*$`);
}

const KNOWN_SUFFIX = suffixPattern(SITE_SUFFIXES) as RegExp;

/** `제목 | 사이트` without spaces around the bar, or `제목 – 사이트명` with a known name. */
function stripKnownSuffix(title: string, siteNames: readonly string[]): string {
  for (const pattern of [suffixPattern(siteNames), KNOWN_SUFFIX]) {
    const match = pattern?.exec(title);
    if (match && match.index > 0) return title.slice(0, match.index).trim().replace(SECTION_SUFFIX, '').trim();
  }
  return title;
}
