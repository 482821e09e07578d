/**
 * The actor of a clause: the noun marked by the subject or topic particle 이/가/은/는 nearest the
 * date, in the same clause. Korean chooses the particle by the last syllable — 이/은 after a final
 * consonant, 가/는 after a vowel — which tells a particle from a word that merely ends in 이 or 는.
 */
/** How far before and after the date a clause is looked for (characters). */
const CLAUSE_WINDOW = 200;

/** Clause breaks: commas and connective endings before a comma, outside quotes. */
const CLAUSE_BREAK = /[,，;]/;

/**
 * Endings that look like a particle but make an adverbial or an attributive (`7월에는`, `있는`, `새로운`,
 * and the 돌다 verbs of figures: `웃도는`, `밑도는`, `맴도는`, `겉도는`).
 */
const NOT_SUBJECT_ENDINGS = /(?:[놓르드치리키하되보주오가지우추]는|[웃밑맴겉]도는|에는|에서는|으로는|로는|와는|과는|에게는|한테는|까지는|부터는|보다는|이라는|라는|다는|한다는|하는|되는|있는|없는|했는|였는|않는|같은|많은|적은|높은|낮은|좋은|작은|않은|이는|보는|주는|오는|가는|받는|나는|지는)$/;

/** Dependent and empty nouns that are never the actor. */
const NOT_SUBJECT_NOUNS = new Set([
  '것', '수', '때', '중', '등', '점', '데', '바', '뿐', '측', '이', '그', '이번', '당시', '최근', '지난', '오는', '또한', '한편', '이상', '일부', '절반',
  '올해', '지난해', '작년', '내년', '오늘', '어제', '내일', '이달', '지난달', '다음달', '이번주', '지난주', '다음주', '상반기', '하반기', '연말', '연초',
]);

/** One-syllable nouns that are actors in news (`시는`, `군은`, `당은`); other one-syllable stems are verb pieces. */
const SHORT_ACTORS = new Set(['시', '군', '구', '도', '당', '팀', '국', '청', '원', '부', '처', '사', '위', '측']);

function finalConsonant(code: number): number {
  return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : -1;
}

/** Marks stripped from the start of a token. */
const OPENING_MARKS = `"'“‘([「『<`;
/** Marks stripped from the end of a token. */
const CLOSING_MARKS = `"'”’)]」』>.,!?`;

/**
 * A token without its opening quotes and brackets and its closing quotes, brackets and punctuation:
 * `“정부는` → `정부는`, `(시는)!` → `시는`. A linear scan from each end (a regex for the trailing
 * marks restarted at every mark of a long run: quadratic).
 *
 * @example
 * ```ts
 * stripMarks('"정부는"'); // '정부는'
 * ```
 */
export function stripMarks(token: string): string {
  let start = 0;
  while (start < token.length && OPENING_MARKS.includes(token.charAt(start))) start++;
  let end = token.length;
  while (end > start && CLOSING_MARKS.includes(token.charAt(end - 1))) end--;
  return token.slice(start, end);
}

/** The noun of a token marked by 이/가/은/는, or `undefined`. */
function markedNoun(token: string): string | undefined {
  const clean = stripMarks(token);
  if (clean.length < 2 || NOT_SUBJECT_ENDINGS.test(clean)) return undefined;
  const particle = clean.charAt(clean.length - 1);
  if (!'이가은는'.includes(particle)) return undefined;
  const noun = clean.slice(0, -1).replace(/["'“”‘’]/g, '');
  if (noun.length === 1 && !SHORT_ACTORS.has(noun)) return undefined;
  const last = noun.charCodeAt(noun.length - 1);
  const jong = finalConsonant(last);
  if (jong !== -1) {
    const afterConsonant = particle === '이' || particle === '은';
    if ((jong > 0) !== afterConsonant) return undefined;
  }
  if (NOT_SUBJECT_NOUNS.has(noun) || /\d/.test(noun)) return undefined;
  return noun;
}

/**
 * The subject nearest the mention at `[start, end)` of `sentence`, within its clause.
 *
 * @example
 * ```ts
 * subjectNear('메타가 7월 6일에 출시했다.', 4, 9); // '메타'
 * ```
 */
export function subjectNear(sentence: string, start: number, end: number): string | undefined {
  // The clause: from the last break before the mention to the first break after it, outside quotes;
  // looked for within a window around the mention, so a sentence without end costs no more.
  const windowStart = Math.max(0, start - CLAUSE_WINDOW);
  const windowEnd = Math.min(sentence.length, end + CLAUSE_WINDOW);
  let from = windowStart;
  let to = windowEnd;
  let inQuote = false;
  for (let i = windowStart; i < windowEnd; i++) {
    const ch = sentence.charAt(i);
    if (ch === '"' || ch === '“' || ch === '”') inQuote = ch === '"' ? !inQuote : ch === '“';
    if (!inQuote && CLAUSE_BREAK.test(ch)) {
      if (i < start) from = i + 1;
      else if (i >= end) {
        to = i;
        break;
      }
    }
  }
  let best: { noun: string; distance: number } | undefined;
  const tokenPattern = /\S+/g;
  const clause = sentence.slice(from, to);
  for (let match = tokenPattern.exec(clause); match !== null; match = tokenPattern.exec(clause)) {
    const tokenStart = from + match.index;
    const tokenEnd = tokenStart + match[0].length;
    if (tokenEnd > start && tokenStart < end) continue; // the date itself
    const noun = markedNoun(match[0]);
    if (!noun) continue;
    const distance = tokenEnd <= start ? start - tokenEnd : tokenStart - end;
    if (!best || distance < best.distance) best = { noun, distance };
  }
  return best?.noun;
}
