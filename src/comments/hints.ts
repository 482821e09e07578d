/**
 * Vocabulary of the comment reader, as data: names of comment areas, of comment entries and of
 * their parts, and the notices boards print when there are no comments.
 */

/** class/id of an area holding reader comments. */
export const COMMENT_AREA = /(?:^|[\s_-])(?:comments?|comment_?(?:list|area|wrap|box)|cmt(?:_?(?:list|area|wrap|box))?|reply_?(?:list|area)|replies|bo_vc|fdb_lst|feedback(?:list)?|commentList|comment-list|disqus_thread|dsq-comments|reple)(?:$|[\s_-])/i;

/** class/id of one comment entry. */
export const COMMENT_ITEM = /^(?:c_\d+|comment[-_]?\d+|cmt[-_]?\d+|reply[-_]?\d+|li_comment_\d+)$|(?:^|\s)(?:comment|comment[-_]item|cmt[-_]?item|cmt|reply[-_]item|fdb_itm|post|dsq-comment|comment-body|comment_item|media)(?:$|\s)/i;

/** Parts of a comment entry. */
export const AUTHOR_HINT = /(?:^|[\s_-])(?:author|name|nick(?:name)?|writer|member|user(?:name)?|sv_member|sv_guest|guest|id_?name|cmt_?name|fn)(?:$|[\s_-])/i;
export const DATE_HINT = /(?:^|[\s_-])(?:date|time|regdate|datetime|bo_vc_hdinfo|cmt_?date|posted|timestamp)(?:$|[\s_-])/i;
export const TEXT_HINT = /(?:^|[\s_-])(?:content|contents|cmt_contents|comment_?(?:text|body|content)|txt|text|memo|xe_content|desc|body|message|reply_?txt)(?:$|[\s_-])/i;
export const LIKE_HINT = /(?:^|[\s_-])(?:like|likes|good|recommend|up|agree|vote_?up|sympathy)(?:$|[\s_-]|_?(?:cnt|count|num))/i;
export const DISLIKE_HINT = /(?:^|[\s_-])(?:dislike|dislikes|bad|nogood|not_?recommend|down|disagree|vote_?down|unsympathy)(?:$|[\s_-]|_?(?:cnt|count|num))/i;

/** Words of a comment's buttons, badges and labels: never its author's name. */
export const NOT_AN_AUTHOR = /^(?:답글|답변|댓글|대댓글|신고|삭제|수정|차단|추천|비추천|공감|비공감|좋아요|싫어요|베스트|best|new|더보기|접기|펼치기|닫기|번역|공유|작성자|글쓴이|원글|reply|report|delete|edit|like)(?:\s?\d+)?$/i;

/** Tags whose short text, first in a comment with no part named as its author, is the author's name. */
export const NAME_TAGS: ReadonlySet<string> = new Set(['strong', 'b', 'em', 'span', 'a', 'cite', 'dt', 'h4', 'h5', 'h6', 'div', 'p']);

/** Notices that say there are no comments: never a comment. */
export const EMPTY_NOTICE = /등록된\s?(?:댓글|의견|코멘트)이\s?없습니다|(?:댓글|의견)이\s?없습니다|첫\s?(?:번째\s?)?댓글을\s?(?:남겨|작성)|no comments yet/i;

/** Placeholders of comment boxes and script loaders: never a comment either. */
export const PLACEHOLDER = /댓글을\s?불러오(?:고\s?있|는\s?중)|(?:댓글|의견)을\s?(?:입력|작성|남겨)(?:해)?\s?주세요|로그인\s?(?:후|하시면|이\s?필요)|loading comments/i;

/**
 * The text of a comment widget's controls, never a comment: sort tabs (`좋아요순 최신순 새로고침`,
 * `공감순 최신순`) and the confirmations it shows (`작성하신 글을 삭제하시겠습니까?`).
 */
export const CONTROL_TEXT = /^(?:(?:좋아요|공감|비공감|추천|최신|등록|과거|오래된|인기|답글|베스트)\s?순\s*)+(?:새로고침)?$|^(?:작성하신|선택하신|해당)?\s?(?:글|댓글|답글|게시물|의견)[을를]?\s?(?:정말\s?)?(?:삭제|신고|차단|수정)\s?하시겠습니까\s?\??$/;

/** Headings that open a comment list in a page without comment class names. */
export const COMMENT_HEADING = /^(?:댓글|의견|독자\s?의견|댓글\s?목록|독자\s?댓글|comments?)(?:\s?\(?\d+\)?)?$/i;
