/**
 * The actor of a clause: the noun marked by the subject or topic particle 이/가/은/는 nearest the
 * date, in the same clause. Korean chooses the particle by the last syllable — 이/은 after a final
 * consonant, 가/는 after a vowel — which tells a particle from a word that merely ends in 이 or 는.
 */
import {
  DETERMINERS, SURNAMES, NOT_IN_PHRASE, NOT_NOUN_END, VERB_BEFORE_NOUN_ENDINGS, VERB_LIKE_MARKED, NOT_SUBJECT_ENDINGS, NOT_SUBJECT_NOUNS, NOUNS_LIKE_PARTICLES, REPORTED_CLAUSE_END, REPORTING_VERBS, SHORT_ACTORS,
} from './vocabulary.js';

/** How far before and after the date a clause is looked for (characters). */
const CLAUSE_WINDOW = 200;

/** Clause breaks: commas and connective endings before a comma, outside quotes. */
const CLAUSE_BREAK = /[,，;]/;

/** Most words a noun phrase takes before its marked noun (`한 편의점 업체가`). */
const MAX_PHRASE_WORDS = 4;

/** Titles after a surname (`장 대표`, `김 의원`). */
const TITLES = /^(?:대표|의원|장관|회장|시장|지사|총리|대통령|위원장|사장|감독|선수|씨|교수|원장|처장|청장|차관|후보|판사|검사|변호사|군수|구청장|총장|단장|부장|팀장|국장|실장|과장|대변인)$/;

/** A figure with a counter (`1000명`, `3곳`): a quantity, never the actor; `3사` (three companies) is one. */
const QUANTITY = /^[\d,.]+\s?(?:명|개|곳|건|대|원|만|억|조|달러|톤|배|가구|채|척|마리|권|회|차례|번|위|%|퍼센트|세|일|월|년|시|분|분기|주|초)?$/;

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
function markedNoun(token: string, nounBefore = false): string | undefined {
  const clean = stripMarks(token);
  // 열리는, 오르는 are verbs before a noun; after a determiner or a noun (첫 입주는, A사 주가는), or first in a
  // sentence (개나리는), such a word is a noun with its particle.
  const knownNoun = isListedNoun(clean.slice(0, -1));
  if (clean.length < 2 || (!knownNoun && NOT_SUBJECT_ENDINGS.test(clean)) || (!nounBefore && VERB_BEFORE_NOUN_ENDINGS.test(clean)) || VERB_LIKE_MARKED.test(clean)) return undefined;
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
  if (NOT_SUBJECT_NOUNS.has(noun) || QUANTITY.test(noun) || !/[가-힣A-Za-z]/.test(noun)) return undefined;
  return noun;
}

/** Particles that may close a word; such a word ends its own phrase (`정부의`, `서울에서`). */
const PARTICLE_END = /(?:은|는|이|가|을|를|의|에|와|과|로|만|서|고|며|면|게|다|한|된|던|할|될|인|께|엔|나|랑|죠|요)$/;

/** The listed nouns by their last syllable. */
const NOUNS_BY_LAST = new Map<string, string[]>();
for (const noun of NOUNS_LIKE_PARTICLES) {
  const last = noun.charAt(noun.length - 1);
  NOUNS_BY_LAST.set(last, [...(NOUNS_BY_LAST.get(last) ?? []), noun]);
}

/** A noun of the list, or a compound ending in one (`교통사고`). */
function isListedNoun(word: string): boolean {
  const candidates = NOUNS_BY_LAST.get(word.charAt(word.length - 1));
  return candidates !== undefined && (NOUNS_LIKE_PARTICLES.has(word) || candidates.some((noun) => word.length > noun.length && word.endsWith(noun)));
}

/** May `word` stand in a noun phrase before its head (`지하철` in `지하철 요금이`, `새` in `새 기준이`)? */
function inPhrase(word: string): 'noun' | 'determiner' | undefined {
  if (DETERMINERS.has(word)) return 'determiner';
  if (word.length === 0 || NOT_IN_PHRASE.has(word) || NOT_SUBJECT_NOUNS.has(word)) return undefined;
  if (!/^[가-힣A-Za-z0-9()·&\-]+$/.test(word) || QUANTITY.test(word) || /\d\s?(?:일|월|년|시|분기)$/.test(word) || /^\d+\s?(?:일|월|년|분기|시)(?:[은는이가을를의에도만]|에는|에서|부터|까지)?$/.test(word)) return undefined;
  if (isListedNoun(word)) return 'noun';
  // A word of one syllable is a verb piece or a counter (연, 갈, 말) unless it is a known noun.
  if (word.length === 1 && !SHORT_ACTORS.has(word)) return undefined;
  if (NOT_NOUN_END.test(word)) return undefined;
  if (PARTICLE_END.test(word)) {
    const last = word.charAt(word.length - 1);
    const before = word.charCodeAt(word.length - 2);
    // 물가, 국가: 가 after a final consonant is no particle (the particle would be 이); 아이: 이 after a vowel.
    if (last === '가' && finalConsonant(before) > 0) return 'noun';
    // 아이, 차이: 이 after a vowel is no particle (the particle would be 가).
    if (last === '이' && finalConsonant(before) === 0 && word.length > 1) return 'noun';
    // 원서, 보고서: 서 after anything but a verb's -어/-아 (해서, 와서, 가서).
    if (last === '서' && word.length >= 2 && !/[어아해여워져쳐와봐줘가나돼써]/.test(word.charAt(word.length - 2))) return 'noun';
    return undefined;
  }
  return 'noun';
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The marked noun at `tokens[k]` with the bare nouns and determiners just before it. */
function nounPhrase(tokens: readonly Token[], k: number, noun: string, from: number, mention: { start: number; end: number }): string {
  const words = [noun];
  for (let j = k - 1; j >= 0 && words.length <= MAX_PHRASE_WORDS; j--) {
    const token = tokens[j] as Token;
    if (token.start < from || (token.end > mention.start && token.start < mention.end)) break;
    const next = tokens[j + 1] as Token;
    if (next.start - token.end > 1) break; // two spaces or a mark between: not one phrase
    const word = token.text;
    if (/["'“”‘’」』>]$/.test(word)) break;
    const bare = word.replace(/^["'“‘(「『<]+/, '');
    // 장 대표, 이 의원: a surname of one syllable before a title.
    const kind = bare.length === 1 && SURNAMES.has(bare) && j === k - 1 && TITLES.test(noun) ? 'determiner' : inPhrase(bare);
    if (!kind) break;
    words.unshift(word.replace(/^["'“‘(「『<]+/, ''));
    // A surname (장 대표) or an opening mark starts the phrase; a determiner may follow a noun (신도시 첫 입주).
    if ((kind === 'determiner' && !DETERMINERS.has(bare)) || /^["'“‘(「『<]/.test(word)) break;
  }
  return words.join(' ');
}

/** Is the word before `tokens[k]` a noun or determiner of its phrase (or is the token the sentence's first)? */
function nounBefore(tokens: readonly Token[], k: number, sentenceStart = true): boolean {
  if (k === 0) return sentenceStart;
  const previous = tokens[k - 1] as Token;
  if ((tokens[k] as Token).start - previous.end > 1) return false;
  return inPhrase(previous.text) !== undefined;
}

function tokensOf(sentence: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  const clause = sentence.slice(from, to);
  for (let match = pattern.exec(clause); match !== null; match = pattern.exec(clause)) {
    tokens.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
  }
  return tokens;
}

/**
 * The subject nearest the mention at `[start, end)` of `sentence`, within its clause: the noun phrase
 * marked by 이/가/은/는, whole (`지하철 요금`). A date right before a reporting verb (`…늘었다고 5일
 * 밝혔다`) takes the sentence's subject; a date inside the report takes the report's.
 *
 * @example
 * ```ts
 * subjectNear('메타가 7월 6일에 출시했다.', 4, 9); // '메타'
 * subjectNear('서울시는 지하철 요금이 오는 7일 오른다고 3일 밝혔다.', 24, 26); // '서울시'
 * ```
 */
export function subjectNear(sentence: string, start: number, end: number): string | undefined {
  // Within a window around the mention: a sentence without end costs no more per mention.
  const all = tokensOf(sentence, Math.max(0, start - CLAUSE_WINDOW), Math.min(sentence.length, end + CLAUSE_WINDOW));
  const mentionFirst = all.findIndex((t) => t.end > start);
  const mentionLast = all.findIndex((t) => t.start >= end);
  const before = mentionFirst > 0 ? (all[mentionFirst - 1] as Token) : undefined;
  const after = mentionLast === -1 ? '' : sentence.slice((all[mentionLast] as Token).start);
  // The date of the reporting verb: the sentence's own subject, its first marked phrase.
  if (before && REPORTED_CLAUSE_END.test(stripMarks(before.text)) && REPORTING_VERBS.test(after.replace(/^(?:에|엔)\s?/, ''))) {
    for (let k = 0; k < mentionFirst; k++) {
      const noun = markedNoun((all[k] as Token).text, nounBefore(all, k));
      if (noun) return nounPhrase(all, k, noun, 0, { start, end });
    }
  }
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
    if (!inQuote && CLAUSE_BREAK.test(ch) && !(ch === ',' && /\d/.test(sentence.charAt(i - 1)) && /\d/.test(sentence.charAt(i + 1)))) {
      if (i < start) from = i + 1;
      else if (i >= end) {
        to = i;
        break;
      }
    }
  }
  const tokens = tokensOf(sentence, from, to);
  // A date inside a report (…늘었다고 5일 밝혔다) takes the report's subject, not the sentence's topic.
  const reportEnd = tokens.findIndex((t, k) => t.start >= end && REPORTED_CLAUSE_END.test(stripMarks(t.text)) && k + 1 < tokens.length);
  let best: { noun: string; distance: number; k: number } | undefined;
  const candidates: { noun: string; distance: number; k: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.end > start && token.start < end) continue; // the date itself
    if (reportEnd !== -1 && k > reportEnd) break;
    const noun = markedNoun(token.text, nounBefore(tokens, k, from === 0));
    if (!noun) continue;
    const distance = token.end <= start ? start - token.end : token.start - end;
    candidates.push({ noun: nounPhrase(tokens, k, noun, from, { start, end }), distance, k });
  }
  let pool = candidates;
  if (reportEnd !== -1 && candidates.length > 1) {
    const topic = candidates[0] as (typeof candidates)[number];
    if (/[은는]$/.test(stripMarks((tokens[topic.k] as Token).text)) && (tokens[topic.k] as Token).end <= start) pool = candidates.slice(1);
  }
  for (const candidate of pool) if (!best || candidate.distance < best.distance) best = candidate;
  return best?.noun;
}
