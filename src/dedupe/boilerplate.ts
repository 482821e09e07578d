/**
 * Korean news boilerplate, as a table of named patterns. A body block that matches one leaves the
 * body for `Article.removed` with reason `boilerplate`. Each pattern is anchored to the whole block
 * or to a short block, so a sentence of the article that merely mentions copyright stays.
 */

/** One kind of boilerplate line. */
export interface BoilerplateRule {
  /** A stable name, shown in tests and docs. */
  name: string;
  /** Matches the whole (whitespace-collapsed) block. */
  pattern: RegExp;
  /** The rule applies only to blocks up to this many characters. */
  maxLength: number;
}

import { CREDIT, OUTLET_NAME, ROLE_WORDS, WIRE_NAMES } from '../metadata/byline.js';

const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const ROLE = ROLE_WORDS.join('|');
/** Wire services and photo agencies whose name ends a caption or stands alone under a photo. */
const WIRE = WIRE_NAMES.join('|');

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'copyright',
    pattern: /무단\s?전재|재배포\s?금지|저작권자\s?[©ⓒ(]|[©ⓒ]|copyright|all rights reserved|AI\s?학습\s?(?:및\s?)?활용\s?금지/i,
    maxLength: 160,
  },
  {
    name: 'reporter-email',
    // At most three name-role pairs before the e-mail: bounded, so no input can make it backtrack long.
    pattern: new RegExp(String.raw`^[/=]?\s?[\[(<]?\s?(?:(?:${CREDIT})\s?[:：=|/]?\s)?(?:${OUTLET_NAME}\s)?(?:[가-힣]{2,5}(?:\s?[·,]\s?[가-힣]{2,5}){0,4}\s?(?:${ROLE})\s?[/·,]?\s?){0,3}\(?${EMAIL}\)?\s?[\])>]?$`),
    maxLength: 120,
  },
  {
    // A short sign-off ending in an e-mail: `◎공감언론 뉴시스 hong@newsis.com`, `연합뉴스TV 홍길동입니다. (hong@yna.co.kr)`.
    name: 'email-sign-off',
    pattern: new RegExp(String.raw`^[^@]{0,40}[\s(<\[]${EMAIL}[)>\]]?$`),
    maxLength: 100,
  },
  {
    name: 'byline',
    // `홍길동 기자`, `/홍길동 기자`, `글·사진 홍길동 기자`, `한내신문 홍길동 기자`, `[서울=한빛통신 홍길동 기자]`.
    pattern: new RegExp(String.raw`^[/=]?\s?[\[(<]?\s?(?:(?:${CREDIT})\s?[:：=|/]?\s)?(?:[가-힣A-Za-z0-9·\s]{1,15}\s?[|=]\s?)?(?:${OUTLET_NAME}\s)?(?:[가-힣]{2,5}(?:\s?[·,]\s?[가-힣]{2,5}){0,4}\s?(?:${ROLE})\s?[/·,]?\s?){1,3}[\])>]?$`),
    maxLength: 60,
  },
  {
    name: 'related-link',
    pattern: /^(?:[▶▷►☞■□◆◇●○※]\s?)?(?:관련\s?기사|관련\s?뉴스|함께\s?보면\s?좋은|추천\s?기사|이\s?기사를?\s?본|많이\s?본\s?뉴스|인기\s?기사|주요\s?뉴스)/,
    maxLength: 200,
  },
  {
    name: 'promotion',
    pattern: /^[▶▷►☞]\s?\S|(?:구독|채널\s?추가|앱\s?(?:설치|다운)|네이버에서|카카오톡에서|뉴스레터|유튜브).{0,30}(?:하세요|하기|클릭|바로가기|받아보세요|확인하세요)/,
    maxLength: 200,
  },
  {
    name: 'tip-off',
    pattern: /제보(?:는|하기|\s?:)|카카오톡\s?[:：]|(?:전화|문의)\s?[:：]?\s?0\d{1,2}[-)\s]\d{3,4}-\d{4}|메일\s?[:：]/,
    maxLength: 160,
  },
  {
    name: 'photo-credit',
    pattern: /^[\[(]?\s?(?:사진|그래픽|자료|영상|출처|사진제공|사진 제공|이미지)\s?[=:：]\s?[^\])]{1,40}[\])]?$|^[^\s]{0,20}\/\s?(?:연합뉴스|뉴시스|뉴스1|게티이미지(?:뱅크)?|AP|AFP|로이터|EPA|신화)\s?(?:통신)?$/i,
    maxLength: 80,
  },
  {
    // A wire credit alone on a line: `(세종=뉴스1)`, `[서울=뉴시스]`, or the wire's name alone under a photo.
    name: 'wire-credit',
    pattern: new RegExp(String.raw`^[\[(]\s?[가-힣A-Za-z·\s]{1,12}\s?=\s?[가-힣A-Za-z0-9\s]{1,12}[\])]$|^[\[(<]?\s?(?:사진\s?[=:：]?\s?)?(?:${WIRE})\s?(?:통신|제공)?\s?[\])>]?$`, 'i'),
    maxLength: 30,
  },
  {
    // A photo caption printed as a paragraph, known by its credit at the end: `… 있다. 2024.3.14/뉴스1`,
    // `… 있다. (경주=뉴스1)`, `… 있다. /연합뉴스`, `… 모습. (사진=한솔시 제공)`, `… ⓒ홍길동 기자`.
    name: 'caption-credit',
    pattern: new RegExp(
      String.raw`(?:^|\s)(?:\d{4}\.\d{1,2}\.\d{1,2}\.?\s?)?(?:[/=]\s?|[\[(]\s?(?:[가-힣]{1,8}\s?=\s?)?)(?:${WIRE})(?:\s?통신)?\s?[\])]?$|[\[(]\s?(?:사진|자료|그래픽|자료사진)\s?[=:：]\s?[^\])]{1,30}[\])]$|(?:^|\s)[/=]\s?(?:[가-힣]{1,10}\s)?[가-힣]{2,4}\s?(?:기자|제공)$`,
      'i',
    ),
    maxLength: 300,
  },
  {
    // A republication note: `본 기사는 한빛일보 모바일 단말기에서 작성돼 송고된 기사입니다`, `이 기사는 …에 게재된 기사입니다`.
    name: 'republication',
    pattern: /^[※*]?\s?(?:본|이)\s?기사는\s.{0,100}(?:기사입니다|게재(?:된|됐|되었)|송고(?:된|됐|되었)|실렸|출고(?:된|됐))/,
    maxLength: 200,
  },
  {
    // The end mark of wire and broadcast copy.
    name: 'end-mark',
    pattern: /^[(\[<]?\s?끝\s?[)\]>]?$/,
    maxLength: 6,
  },
  {
    // Broadcast transcript cues alone on a line: `[앵커]`, `‹기자›`, `<인터뷰>`.
    name: 'speaker-cue',
    pattern: /^[\[<‹〈(]\s?(?:앵커|기자|리포트|인터뷰|앵커\s?멘트|기자\s?리포트|현장음|녹취|자막)\s?[\]>›〉)]$/,
    maxLength: 12,
  },
  {
    // Production credits of broadcast copy: `(영상취재 : 홍길동, 영상편집 : 김철수)`.
    name: 'production-credit',
    pattern: /^[(\[]?\s?(?:영상\s?취재|영상\s?편집|촬영\s?기자|촬영|그래픽|편집|연출|구성|디자인|CG)\s?[:：=]\s?[^)\]]{1,60}[)\]]?$/,
    maxLength: 100,
  },
  {
    // The label of an ad slot, alone on a line.
    name: 'ad-label',
    pattern: /^(?:AD|ADVERTISEMENT|광고|스폰서|SPONSORED)$/i,
    maxLength: 15,
  },
  {
    name: 'hashtags',
    pattern: /^#[^\s#]+(?:\s*#[^\s#]+)*$/,
    maxLength: 300,
  },
  {
    name: 'notice',
    pattern: /^※/,
    maxLength: 300,
  },
];

const PROSE_SENTENCE = /[가-힣](?:다|요)\.(?=\s|$)/g;

/**
 * The name of the boilerplate rule a block matches, or `undefined` for article text.
 *
 * @example
 * ```ts
 * matchBoilerplate('<저작권자 © 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>'); // 'copyright'
 * matchBoilerplate('메타가 7월 6일에 새 SNS를 출시했다.'); // undefined
 * ```
 */
export function matchBoilerplate(block: string): string | undefined {
  // Two sentences or more are prose, whatever words they use.
  if ((block.match(PROSE_SENTENCE) ?? []).length >= 2) return undefined;
  for (const rule of BOILERPLATE_RULES) {
    if (block.length <= rule.maxLength && rule.pattern.test(block)) return rule.name;
  }
  return undefined;
}
