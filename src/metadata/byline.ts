/**
 * Reporter bylines as Korean pages print them: `홍길동 기자`, `홍길동 기자 gildong@example.com`,
 * `(서울=연합뉴스) 홍길동 기자 =`, `[서울=뉴시스]홍길동 기자 =`, `홍길동·김철수 기자`.
 */
import type { Author } from '../model/article.js';

/** Role words that follow a reporter's name. Longest first, so `객원기자` wins over `기자`. */
export const ROLE_WORDS = [
  '대학생기자', '청소년기자', '선임기자', '전문기자', '객원기자', '수습기자', '인턴기자', '사진기자', '영상기자', '취재기자', '시민기자', '마을기자',
  '명예기자', '학생기자', '주재기자', '수석기자', '대기자', '기자', '특파원', '논설위원', '논설실장', '편집위원', '통신원', '에디터', '칼럼니스트',
  '앵커', '기상캐스터', '리포터',
] as const;

/**
 * Credit words printed before a closing byline (`글·사진 홍길동 기자`, `사진 홍길동 기자`, `정리=홍길동 기자`):
 * what the reporter did, not a name.
 */
export const CREDIT_WORDS = ['글·사진', '사진·글', '글/사진', '사진/글', '글·그림', '글', '사진', '취재', '정리', '취재·정리', '영상', '그래픽', '대담', '진행'] as const;

/** Any credit word, as a pattern source (`글·사진` also as `글 · 사진`, `글/사진`). */
export const CREDIT = CREDIT_WORDS.map((word) => word.replace(/[·/]/g, '\\s?[·/]\\s?')).join('|');

/**
 * Endings of outlet names (`한내신문`, `청운타임즈`, `들녘일보`, `한빛통신`): a word with one of these
 * before a byline or inside a dateline bracket is the outlet's name, not a person's.
 */
export const OUTLET_ENDINGS = ['신문', '일보', '뉴스', '타임즈', '타임스', '방송', '저널', '미디어', '닷컴', '통신', '매일', '경제', '투데이', '포스트', 'TV', '데일리', '뉴스1'] as const;

const ROLE = ROLE_WORDS.join('|');
/** An outlet's name: a word ending like one (bounded, so it cannot backtrack long). */
export const OUTLET_NAME = String.raw`[가-힣A-Za-z0-9]{1,12}(?:${OUTLET_ENDINGS.join('|')})`;
const NAME = '[가-힣]{2,4}';
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;

/** `(서울=연합뉴스) 홍길동 기자 =`, `[서울=뉴시스]홍길동 기자 =`, `[헤럴드경제=홍길동 기자]`, `(세종=뉴스1) 홍길동 기자 =` at the start of a paragraph. */
export const DATELINE_PATTERN = new RegExp(
  String.raw`^\s?[(\[【]\s?[가-힣A-Za-z·\s]{1,15}\s?[=|]\s?(?:(${NAME}(?:\s?[·,]\s?${NAME})*)\s?(${ROLE})|[가-힣A-Za-z0-9]{1,15}(?:\s?(${NAME}(?:\s?[·,]\s?${NAME})*)\s?(${ROLE}))?)\s?[)\]】]\s?(?:(${NAME}(?:\s?[·,]\s?${NAME})*)\s?(${ROLE})\s?(?:${EMAIL}\s?)?)?=?\s?`,
);

/** An outlet or desk word some bylines put between the name and the role: `홍길동 한경닷컴 기자`. */
const ORG_WORD = String.raw`[가-힣A-Za-z0-9]{1,8}(?:닷컴|뉴스|일보|신문|방송|경제|미디어|TV|온라인|디지털)`;

/** A name and role at the start of the text: `홍길동 기자`, `홍길동·김철수 기자 hong@example.com`. */
const NAME_ROLE = new RegExp(String.raw`^(${NAME}(?:\s?[·,]\s?${NAME})*)\s?(?:${ORG_WORD}\s)?(${ROLE})(?![가-힣])(?:\s?[(<\[]?\s?(${EMAIL}))?`);

/** The end of a name and a list separator (`홍길동·`, `홍길동, `): a name after it continues a list. */
const AFTER_LISTED_NAME = /[가-힣]{2}\s?[·,]\s?$/;
const SYLLABLE = /[가-힣]/;
const FOUR_SYLLABLES = /^[가-힣]{4}/;

/** A name, role and e-mail found in a line. */
export interface NameRole {
  /** The names as written: `홍길동`, `홍길동·김철수`. */
  names: string;
  role: string;
  email?: string;
}

/**
 * Every name-and-role in `line`, left to right: what `/…/g` of NAME_ROLE unanchored finds, in linear
 * time. NAME_ROLE is tried at each position from the end of the previous match, except where a match
 * would imply one at an earlier position of the same search (so the first match is the same):
 * - after two syllables and a list separator (`김철수·|홍길동`): a match here is the tail of one that
 *   starts at those two syllables;
 * - inside a word with fewer than four syllables from here (`홍|길동`): a match here also starts a
 *   syllable earlier, with a name one syllable longer.
 * What is left tries each list of names about once; the unanchored pattern walked a long list once from
 * each of its names (quadratic).
 *
 * @example
 * ```ts
 * findNameRoles('홍길동·김철수 기자 hong@example.co.kr'); // [{ names: '홍길동·김철수', role: '기자', email: 'hong@example.co.kr' }]
 * ```
 */
export function findNameRoles(line: string): NameRole[] {
  const found: NameRole[] = [];
  let from = 0;
  for (let at = 0; at < line.length; at++) {
    if (!SYLLABLE.test(line.charAt(at))) continue;
    // The text before `at` in this search, as far back as AFTER_LISTED_NAME reaches (5 characters).
    const before = line.slice(Math.max(from, at - 5), at);
    if (AFTER_LISTED_NAME.test(before)) continue;
    if (SYLLABLE.test(before.charAt(before.length - 1)) && !FOUR_SYLLABLES.test(line.slice(at, at + 4))) continue;
    const match = NAME_ROLE.exec(line.slice(at));
    if (!match || isCompoundRole(line.slice(at), match[1] as string, match[2] as string)) continue;
    const nameRole: NameRole = { names: match[1] as string, role: match[2] as string };
    if (match[3]) nameRole.email = match[3];
    found.push(nameRole);
    from = at + match[0].length;
    at = from - 1;
  }
  return found;
}

const ROLE_SET: ReadonlySet<string> = new Set(ROLE_WORDS);

/**
 * `마을기자 모집`, `시민기자단`: the "name" glued to the role word is part of a longer role word, so
 * the text names a kind of reporter, not a person.
 */
function isCompoundRole(text: string, names: string, role: string): boolean {
  if (!text.startsWith(names + role)) return false;
  for (let k = 1; k <= names.length; k++) if (ROLE_SET.has(names.slice(-k) + role)) return true;
  return false;
}

/** Words ending like an outlet or desk (`한경닷컴`, `디지털뉴스부`) are not names. */
const ORG_ENDING = /(?:닷컴|뉴스|일보|신문|방송|미디어|뉴스부|편집부|부|팀|센터|데스크)$/;
/** An e-mail address; the lookbehind starts it only at the first character of its local part (linear). */
const EMAIL_ONLY = new RegExp(String.raw`(?<![\w.+-])${EMAIL}`);

/** Words that look like names before 기자 but are not (`취재 기자`, `담당 기자`). */
const NOT_NAMES = new Set(['취재', '담당', '현직', '전직', '소속', '사진', '영상', '일선', '주재', '해당', '모든', '여러', '이번', '당시', '한국', '외신', '현지', '우리', '선배', '후배', '동료', '출입']);

/** Endings of menu and button words that stand before `기자` in page chrome (`후원하기 마을기자 모집`, `제보하기 기자`). */
const NOT_NAME_ENDING = /(?:하기|보기|가기|모집|신청|안내|문의|소개|목록|센터|알림)$/;

function splitNames(names: string): string[] {
  return names
    .split(/\s?[·,]\s?/)
    .filter((name) => name && !NOT_NAMES.has(name) && !(name.length > 2 && (ORG_ENDING.test(name) || NOT_NAME_ENDING.test(name))));
}

/**
 * Reads the reporters of a byline line. Returns an empty list when the line has none.
 *
 * @example
 * ```ts
 * readByline('홍길동 기자 gildong@example.com'); // [{ name: '홍길동', role: '기자', email: 'gildong@example.com' }]
 * readByline('(서울=연합뉴스) 김철수 특파원 ='); // [{ name: '김철수', role: '특파원' }]
 * ```
 */
export function readByline(line: string): Author[] {
  if (line.length > 200) return [];
  const authors: Author[] = [];
  for (const found of findNameRoles(line)) {
    const names = splitNames(found.names);
    for (const name of names) {
      const author: Author = { name, role: found.role };
      if (found.email && names.length === 1) author.email = found.email;
      authors.push(author);
    }
  }
  if (authors.length === 1 && !authors[0]?.email) {
    const email = EMAIL_ONLY.exec(line);
    if (email && authors[0]) authors[0].email = email[0];
  }
  return authors;
}

/**
 * Cuts a dateline or byline prefix off the first paragraph and returns the reporters it names.
 *
 * @example
 * ```ts
 * cutDateline('(서울=연합뉴스) 홍길동 기자 = 정부가 3일 발표했다.');
 * // { rest: '정부가 3일 발표했다.', authors: [{ name: '홍길동', role: '기자' }] }
 * ```
 */
export function cutDateline(paragraph: string): { rest: string; authors: Author[] } | undefined {
  const match = DATELINE_PATTERN.exec(paragraph);
  if (!match) return cutOutletDateline(paragraph);
  const rest = paragraph.slice(match[0].length).trim();
  if (rest === '') return undefined;
  // [헤럴드경제=홍길동 기자] (groups 1-2), (서울=연합뉴스 홍길동 기자) (3-4), (서울=연합뉴스) 홍길동 기자 = (5-6).
  const names = match[1] ?? match[3] ?? match[5];
  const role = match[2] ?? match[4] ?? match[6];
  const authors = names && role ? splitNames(names).map((name) => ({ name, role })) : [];
  return { rest, authors };
}

/**
 * `[해오름신문 신동혁 기자] ` and `[한빛일보] ` at the start of a first paragraph: the outlet's name in
 * brackets, with or without its reporter, and no `=`.
 */
const OUTLET_DATELINE = new RegExp(String.raw`^\s?[\[【]\s?(${OUTLET_NAME})(?:\s(${NAME}(?:\s?[·,]\s?${NAME})*)\s?(${ROLE}))?\s?[\]】]\s?`);

function cutOutletDateline(paragraph: string): { rest: string; authors: Author[] } | undefined {
  const match = OUTLET_DATELINE.exec(paragraph);
  if (!match) return undefined;
  const rest = paragraph.slice(match[0].length).trim();
  // Prose follows a dateline; a bracketed outlet name before a short label is something else.
  if (rest.length < 20) return undefined;
  const authors = match[2] && match[3] ? splitNames(match[2]).map((name) => ({ name, role: match[3] as string })) : [];
  return { rest, authors };
}

/**
 * Reads an author value from JSON-LD or a meta tag: `홍길동 기자`, `홍길동`, or a URL (ignored).
 *
 * @example
 * ```ts
 * readAuthorValue('홍길동 기자'); // [{ name: '홍길동', role: '기자' }]
 * ```
 */
export function readAuthorValue(value: string): Author[] {
  const trimmed = value.trim();
  if (trimmed === '' || /^https?:\/\//i.test(trimmed) || trimmed.length > 100) return [];
  const fromByline = readByline(trimmed);
  if (fromByline.length > 0) return fromByline;
  // `한지숙 jshan@example.com`: a name with an e-mail and no role word.
  const email = EMAIL_ONLY.exec(trimmed)?.[0];
  const clean = email ? trimmed.replace(email, '').replace(/[()<>\[\]]/g, ' ').trim() : trimmed;
  if (clean === '' || !/[가-힣A-Za-z]/.test(clean)) return [];
  if (email && /^[가-힣]{2,5}$/.test(clean)) return [{ name: clean, email }];
  return clean
    .split(/\s?[,·/|]\s?/)
    .map((name) => name.trim())
    .filter((name) => name.length >= 2 && name.length <= 30)
    .map((name) => ({ name }));
}

/** Wire services and agencies: a publisher or a source, never a reporter (`연합뉴스`, `YONHAP`, `Reuters`). */
export const WIRE_NAMES = [
  '연합뉴스', '뉴시스', '뉴스1', '뉴스핌', '게티이미지뱅크', '게티이미지', '셔터스톡', 'AP', 'AFP', '로이터', 'EPA', '신화', '교도', 'UPI', 'Reuters',
  'Getty Images', 'YONHAP', 'YNA', 'NEWSIS', 'NEWS1', 'Yonhap News', 'Yonhap',
] as const;
const WIRE_SET: ReadonlySet<string> = new Set(WIRE_NAMES.map((name) => name.toLowerCase()));
const OUTLET_LIKE = new RegExp(`(?:${OUTLET_ENDINGS.join('|')})$`);
/** Desk and account words: `디지털뉴스부`, `온라인뉴스팀`, `편집국`, `관리자`. */
const DESK_LIKE = /(?:뉴스|편집|취재|사회|정치|경제|문화|국제|산업|사진|체육|스포츠|디지털|온라인|보도|전국|지역|기획)(?:부|팀|국|센터|본부)$|(?:뉴스룸|데스크|관리자|운영자)$/;

/**
 * Does an author field name a person? Not the outlet (`siteNames`), a wire (`YONHAP`), a desk
 * (`디지털뉴스부`), an outlet-like name (`한빛일보`) or a code in capitals (`HANBIT`).
 *
 * @example
 * ```ts
 * isPersonName('홍길동', ['한빛일보']); // true
 * isPersonName('YONHAP', []); // false
 * isPersonName('한빛일보', []); // false
 * ```
 */
export function isPersonName(name: string, siteNames: readonly string[]): boolean {
  const value = name.trim();
  if (value === '' || value.length > 40) return false;
  const lower = value.toLowerCase();
  if (WIRE_SET.has(lower) || siteNames.some((site) => site.trim().toLowerCase() === lower)) return false;
  if (/^[A-Z0-9]{2,}$/.test(value)) return false;
  if (/[가-힣]/.test(value) && value.length > 2 && (OUTLET_LIKE.test(value) || DESK_LIKE.test(value))) return false;
  return !/^[a-z\s.]*(?:editor|desk|staff|newsroom|admin)$/i.test(value);
}

const CREDIT_PREFIX = new RegExp(`^(?:${CREDIT})\\s?[:：=|/]?\\s`);
const OUTLET_PREFIX = new RegExp(`^${OUTLET_NAME}\\s`);

/**
 * Is the line nothing but a byline: names and a role, an e-mail, a credit word or the outlet's name
 * in front (`홍길동 기자`, `홍길동·김철수 기자 hong@example.kr`, `글·사진 홍길동 기자`, `한빛일보 홍길동 기자`)?
 *
 * @example
 * ```ts
 * isBylineOnly('글·사진 윤서진 기자'); // true
 * isBylineOnly('윤서진 기자가 만난 사람들'); // false
 * ```
 */
export function isBylineOnly(line: string): boolean {
  if (line.length > 80) return false;
  let rest = line.trim().replace(/^[/=\[(<【]\s?/, '').replace(/[\])>】]$/, '').trim();
  rest = rest.replace(CREDIT_PREFIX, '').replace(OUTLET_PREFIX, '');
  const found = findNameRoles(rest);
  if (found.length === 0) return false;
  for (const { names, role, email } of found) {
    rest = rest.replace(names, '').replace(role, '');
    if (email) rest = rest.replace(email, '');
  }
  const email = EMAIL_ONLY.exec(rest);
  if (email) rest = rest.replace(email[0], '');
  return rest.replace(/[\s·,/|=()<>\[\]]/g, '').length === 0;
}
