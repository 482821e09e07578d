/**
 * Vocabulary of the generic body extractor, as data: class/id words that mark content or clutter,
 * and elements that never hold article text. Korean sites name their containers in romanised
 * Korean (`bon`, `gisa`) as often as in English, so both appear.
 */
import { isSpaceCode } from '../helpers/chars.js';

/** class/id words of containers that usually hold the article. */
export const POSITIVE_HINT =
  /article|body|content|entry|main|news_?view|post|story|text|view_?con|view_?txt|read|detail|bon(?:mun)?|gisa|cont_?view|txt_?area|dic_area|editor/i;

/** class/id words of blocks that are not the article. */
export const NEGATIVE_HINT =
  /comment|reply|cmt|footer|foot|gnb|lnb|snb|nav|menu|side|aside|sidebar|related|relate|relation|recommend|popular|rank|best|most|banner|(?:^|[\s_-])ads?(?:$|[\s_-])|advert|sponsor|share|sns|social|copyright|login|widget|promo|subscribe|newsletter|breadcrumb|pagination|paging|tool_?bar|util|hidden|blind|sound_only|sr-only|screen_out|skip|popup|modal|layer|byline|reporter|journalist|writer_?info|profile|tag_?list|keyword|series|hot_?issue|issue_?list|photo_?news|video_?list|more_?news|other_?news|latest|newest|prev|next/i;

/**
 * class/id words of blocks inside an article container that are dropped from the body
 * (narrower than {@link NEGATIVE_HINT}: a container may call itself `news_body_area`). Pull quotes
 * (`wp-block-pullquote`, a CMS's quote module) are design: they print a line of the story large, apart.
 */
export const DROP_HINT =
  /related|relation|copyright|byline|newsletter|subscribe|advert|sponsor|table-of-contents|pull_?quote|pull-quote|module-quote|quote_?module|quote_?box|info_?box|info-box|fact_?box|(?:^|[\s_-])(?:toc|ez-toc|comments?|reply|cmt|related|relate|relation|recommend|banner|ads?|advert|ad_?wrap|sponsor|share|sns|social|copyright|byline|reporter|journalist|writer|profile|tag_?list|tags|keyword|subscribe|promo|more_?news|other_?news|popular|rank|series|btn|button|util|tool_?bar|blind|sound_only|sr-only|screen_out|skip|vod|video_?wrap|link_?news|newsletter|like|reaction|emotion|vote|copy)(?:$|[\s_-])|article_?(?:relation|reporter|copy|tag|like|share)|art_?copy|view_?copyright|news_?(?:tag|copy|reporter|like|relation|share)/i;

/** Elements skipped when scoring and extracting the body. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'option',
  'textarea', 'head', 'title', 'nav', 'aside', 'footer', 'button', 'input', 'header', 'menu', 'dialog', 'video', 'audio',
]);

/** Elements whose text is a paragraph on its own. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Caption classes: `figcaption` is the standard; these are the Korean CMS ones. */
export const CAPTION_HINT = /caption|img_desc|photo_desc|imgdesc|desc_?photo|photo_?cap|img_?cap|pic_?desc|thumb_?desc|image_?desc|txt_?caption|figcaption|img_?txt|photo_?txt/i;

/** Syllables a Korean sentence ends on before its full stop, question or exclamation mark (`했다.`, `해요?`, `하죠.`, `할까?`). */
const SENTENCE_FINAL = new Set(['다', '요', '죠', '까'].map((syllable) => syllable.charCodeAt(0)));
/** Closing quotes and brackets that may follow the mark (`…했다."`). */
const AFTER_PUNCTUATION = new Set(['"', "'", '”', '’', ')'].map((mark) => mark.charCodeAt(0)));

/**
 * How many Korean sentence ends the text has (stopping at `limit`): one of 다/요/죠/까, then `.`, `?`
 * or `!`, maybe a closing quote or bracket, then whitespace or the end of the text. What
 * `/(?:다|요|죠|까)[.?!]["'”’)]?(?=\s|$)/g` matches, counted in one pass over the char codes.
 *
 * @example
 * ```ts
 * countSentenceEnds('정부가 발표했다. 시행은 내년이다."'); // 2
 * countSentenceEnds('3.5% 증가'); // 0
 * ```
 */
export function countSentenceEnds(text: string, limit = Infinity): number {
  let count = 0;
  for (let i = 1; i < text.length && count < limit; i++) {
    const mark = text.charCodeAt(i);
    // Most characters are none of the three marks: tested by comparison before any set is asked.
    if ((mark !== 0x2e && mark !== 0x3f && mark !== 0x21) || !SENTENCE_FINAL.has(text.charCodeAt(i - 1))) continue;
    let next = i + 1;
    if (next < text.length && AFTER_PUNCTUATION.has(text.charCodeAt(next))) next++;
    if (next === text.length || isSpaceCode(text.charCodeAt(next))) count++;
  }
  return count;
}
