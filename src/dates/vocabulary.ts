/**
 * Korean date vocabulary as data: the words of each slot of a date phrase with their values, the
 * particles that may follow a date, and the words after which a number is a duration, not a date.
 * The slot readers (`phrase.ts`) build their patterns from these tables; a space in a key may be written
 * or left out (`다음 달`, `다음달`), and nowhere else.
 */

/** 어제, 오늘, … → days from the reference. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  그끄저께: -3, 그저께: -2, 그제: -2, 어제: -1, 오늘: 0, 금일: 0, 내일모레: 2, 내일: 1, 명일: 1, 모레: 2, 글피: 3, 그글피: 4,
};

/** Days counted from the anchor: the last single day named before (`이날`, `전날`), else the reference. */
export const ANCHORED_DAYS: Readonly<Record<string, number>> = {
  이날: 0, 당일: 0, '같은 날': 0, '이 날': 0, 그날: 0, '그 날': 0, 전날: -1, 전일: -1, '하루 전날': -1, '다음 날': 1, 이튿날: 1, 익일: 1, '그 다음 날': 1,
};

/** Years counted from the year of the last date named before (`같은 해`, `이듬해`), else the reference's. */
export const ANCHORED_YEARS: Readonly<Record<string, number>> = {
  '같은 해': 0, 그해: 0, '그 해': 0, 당해: 0, 이듬해: 1, '다음 해': 1, '그 다음 해': 1, '그 이듬해': 1, 전해: -1, '그 전해': -1,
};

/** The month of the last date named before (`같은 달 20일`). */
export const ANCHORED_MONTHS = ['같은 달', '그달', '그 달', '당월'] as const;

/** Native Korean day counts (`이틀 전`, `일주일 뒤`). */
export const COUNTED_DAYS: Readonly<Record<string, number>> = {
  하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 여드레: 8, 아흐레: 9, 열흘: 10, 보름: 15, 일주일: 7, 이주일: 14,
};

/** Native Korean counts of weeks, months and years (`한 달 전`), spaces removed. */
export const COUNTED_WORDS: Readonly<Record<string, { n: number; unit: 'week' | 'month' | 'year' }>> = {
  '한 주': { n: 1, unit: 'week' }, '두 주': { n: 2, unit: 'week' }, '세 주': { n: 3, unit: 'week' },
  '한 달': { n: 1, unit: 'month' }, '두 달': { n: 2, unit: 'month' }, '석 달': { n: 3, unit: 'month' }, '세 달': { n: 3, unit: 'month' },
  '넉 달': { n: 4, unit: 'month' }, 반년: { n: 6, unit: 'month' }, '한 해': { n: 1, unit: 'year' },
};

/** Years relative to the reference (spaces removed). */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  재작년: -2, '지난 해': -1, 작년: -1, 전년: -1, 전년도: -1, 올해: 0, 금년: 0, 금년도: 0, 내년: 1, 내년도: 1, 차년도: 1, 명년: 1, 내후년: 2, 후년: 2,
};

/** Months relative to the reference (spaces removed). `전달` the verb (전달했다) is told apart by what follows. */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  '지난 달': -1, 전달: -1, 전월: -1, 이달: 0, '이번 달': 0, 금월: 0, '다음 달': 1, 내달: 1, 익월: 1,
};

/** Weeks relative to the reference (spaces removed). `전주` is left out: it is the city of Jeonju as often. */
export const RELATIVE_WEEKS: Readonly<Record<string, number>> = {
  '지난 주': -1, '이번 주': 0, 금주: 0, '다음 주': 1, 내주: 1, 차주: 1,
};

/** Quarters relative to the reference's (spaces removed). */
export const RELATIVE_QUARTERS: Readonly<Record<string, number>> = {
  '지난 분기': -1, '전 분기': -1, '직전 분기': -1, '이번 분기': 0, '당 분기': 0, '다음 분기': 1, '차기 분기': 1,
};

/** Prefixes that turn the next slot into the last or the coming one: -1 before the reference, +1 after, 0 this one. */
export const DIRECTIONS: Readonly<Record<string, -1 | 0 | 1>> = { 지난: -1, 오는: 1, 이번: 0, 다음: 1 };

/** 월 … 일 → ISO weekday 1 … 7. */
export const WEEKDAYS: Readonly<Record<string, number>> = { 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6, 일: 7 };

/** Parts of a period: 0 the beginning, 1 the middle, 2 the end (of a month: the dekads 1–10, 11–20, 21–end). */
export const PERIOD_PARTS: Readonly<Record<string, 0 | 1 | 2>> = {
  초순: 0, 상순: 0, 초반: 0, 초: 0, 중순: 1, 중반: 1, 하순: 2, 후반: 2, 말경: 2, 말: 2,
};

/** Parts of a year that stand alone: `연초` January, `연말` December (precision month). */
export const YEAR_PARTS: Readonly<Record<string, 0 | 2>> = { 연초: 0, 연말: 2, 연시: 0 };

/** Parts of a month that stand alone (the reference's month). */
export const MONTH_PARTS: Readonly<Record<string, 0 | 1 | 2>> = { 월초: 0, 월중: 1, 월말: 2 };

/** Halves of a year: first and last month. */
export const HALVES: Readonly<Record<string, 1 | 2>> = { 상반기: 1, 하반기: 2 };

/** Seasons: first month and length in months (winter runs into the next year). */
export const SEASONS: Readonly<Record<string, number>> = { 봄: 3, 여름: 6, 가을: 9, 겨울: 12 };

/** Words of the whole current year (`연내 출시`). */
export const WITHIN_YEAR = ['연내', '연중'] as const;

/** Parts of the day before a clock time, with how they turn a 12-hour figure into a 24-hour one. */
export const MERIDIEMS = ['오전', '오후', '새벽', '아침', '낮', '저녁', '밤', '심야', '밤늦게'] as const;

/** Clock words: their time. */
export const CLOCK_WORDS: Readonly<Record<string, string>> = { 정오: '12:00', 자정: '00:00' };

/** Marks between two dates of a range (`8~10일`, `24∼28일`, `6월－8월`). */
export const RANGE_MARKS = '~∼〜～－-–—';

/** Brackets of local time after a date (`3일(현지시간)`). */
export const LOCAL_TIME = ['이하 현지시간', '이하 현지 시간', '현지시간', '현지 시간', '현지시각', '현지 시각', '한국시간', '한국 시간', '한국 시각', '미국시간', '미국 시간', '동부시간', '미 동부시간'] as const;

/** Particles and endings that may follow a date word (`내일부터`, `올해의`); other Hangul after it makes another word. */
export const PARTICLES = [
  '에서는', '에서', '에는', '에도', '에야', '에', '의', '은', '는', '이', '가', '을', '를', '도', '만', '부터', '까지', '께', '쯤', '경',
  '으로', '로', '와', '과', '엔', '인', '이던', '이었', '였', '이다', '다', '보다', '처럼', '중', '초', '말', '안', '내', '들어', '만큼',
  '이후', '이전', '전후', '무렵', '즈음', '께부터', '및', '나', '이나', '사이', '현재', '기준', '당시', '이면', '면', '엔가', '께야',
] as const;

/** Words after a count that make it a duration (`3일간`, `7개월 만에`, `2년째`), not a date. */
export const DURATION_AFTER = /^(?:간|째|치|여|가량|남짓)|^\s(?:여간|가량|남짓)|^\s?(?:동안|만에|만이|만의|만인|연속|내리|이상|이내|넘게|넘는|분량)/;

/** Words after a bare day that make it a count of days (`30일 안에 신고`, `7일 이내`), not the 30th. */
export const DAY_COUNT_AFTER = /^\s?(?:안에|안으로|이내|내에|내로|넘게)/;

/** Markers of a plan or of the future in the rest of a clause: predicates (`계획이다`), not the nouns (`업무계획을`). */
export const FUTURE_MARKERS = /(?:예정|계획|방침|전망|목표)(?:이다|이라|이며|이고|인|이어서|돼|되|으로|된다)|앞두고|앞둔|[을할될릴갈올칠설열질닐킬일]\s?것|것으로\s?보인다|하기로|기로\s?했|자고|자며|달라고|라고\s?(?:요구|촉구|당부)|기로\s?한|려고\s?한다/;

/**
 * Attributive verb forms before their noun, by their last syllables: `열린 회의`, `발표된 자료` (past), `열릴 회의`,
 * `개최될 행사` (future). Only forms that are not also common nouns (`지진`, `비난`, `기한`, `역할` are nouns).
 */
export const PAST_ATTRIBUTIVE = ['된', '열린', '걸린', '내린', '몰린', '치러진', '이뤄진', '이루어진', '정해진', '만들어진', '벌어진', '끝난', '만난', '떠난', '일어난', '마친', '펼친', '가진', '낸', '밝힌', '나온', '내놓은', '받은', '맺은', '숨진', '다친', '잡힌', '붙잡힌', '찾은', '연', '한'] as const;
export const FUTURE_ATTRIBUTIVE = ['될', '할', '릴', '갈', '줄', '칠', '찾을', '받을', '열', '하는', '되는', '열리는', '치르는', '여는', '치러지는'] as const;
/** Words that end like an attributive but are nouns or postpositions (`에 대한`, `기한`, `역할`, `한 업체`). */
export const NOT_ATTRIBUTIVE = new Set([
  '한', '대한', '위한', '관한', '통한', '인한', '의한', '향한', '불과한', '제한', '기한', '권한', '방한', '최소한', '무한', '역할', '열', '일한',
]);

/** Nouns that a date only qualifies (`2분기 실적`): the mention is a date but dates no event. */
export const ATTRIBUTIVE_HEADS = /^\s?(?:마지막|첫\s|전망|계획|채용|목표|수주|실적|매출|영업이익|영업손실|순이익|순손실|성장률|결산|예산|보고서|기준|대비|평균|출하량|판매량|점유율|수익|전망치|지표|통계|GDP|물가|수출액|수입액|생산량|배당)/;

/** Nouns after a day that make it a reference point, not an event's date (`3일 기준`, `3일 현재`). */
export const DAY_QUALIFIERS = /^\s?(?:기준|현재|대비|보다)(?:으로|에|의)?(?![가-힣])|^보다/;

/** Nouns that end like a connective verb (`-고`, `-며`): `사고`, `최고`, `보고`. */
export const NOUNS_IN_GO: ReadonlySet<string> = new Set(['사고', '최고', '보고', '광고', '경고', '재고', '창고', '신고', '공고', '원고', '피고', '참고', '학교', '교통사고', '안전사고', '역대최고']);
