/**
 * Korean date vocabulary as data: relative words with their offsets, counted-day words, weekdays,
 * parts of a month and a year, tense markers, particles that may follow a date, and the words after
 * which a number is a duration, not a date.
 */

/** 어제, 오늘, … → days from the reference. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  그저께: -2, 그제: -2, 어제: -1, 오늘: 0, 금일: 0, 내일: 1, 명일: 1, 모레: 2, 글피: 3,
};

/** Native Korean day counts (`이틀 전`). */
export const COUNTED_DAYS: Readonly<Record<string, number>> = {
  하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 이레: 7, 여드레: 8, 아흐레: 9, 열흘: 10, 보름: 15,
};

/** Native Korean counts of weeks and months (`한 달 전`), spaces removed. */
export const COUNTED_WORDS: Readonly<Record<string, { n: number; unit: 'week' | 'month' }>> = {
  한주: { n: 1, unit: 'week' }, 두주: { n: 2, unit: 'week' }, 세주: { n: 3, unit: 'week' },
  한달: { n: 1, unit: 'month' }, 두달: { n: 2, unit: 'month' }, 석달: { n: 3, unit: 'month' }, 세달: { n: 3, unit: 'month' },
};

/** Years relative to the reference. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  재작년: -2, 지난해: -1, 작년: -1, 전년: -1, 올해: 0, 금년: 0, 내년: 1, 이듬해: 1, 명년: 1,
};

/** Months relative to the reference (spaces removed). `전달` the verb (전달했다) is told apart by what follows. */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  지난달: -1, 전달: -1, 이달: 0, 이번달: 0, 금월: 0, 다음달: 1, 내달: 1,
};

/** Weeks relative to the reference (spaces removed). `전주` is left out: it is the city of Jeonju as often. */
export const RELATIVE_WEEKS: Readonly<Record<string, number>> = {
  지난주: -1, 이번주: 0, 금주: 0, 다음주: 1, 내주: 1,
};

/** 월 … 일 → ISO weekday 1 … 7. */
export const WEEKDAYS: Readonly<Record<string, number>> = { 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6, 일: 7 };

/** Parts of a month: first and last day (`null`: the month's last day). */
export const MONTH_PARTS: Readonly<Record<string, { from: number; to: number | null }>> = {
  초: { from: 1, to: 10 }, 초순: { from: 1, to: 10 }, 중순: { from: 11, to: 20 }, 하순: { from: 21, to: null }, 말: { from: 21, to: null },
};

/** Parts of a year: first and last month. */
export const YEAR_PARTS: Readonly<Record<string, { from: number; to: number; precision: 'month' | 'half' }>> = {
  상반기: { from: 1, to: 6, precision: 'half' }, 하반기: { from: 7, to: 12, precision: 'half' },
  연초: { from: 1, to: 2, precision: 'month' }, 연말: { from: 11, to: 12, precision: 'month' },
};

/** Particles and endings that may follow a date word (`내일부터`, `올해의`); other Hangul after it makes another word. */
export const PARTICLES = [
  '에서는', '에서', '에는', '에도', '에야', '에', '의', '은', '는', '이', '가', '을', '를', '도', '만', '부터', '까지', '께', '쯤', '경',
  '으로', '로', '와', '과', '엔', '인', '이던', '이었', '였', '이다', '다', '보다', '처럼', '중', '초', '말', '안', '내', '들어', '만큼',
] as const;

/** Words after a count that make it a duration (`3일간`, `7개월 만에`, `2년째`), not a date. */
export const DURATION_AFTER = /^\s?(?:간|동안|째|만에|만이|만의|여간|간의|내내|남짓|연속|내리)/;

/** Markers of a plan or of the future in the rest of a clause: predicates (`계획이다`), not the nouns (`업무계획을`). */
export const FUTURE_MARKERS = /(?:예정|계획|방침|전망)(?:이다|이라|이며|이고|인|이어서|돼|되|으로|된다)|앞두고|[을할될릴갈올칠설열]\s?것|것으로\s?보인다|하기로|기로\s?했/;

/** Nouns that a date only qualifies (`2분기 실적`): the mention is a date but dates no event. */
export const ATTRIBUTIVE_HEADS = /^\s?(?:실적|매출|영업이익|영업손실|순이익|순손실|성장률|결산|예산|보고서|기준|대비|평균|출하량|판매량|점유율|수익|전망치|지표|통계|GDP|물가|수출액|수입액|생산량|배당)/;
