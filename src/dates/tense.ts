/**
 * The tense of the clause after a date: past (`출시했다`), a plan (`열 예정이다`, `개막한다`) or unknown.
 * Korean marks the past with the final consonant ㅆ (했, 였, 됐, 었, 았), so one syllable test
 * covers every verb; a present-tense ending (`한다.`, `연다.`) in news states a schedule. In reported
 * speech (`…한다고 밝혔다`) only the reported predicate counts. A verb before its noun tells the tense
 * too: `5일 열린 회의` (past), `10일 열릴 행사` (future).
 */
import { FUTURE_ATTRIBUTIVE, FUTURE_MARKERS, NOT_ATTRIBUTIVE, NOUNS_IN_GO, PAST_ATTRIBUTIVE } from './vocabulary.js';

export type Tense = 'past' | 'future' | undefined;

/** How far after the date the predicate is looked for. */
const WINDOW = 120;

function finalConsonant(code: number): number {
  return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : -1;
}

const SSANG_SIOT = 20; // ㅆ
const NIEUN = 4; // ㄴ
const RIEUL = 8; // ㄹ

/** A date word or figure between a date and its predicate. */
const OTHER_DATE = /(?:오는|지난|내년|올해|다음\s?달|이달|\d\s?(?:월|일|분기|년))/;

/**
 * The tense of the first predicate after `from`, within the sentence.
 *
 * @example
 * ```ts
 * tenseAfter('7월 6일에 출시했다.', 5); // 'past'
 * tenseAfter('오는 10일 개막할 예정이다.', 6); // 'future'
 * ```
 */
/** The tense of an attributive verb form (`열린`, `발표된`, `열릴`), or `undefined` for any other token. */
const ATTRIBUTIVE_LAST = new Set([...PAST_ATTRIBUTIVE, ...FUTURE_ATTRIBUTIVE].map((suffix) => suffix.charAt(suffix.length - 1)));

export function attributiveTense(token: string): Tense {
  if (token.length === 0 || !ATTRIBUTIVE_LAST.has(token.charAt(token.length - 1)) || NOT_ATTRIBUTIVE.has(token)) return undefined;
  for (const suffix of PAST_ATTRIBUTIVE) if (token.endsWith(suffix) && (suffix.length > 1 || token.length > 1 || suffix === '연')) return suffix === '연' && token !== '연' ? undefined : 'past';
  for (const suffix of FUTURE_ATTRIBUTIVE) if (token.endsWith(suffix) && (suffix !== '열' || token === '열')) return 'future';
  return undefined;
}

export function tenseAfter(text: string, from: number): Tense {
  const end = Math.min(text.length, from + WINDOW);
  let stop = end;
  for (let i = from; i < end; i++) {
    const ch = text.charAt(i);
    if ((ch === '.' || ch === '?' || ch === '!' || ch === '\n') && !/\d/.test(text.charAt(i + 1))) {
      stop = i;
      break;
    }
  }
  const window = text.slice(from, stop);
  const future = FUTURE_MARKERS.exec(window);
  let tokenStart = 0;
  let sawConnective = false;
  for (let i = 0; i < window.length; i++) {
    if (future && future.index <= i) return 'future';
    const code = window.charCodeAt(i);
    const next = window.charAt(i + 1);
    const ch = window.charAt(i);
    if (ch === ' ') {
      // An attributive verb before its noun (열린 회의, 열릴 행사) is the clause's predicate.
      const nextCode = window.charCodeAt(i + 1);
      const attributive = nextCode >= 0xac00 && nextCode <= 0xd7a3 ? attributiveTense(window.slice(tokenStart, i)) : undefined;
      // 상륙한 뒤, 끝난 후: "after doing", no tense of its own.
      if (attributive && !/^(?:뒤|후|다음|이후|직후)/.test(window.slice(i + 1, i + 3))) {
        // 발사할 예정이었으나: a plan told in the past is past.
        if (attributive === 'future' && /^(?:예정|계획)이었/.test(window.slice(i + 1, i + 6))) return 'past';
        return attributive;
      }
      const last = window.charAt(i - 1);
      if ((last === '고' || last === '며') && i - tokenStart >= 2) {
        const token = window.slice(tokenStart, i);
        if (!NOUNS_IN_GO.has(token)) sawConnective = true;
      }
      tokenStart = i + 1;
      continue;
    }
    // 겠 (하겠다) is the future; 있 (있다, 있는) is no tense at all; every other ㅆ syllable is the past.
    if (ch === '겠') return 'future';
    // 지날 것으로, 열릴 것이다: a verb in -ㄹ before 것 looks ahead.
    if (ch === '것' && i > 0 && finalConsonant(window.charCodeAt(window.charAt(i - 1) === ' ' ? i - 2 : i - 1)) === RIEUL) return 'future';
    if (finalConsonant(code) === SSANG_SIOT && ch !== '있' && /[다으고던지는어습]/.test(next)) return 'past';
    // 한다. / 연다. ending a sentence: the present tense of news states a schedule; reported
    // (연다고 밝혔다, 연다며) it does too, and the reporting verb's own past is not the date's.
    if ((finalConsonant(code) === NIEUN || ch === '는') && next === '다') {
      const after = window.slice(i + 2, i + 4);
      if (after === '' || /^[^가-힣]/.test(after)) return 'future';
      // Reported (…오는 11월 발사한다고 발표했다): another date before the reported verb is that verb's,
      // so this one dates the report: read on to the reporting verb.
      if (/^(?:고|며)/.test(after)) {
        // …13일 협약을 맺고 배치한다고: the date's own predicate was the connective verb (맺고), untensed.
        if (sawConnective) return undefined;
        if (!OTHER_DATE.test(window.slice(0, i))) return 'future';
        continue;
      }
      if (/^면/.test(after)) return undefined;
    }
    if ((ch === '다' || ch === '라') && /^[다라]["'”’」]?(?:고|며)/.test(window.slice(i, i + 3))) return undefined;
  }
  return future ? 'future' : undefined;
}
