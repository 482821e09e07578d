/**
 * The page chrome under an article in visible text: vote counts (`추천` / `0`, `비추천0`), the
 * previous/next lines (`- 이전글제목 23.08.03`), and reader comments as name/text line pairs
 * (`김홍*` / `이게 나라냐!!`), ending at a "no comments" notice.
 */
import type { Comment, NavLink, Navigation, Reactions } from '../model/article.js';
import { readDateTime } from '../dates/datetime.js';
import { NEIGHBOUR_LABEL, REACTION_PATTERNS } from '../navigation/index.js';
import { EMPTY_NOTICE } from '../comments/index.js';

/** Lines that start the page chrome below an article: votes, neighbours, comments, share and list buttons. */
export const CHROME_LINE =
  /^(?:[-·•*]\s?)?(?:(?:이전|다음)\s?(?:글|기사)|(?:추천|비추천|공감|조회\s?수?|좋아요|싫어요|목록|댓글(?:\s?\d+|목록|쓰기)?|전체\s?댓글|공유하기|스크랩|신고|인쇄|관련\s?기사|많이\s?본\s?뉴스|등록된\s?댓글이\s?없습니다)(?:\s?[:\d]|$))/;

/** What the chrome lines give. */
export interface TextChrome {
  reactions: Reactions;
  navigation: Navigation;
  comments: Comment[];
  emptyNotice: boolean;
}

const COUNT_LABEL = /^(?:비?추천|좋아요|싫어요|공감|비공감|조회\s?수?|댓글)$/;
const TRAILING_DATE = /\s?(\d{2,4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)$/;
/** A commenter's name as boards print it: one short word, often masked (`김홍*`). */
const NAME_LINE = /^(?!\d+$)[^\s.!?]{1,12}$/;

function dateOf(text: string): string | undefined {
  const reading = readDateTime(text);
  return reading && 'iso' in reading ? reading.iso : undefined;
}

function neighbour(line: string): { key: 'previous' | 'next'; link: NavLink } | undefined {
  const match = NEIGHBOUR_LABEL.exec(line);
  const label = match?.groups?.label;
  if (!match || !label) return undefined;
  let title = line.slice(match[0].length).replace(/^\s*[:：|]?\s*/, '').trim();
  let date: string | undefined;
  const trailing = TRAILING_DATE.exec(title);
  if (trailing) {
    date = dateOf(trailing[1] as string);
    if (date) title = title.slice(0, trailing.index).trim();
  }
  if (!title) return undefined;
  const link: NavLink = date ? { title, date } : { title };
  return { key: /^(?:이전|윗|prev)/i.test(label) ? 'previous' : 'next', link };
}

/**
 * Reads the chrome lines that follow an article's body.
 *
 * @example
 * ```ts
 * readTextChrome(['추천', '0', '비추천0', '- 이전글다른 기사 23.08.03', '김홍*', '좋은 기사네요']).comments;
 * // [{ author: '김홍*', text: '좋은 기사네요', depth: 0 }]
 * ```
 */
export function readTextChrome(lines: readonly string[]): TextChrome {
  const reactions: Reactions = {};
  const navigation: Navigation = { related: [], breadcrumbs: [] };
  const comments: Comment[] = [];
  let emptyNotice = false;
  let i = 0;
  // Counts and neighbours come first; comments follow them.
  for (; i < lines.length; i++) {
    let line = lines[i] as string;
    if (COUNT_LABEL.test(line) && /^\d[\d,]*$/.test(lines[i + 1] ?? '')) line = `${line} ${lines[++i]}`;
    const near = neighbour(line);
    if (near) {
      navigation[near.key] ??= near.link;
      continue;
    }
    let counted = false;
    for (const { field, pattern } of REACTION_PATTERNS) {
      const match = pattern.exec(line);
      if (match && line.length <= 40 && reactions[field] === undefined) {
        reactions[field] = Number((match[1] as string).replace(/,/g, ''));
        counted = true;
      }
    }
    if (counted || /^(?:목록|답변|수정|삭제|글쓰기|공유|스크랩|신고|인쇄|댓글목록|전체\s?댓글)$/.test(line)) continue;
    if (EMPTY_NOTICE.test(line) || NAME_LINE.test(line)) break;
  }
  // Comments: a name line, an optional date line, a text line; until a "no comments" notice.
  while (i < lines.length) {
    const line = lines[i] as string;
    if (EMPTY_NOTICE.test(line)) {
      emptyNotice = true;
      i++;
      continue;
    }
    if (!NAME_LINE.test(line) || i + 1 >= lines.length) {
      i++;
      continue;
    }
    let j = i + 1;
    const date = dateOf(lines[j] as string);
    if (date && (lines[j] as string).length <= 25) j++;
    const text = lines[j];
    if (text === undefined || EMPTY_NOTICE.test(text)) {
      i = j;
      continue;
    }
    const comment: Comment = { author: line, text, depth: 0 };
    if (date && j > i + 1) comment.date = date;
    comments.push(comment);
    i = j + 1;
  }
  return { reactions, navigation, comments, emptyNotice };
}
