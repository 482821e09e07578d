/**
 * Words and names the metadata readers look for, as tables: the patterns are built from them.
 */

/** Class and id words of a headline element (`.tit`, `.subject`, `#view_title`, `.headline`, `.art_tit`). */
export const HEADLINE_CLASS_WORDS = ['tit', 'title', 'headline', 'subject', 'head_tit', 'heading', 'hd_tit', 'art_tit', 'news_tit', 'view_tit', 'atit', 'sbj'] as const;

/** Class and id words of a deck (`.sub_title`, `.subtitle`, `.deck`, `.sub_headline`). */
export const DECK_CLASS_WORDS = ['sub_?title', 'subtitle', 'sub_?tit', 'subtit', 'deck', 'dek', 'sub_?head(?:line)?', 'sub-head(?:line)?', 'lead_?title', 'stit', 'sub_?subject', 'subject_sub', 'title_sub', 'tit_sub'] as const;

const word = (words: readonly string[]): RegExp => new RegExp(`(?:^|[\\s_-])(?:${words.join('|')})(?:$|[\\s_\\d-])`, 'i');

/** A class or id naming a headline element. */
export const HEADLINE_CLASS = word(HEADLINE_CLASS_WORDS.map((w) => w.replace(/_/g, '[_-]?')));
/** A class or id naming a deck. */
export const DECK_CLASS_NAME = word(DECK_CLASS_WORDS);

/**
 * Lines printed bold or large above an article that are page chrome, not its headline: box titles,
 * tool links, labels (`관련기사`, `많이 본 뉴스`, `글자크기`, `기사목록`, `HOME > 사회`).
 */
export const HEADLINE_CHROME_WORDS = [
  '관련기사', '관련 기사', '많이 본', '많이본', '인기기사', '인기 기사', '최신기사', '최신 기사', '주요기사', '주요 기사', '포토뉴스', '포토 뉴스',
  '기사목록', '기사 목록', '목록보기', '이전글', '다음글', '이전기사', '다음기사', '로그인', '회원가입', '전체메뉴', '전체 메뉴', '검색',
  '글자크기', '글자 크기', '글씨크기', '인쇄하기', '스크랩', '공유하기', '기사보내기', '메일보내기', '독자의견', '댓글', '오늘의 날씨',
  '구독신청', '기사제보', '광고문의', '뉴스레터', 'HOME', 'Home', '홈으로', '처음으로', '바로가기', '섹션', 'Copyright', '저작권자',
] as const;

/** A line that starts with a chrome word, or is a breadcrumb path (`HOME > 사회 > 교육`). */
export const HEADLINE_CHROME = new RegExp(`^(?:${HEADLINE_CHROME_WORDS.join('|')})|(?:\\s[>›»]\\s.*){2}|^[^>›»]{1,10}\\s[>›»]\\s[^>›»]{1,10}$`);

/**
 * Tool links printed on the date line of an article (`2018-10-17 오후 2:21 가+ 가- 인쇄`): left out
 * before the line is read as a date line.
 */
export const ARTICLE_TOOL_WORDS = [
  '가+', '가-', '가 +', '가 -', '글자크기', '글자 크기', '글씨크기', '크게', '작게', '확대', '축소', '인쇄하기', '인쇄', '프린트', '스크랩', '공유하기', '공유',
  '메일보내기', '메일', '이메일', '기사전송', '목록', '댓글', '카카오톡', '페이스북', '트위터', 'URL복사', '링크복사', '기사듣기', '기사 듣기', '북마크',
] as const;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any tool word, as a whole token. */
export const ARTICLE_TOOLS = new RegExp(`(?:^|\\s)(?:${[...ARTICLE_TOOL_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?=\\s|$)`, 'g');
