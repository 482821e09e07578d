/**
 * Headlines without the site name: `제목 - 조선일보`, `제목 | 한국일보`, `제목 : 네이버 뉴스`,
 * `제목 > 게시판 | 사이트` (Gnuboard), `[단독] 제목` stays as it is.
 */

/**
 * Separators between a headline and the site or board name in `<title>` and `og:title`. The lookbehind
 * lets a match start only at the first space of a run, so a long run of spaces is scanned once: linear.
 */
const SEPARATOR = /(?<!\s)\s+(?:[-|:·–—>»<«/‹›＞＜]|\|\||::|\uff5c|ㅣ)\s+/;

/** Separators that read as a path (`창업뉴스 > 제목`, `제목 < 경제 < 기사본문`): the short parts beside them are sections. */
const PATH_SEPARATOR = /^\s+[>»<«‹›＞＜]\s+$/;

/** Decoration around a title that is only the site's name (`:: 주간한빛 ::`, `▒ 해오름신문 ▒`, `☆ 신문 ☆`). */
const DECORATION = new Set(' \t\n:=~*·.-_|▒■□◆◇★☆♣♠♥●○◎▶◀►◄♬♪※');

/** Decoration that never ends a headline (`:: 사이트 ::`, `▒ 사이트 ▒`); dots, dashes and quotes may. */
const TITLE_DECORATION = new Set(' :=~▒■□◆◇★☆♣♠♥●○◎♬♪※');

/** The text without characters of `set` at either end (a loop: a pattern for the end would be quadratic). */
function trimEdges(text: string, set: ReadonlySet<string>): string {
  let start = 0;
  let end = text.length;
  while (start < end && set.has(text.charAt(start))) start++;
  while (end > start && set.has(text.charAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Words in brackets at the head of a headline that belong to it (`[단독]`, `[속보]`, `[포토]`):
 * a bracketed name that is not one of these and reads as an outlet's (`[너른들뉴스] 제목`) is the site's.
 */
export const HEADLINE_TAGS = [
  '단독', '속보', '긴급', '포토', '포토뉴스', '사진', '영상', '인터뷰', '기획', '사설', '칼럼', '종합', '르포', '특집', '연재', '현장', '이슈', '분석',
  '기고', '시론', '논평', '해설', '팩트체크', '부고', '인사', '동정', '알림', '사고', '정정', '반론보도', '카드뉴스', '그래픽', '인포그래픽', '오늘의 운세',
] as const;
const HEADLINE_TAG = new RegExp(`^(?:${HEADLINE_TAGS.join('|')}|\\d보|[1-9]\\d?(?:보|부))$`);
const BRACKET_HEAD = /^\s?[\[【〔]([^\]】〕]{2,20})[\]】〕]\s?/;

/** Endings of board and section names before a headline (`창업뉴스 > 제목`, `지역소식 > 제목`). */
const SECTION_ENDING = /(?:뉴스|소식|게시판|기사|칼럼|포토|오피니언|자료실|알림|공지|리포트|광장|마당)$/;

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
export function bareTitle(text: string): string {
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
  const title = trimEdges(normaliseForCompare(raw.length > MAX_RAW_TITLE ? raw.slice(0, MAX_RAW_TITLE) : raw), TITLE_DECORATION);
  if (title === '') return '';
  const headings = new Set(context.headings.map(normaliseForCompare));
  const siteNames = new Set([...context.siteNames, ...SITE_SUFFIXES].map((name) => normaliseForCompare(name).toLowerCase()));

  const parts = title.split(SEPARATOR);
  if (parts.length === 1) return withoutSiteBracket(stripKnownSuffix(title, context.siteNames), siteNames, headings);
  // The longest run of parts (a head, a tail or a middle) that the page also prints as a heading:
  // `제목 > 게시판` may be printed whole above the board and the headline alone in the post.
  const runs: { text: string; count: number }[] = [];
  // (A title of more than a dozen parts is no headline with its site name: the bound keeps this small.)
  for (let start = 0; start < Math.min(parts.length, 12); start++) {
    for (let end = parts.length; end > start; end--) {
      if (start === 0 && end === parts.length) continue;
      runs.push({ text: sliceParts(title, parts, start, end), count: end - start });
    }
  }
  // Of the runs the page prints, the one of fewest parts (`제목`, not `제목 > 게시판`), then the longest.
  const shown = runs
    .filter((run) => run.text.length >= 6 && headings.has(run.text))
    .sort((a, b) => a.count - b.count || b.text.length - a.text.length)[0]?.text;
  if (shown !== undefined) return shown;
  if (headings.has(title)) return title;
  // `분류 - 제목` where the page's heading prints the category link and the headline (`<h1><a>분류</a> <a>제목</a></h1>`).
  const bareHeadings = [...headings].map(bareTitle);
  if (!bareHeadings.some((h) => h.includes(bareTitle(title)))) {
    for (let start = 1; start < Math.min(parts.length, 4); start++) {
      const tail = sliceParts(title, parts, start, parts.length);
      const bare = bareTitle(tail);
      if (bare.length >= 10 && bareHeadings.some((h) => h.includes(bare) && h.length <= bare.length + 20)) return tail;
    }
  }
  const separators = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  // `창업뉴스 > 제목 | 사이트`, `경제 > 제목`: a short section or board name in front of a path separator.
  let start = 0;
  while (start < parts.length - 1) {
    const front = normaliseForCompare(parts[start] as string);
    const rest = sliceParts(title, parts, start + 1, parts.length);
    const isSection = PATH_SEPARATOR.test(separators[start] ?? '') || SECTION_ENDING.test(front) || (SECTION_SUFFIXES as readonly string[]).includes(front);
    if (front.length <= 12 && isSection && rest.length >= 10 && !siteNames.has(front.toLowerCase())) start++;
    else break;
  }
  if (start > 0) return cleanTitle(sliceParts(title, parts, start, parts.length), context);
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
  return withoutSiteBracket(stripKnownSuffix(head, context.siteNames), siteNames, headings);
}

/** `[너른들뉴스] 제목` → `제목`, when the bracket holds a site's name and not a headline tag (`[단독]`). */
function withoutSiteBracket(title: string, siteNames: ReadonlySet<string>, headings: ReadonlySet<string>): string {
  const match = BRACKET_HEAD.exec(title);
  if (!match || headings.has(title)) return title;
  const inside = normaliseForCompare(match[1] as string);
  const rest = title.slice(match[0].length).trim();
  if (HEADLINE_TAG.test(inside) || rest.length < 6) return title;
  return siteNames.has(inside.toLowerCase()) || OUTLET_ENDING.test(inside) || headings.has(rest) ? rest : title;
}

/**
 * A `<title>` that is only decoration and the site's name (`:: 주간한빛 - 우리 동네를 읽는 신문 ::`): the
 * name, for a page that names its publisher nowhere else. `undefined` when the title is not that short.
 *
 * @example
 * ```ts
 * siteNameOfBareTitle(':: 주간한빛 - 우리 동네를 읽는 신문 ::'); // '주간한빛'
 * ```
 */
export function siteNameOfBareTitle(raw: string): string | undefined {
  const title = trimEdges(normaliseForCompare(raw), DECORATION);
  const first = trimEdges(withoutEdgeSeparators(title.split(SEPARATOR)[0] ?? ''), DECORATION).split(/\s?[▒■◆★☆●※]\s?/)[0]?.trim();
  return first && first.length >= 2 && first.length <= 20 ? first : undefined;
}

/** Parts `start` to `end` of the title, with their original separators. */
function sliceParts(title: string, parts: readonly string[], start: number, end: number): string {
  let index = 0;
  let from = 0;
  for (let i = 0; i < end; i++) {
    index = title.indexOf(parts[i] as string, index);
    if (i === start) from = index;
    index += (parts[i] as string).length;
  }
  return title.slice(from, index).trim();
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
