/**
 * NEWS_WILD — an independent table of date mentions as Korean newspapers really write them.
 *
 * Written from docs/dates.md and from how real articles phrase dates (wire datelines, police/fire reports,
 * economic releases, notices, captions, headlines), never from the implementation. Every sentence is my own;
 * every value was worked out by hand (weekdays and month lengths checked with a calendar).
 *
 * Conventions followed as written in docs/dates.md: value shapes, precision, tense rule, particles (`께`, `쯤`,
 * `경`, `부터`, `까지`, `자로`, `들어` are left out of a mention, the `까지`/`사이` closing a range is kept),
 * ranges, anchored days, clock-time rules (`밤 12시` = 00:00 of the day named, a bare hour is 24-hour).
 *
 * Decisions where the doc is silent (my reading as a careful reader):
 *  D1  A day written again in brackets after a relative word — `오늘(5일)`, `어제(21일) 오후 3시 9분` — is ONE
 *      mention including the bracket, as `(현지시간)` and `(목)` are.
 *  D2  A time-zone gloss in brackets after a meridiem or clock — `12일 오전(현지시간)`, `13일 새벽2시(한국시간)`,
 *      `3일 오후 7시(현지시간)` — belongs to the mention. A gloss written BEFORE the date (`현지시간 17일`) does not.
 *  D3  A meridiem word alone after a day (`이날 오후`, `31일 밤`, `3일 새벽`, `다음 날 오전`, `목요일 아침`) is part
 *      of the mention and gives no `time`.
 *  D4  Lists that share a unit written once: `3, 4일` and `1·2월` are ONE mention spanning both (consecutive).
 *      `4일과 5일`, `20일(수)과 21일(목)` (no `사이`) are TWO mentions. In a list the later item takes the units it
 *      does not say from the earlier one: `9월 5일이나 6일` → 6 is 9월 6일; `10월 초 또는 중순` → 10월 중순.
 *  D5  `같은 해`, `그해` = the year last mentioned; `같은 달` = the month last mentioned (its year too);
 *      `그날` = `이날`. `지난해 같은 달` = the month last mentioned, one year earlier.
 *  D6  `중` after a unit (`지난 2월 중`, `2분기 중`, `다음 주 중`) is part of the mention (as the doc's `상반기 중`)
 *      and means the whole unit, precision unchanged.
 *  D7  `올 들어`, `이달 들어`, `3월들어`: the mention is `올` / `이달` / `3월`; `들어` is not part of it.
 *  D8  `지난 2019년` is one mention (prefix + year) = 2019; `오는 2030년` = 2030.
 *  D9  `'22년` = 2022 (year). `2024년도` (fiscal year) = 2024 (year), mention includes `도`.
 *  D10 Not dates: `2024학년도` (an academic cohort, not a calendar year: the 2024학년도 수능 is sat in Nov 2023),
 *      `2022-23 시즌`, event names written with numbers — `3·1절`, `6·25 전쟁`, `5·18`, `10.29 참사`, `12·3 비상계엄`,
 *      `4·10 총선`, `2024 파리올림픽` — holidays by name (`추석 연휴`, `설 연휴`, `새해`, `한글날`, `개천절`),
 *      `24시 운영`, vague counts (`며칠 전`), and `숨진 지 2, 3일` (a duration after `지`).
 *  D11 `연말연시` IS a date: December of the year ending to January of the next (precision month), the pair the
 *      doc's `연말` and `연초` would give.
 *  D12 `2시 반` after a meridiem in a `부터…까지` range shares it (`오후 1시부터 2시 반까지` = 13:00–14:30).
 *  D13 Counted words the doc does not list, read by analogy: `하루 전` = R−1, `일주일 뒤` = R+7, `두 달 뒤` = month
 *      +2, `지난주 금요일` = Friday of last week, `목요일 아침` = weekday + meridiem (no time).
 *  D14 `당시`, `이맘때`, `최근`, `이후`, `직전`, `직후` are not part of any mention.
 *
 * Where I think the doc reads wrong for real news (values below follow the READER, marked `READER≠DOC`):
 *  W1  `이듬해` in a narrative is the year after the year just mentioned (`2019년 … 이듬해 3월` = 2020-03), not R+1.
 *  W2  A counted offset in apposition to a day — `이틀 뒤인 5일`, `당일인 17일` — names that same day, not R±n / R.
 *  W3  Bare days right after a named month in the same story (`다음 달 6일 공개하고 … 예약 판매는 13∼19일`) are
 *      in that month, not in R's month by tense.
 *  W4  `앞둔` (`28일 개막 앞둔`) is past-attributive in form but looks ahead: the date is the coming one.
 *  (Also, not exercised against the reader: `밤 12시`/`자정` = 00:00 of the day named reads as the START of that
 *  day, while news nearly always means its end; the values below follow the doc there.)
 */
import type { NewsPassage } from './types.js';

type Value = NewsPassage['mentions'][number]['value'];
type Precision = Value['precision'];

const p2 = (n: number): string => String(n).padStart(2, '0');
const monthEnd = (ym: string): string => {
  const [y, m] = ym.split('-').map(Number);
  return `${ym}-${p2(new Date(Date.UTC(y!, m!, 0)).getUTCDate())}`;
};
const span = (start: string, end: string, precision: Precision): Value => ({ start, end, precision });
/** One day, with an optional clock time and end time (HH:mm). */
const day = (date: string, time?: string, endTime?: string): Value => ({
  start: date,
  end: date,
  precision: 'day',
  ...(time === undefined ? {} : { time }),
  ...(endTime === undefined ? {} : { endTime }),
});
/** A run of days, `time` from its start when one is written. */
const days = (start: string, end: string, time?: string): Value => ({
  start,
  end,
  precision: 'day',
  ...(time === undefined ? {} : { time }),
});
const month = (ym: string): Value => span(`${ym}-01`, monthEnd(ym), 'month');
const months = (from: string, to: string): Value => span(`${from}-01`, monthEnd(to), 'month');
/** 초 (1–10), 중순 (11–20), 말 (21–end): precision month. */
const dekad = (ym: string, n: 1 | 2 | 3): Value =>
  span(`${ym}-${n === 1 ? '01' : n === 2 ? '11' : '21'}`, n === 1 ? `${ym}-10` : n === 2 ? `${ym}-20` : monthEnd(ym), 'month');
const year = (y: number): Value => span(`${y}-01-01`, `${y}-12-31`, 'year');
const years = (a: number, b: number): Value => span(`${a}-01-01`, `${b}-12-31`, 'year');
const quarter = (y: number, q: 1 | 2 | 3 | 4): Value =>
  span(`${y}-${p2(q * 3 - 2)}-01`, monthEnd(`${y}-${p2(q * 3)}`), 'quarter');
const half = (y: number, h: 1 | 2): Value =>
  span(`${y}-${h === 1 ? '01' : '07'}-01`, `${y}-${h === 1 ? '06-30' : '12-31'}`, 'half');
const week = (monday: string, sunday: string): Value => span(monday, sunday, 'week');

export const NEWS_WILD: NewsPassage[] = [
  // ── datelines and reporting verbs ───────────────────────────────────────────────────────────────
  {
    reference: '2023-08-03',
    text: '(서울=연합뉴스) 김민수 기자 = 한국은행은 지난달 소비자물가 상승률이 2.3%로 집계됐다고 3일 밝혔다. 상승 폭은 6월보다 0.4%포인트 줄었다.',
    mentions: [
      { text: '지난달', value: month('2023-07') },
      { text: '3일', value: day('2023-08-03') },
      { text: '6월', value: month('2023-06') },
    ],
  },
  {
    reference: '2024-10-25',
    text: '(브뤼셀=연합뉴스) 박지현 특파원 = 유럽연합(EU) 집행위원회는 24일(현지시간) 역내 전기차 보조금 지침 개정안을 채택했다. 집행위는 지난 14일 초안을 회원국에 회람한 바 있다.',
    mentions: [
      { text: '24일(현지시간)', value: day('2024-10-24') },
      { text: '지난 14일', value: day('2024-10-14') },
    ],
  },
  {
    reference: '2019-11-01',
    text: '1일 경찰에 따르면 지난 31일 오후 4시 40분쯤 부산 사하구의 한 원룸에서 20대 여성이 쓰러져 있는 것을 지인이 발견해 신고했다. 검안의는 지난 달 28일쯤 숨진 것으로 추정된다는 소견을 냈다.',
    mentions: [
      { text: '1일', value: day('2019-11-01') },
      { text: '지난 31일 오후 4시 40분', value: day('2019-10-31', '16:40') },
      { text: '지난 달 28일', value: day('2019-10-28') },
    ],
  },
  {
    // D1: the bracketed day is part of the mention.
    reference: '2023-09-22',
    text: '평택해양경찰서는 어제(21일) 오후 3시 9분께 항구 인근 해상에서 표류하던 소형 어선을 발견해 예인했다고 오늘(22일) 밝혔다.',
    mentions: [
      { text: '어제(21일) 오후 3시 9분', value: day('2023-09-21', '15:09') },
      { text: '오늘(22일)', value: day('2023-09-22') },
    ],
  },
  {
    reference: '2025-01-05',
    text: '오늘(5일) 새벽 3시 10분쯤 인천 남동공단의 한 도금 공장에서 불이 나 9시간 만에 꺼졌습니다. 소방 당국은 낮 12시 20분쯤 큰불을 잡았고, 오후 6시 넘어서까지 잔불을 정리했습니다.',
    mentions: [
      { text: '오늘(5일) 새벽 3시 10분', value: day('2025-01-05', '03:10') },
      { text: '낮 12시 20분', value: day('2025-01-05', '12:20') },
      { text: '오후 6시', value: day('2025-01-05', '18:00') },
    ],
  },
  {
    reference: '2021-12-31',
    text: '(세종=뉴스1) 이정민 기자 = 기획재정부는 내년 1월 1일부터 유류세 한시 인하 조치를 4개월 더 연장한다고 31일 밝혔다. 인하 조치는 당초 이달 말 끝날 예정이었다.',
    mentions: [
      { text: '내년 1월 1일', value: day('2022-01-01') },
      { text: '31일', value: day('2021-12-31') },
      { text: '이달 말', value: dekad('2021-12', 3) },
    ],
  },
  {
    reference: '2020-01-02',
    text: '서울남부지검은 2일 시민단체 간부 등 14명을 특수공무집행방해 혐의로 재판에 넘겼다. 지난해 12월 국회 앞 집회에서 경찰과 충돌한 지 약 보름 만이다.',
    mentions: [
      { text: '2일', value: day('2020-01-02') },
      { text: '지난해 12월', value: month('2019-12') },
    ],
  },
  {
    reference: '2026-02-28',
    text: '(도쿄=연합뉴스) 한승우 특파원 = 일본 정부는 27일 각의에서 방위비 증액안을 확정했다. 증액분은 다음 달 1일부터 집행된다.',
    mentions: [
      { text: '27일', value: day('2026-02-27') },
      { text: '다음 달 1일', value: day('2026-03-01') },
    ],
  },
  {
    reference: '2024-11-11',
    text: '(부산=연합뉴스) 최은비 기자 = 부산시는 지난 8∼10일 사흘간 열린 불꽃축제에 100만여 명이 몰렸다고 11일 밝혔다. 축제 마지막 날인 10일 오후 8시부터 1시간 동안 광안리 해변에서 불꽃 8만 발이 터졌다. 시는 이튿날 새벽까지 해변 청소를 마쳤다. 시는 내년 11월에도 같은 장소에서 축제를 열 계획이다.',
    mentions: [
      { text: '지난 8∼10일', value: days('2024-11-08', '2024-11-10') },
      { text: '11일', value: day('2024-11-11') },
      { text: '10일 오후 8시', value: day('2024-11-10', '20:00') },
      { text: '이튿날 새벽', value: day('2024-11-11') },
      { text: '내년 11월', value: month('2025-11') },
    ],
  },
  {
    reference: '2025-08-14',
    text: '코레일은 추석 연휴 기간 KTX를 하루 20회 늘려 운행한다고 14일 밝혔다.',
    mentions: [{ text: '14일', value: day('2025-08-14') }],
  },
  {
    reference: '2022-10-06',
    text: '서울시는 20일 광화문광장에서 시민 걷기 대회를 개최한다고 5일 밝혔다.',
    mentions: [
      { text: '20일', value: day('2022-10-20') },
      { text: '5일', value: day('2022-10-05') },
    ],
  },
  {
    reference: '2024-04-25',
    text: '현대차는 1분기 영업이익이 3조5천억원으로 집계됐다고 25일 공시했다. 지난해 4분기보다 14% 늘었다.',
    mentions: [
      { text: '1분기', value: quarter(2024, 1) },
      { text: '25일', value: day('2024-04-25') },
      { text: '지난해 4분기', value: quarter(2023, 4) },
    ],
  },
  {
    reference: '2021-01-04',
    text: '정부는 2일 0시 기준 국내 발생 확진자가 1천 명 아래로 내려왔다고 밝혔다. 거리두기 연장 여부는 오는 17일 발표된다.',
    mentions: [
      { text: '2일 0시', value: day('2021-01-02', '00:00') },
      { text: '오는 17일', value: day('2021-01-17') },
    ],
  },
  {
    reference: '2023-02-01',
    text: '통계청은 1일 지난달 소비자물가가 1년 전보다 5.2% 올랐다고 발표했다. 상승률은 석 달 만에 다시 5%대로 올라섰다.',
    mentions: [
      { text: '1일', value: day('2023-02-01') },
      { text: '지난달', value: month('2023-01') },
      { text: '1년 전', value: year(2022) },
    ],
  },
  {
    reference: '2027-12-31',
    text: '정부는 내년 1월 1일부터 최저임금을 시간당 1만1천원으로 올린다고 31일 밝혔다. 올해보다 3.2% 오른 금액이다.',
    mentions: [
      { text: '내년 1월 1일', value: day('2028-01-01') },
      { text: '31일', value: day('2027-12-31') },
      { text: '올해', value: year(2027) },
    ],
  },
  {
    reference: '2021-06-15',
    text: '노조 측은 “사측이 18일까지 답하지 않으면 21일 총파업에 들어가겠다”고 밝혔다.',
    mentions: [
      { text: '18일', value: day('2021-06-18') },
      { text: '21일', value: day('2021-06-21') },
    ],
  },
  {
    reference: '2022-06-15',
    text: '협회장은 “정부가 다음 달 10일까지 답을 주지 않으면 집단 휴진도 불사하겠다”고 말했다.',
    mentions: [{ text: '다음 달 10일', value: day('2022-07-10') }],
  },

  // ── 지난/오는 + day, and month and year rollovers ───────────────────────────────────────────────
  {
    reference: '2024-03-01',
    text: '정부는 지난 29일 의대 정원 배정 기준을 확정해 각 대학에 통보했다. 대학들은 오는 4일까지 증원 신청서를 내야 한다.',
    mentions: [
      { text: '지난 29일', value: day('2024-02-29') },
      { text: '오는 4일', value: day('2024-03-04') },
    ],
  },
  {
    reference: '2023-03-02',
    text: '교육부는 지난 28일 늘봄학교 시범 운영 지역 다섯 곳을 발표했다. 시범 학교들은 오는 6일 일제히 돌봄 교실을 연다.',
    mentions: [
      { text: '지난 28일', value: day('2023-02-28') },
      { text: '오는 6일', value: day('2023-03-06') },
    ],
  },
  {
    reference: '2019-12-30',
    text: '연구원은 지난 3∼4일 제주에서 열린 워크숍에서 중장기 전략을 공유했다. 최종 보고서는 오는 1월 중순께 나온다.',
    mentions: [
      { text: '지난 3∼4일', value: days('2019-12-03', '2019-12-04') },
      { text: '오는 1월 중순', value: dekad('2020-01', 2) },
    ],
  },
  {
    reference: '2022-01-03',
    text: '서울시는 지난 31일 밤 보신각 타종 행사를 온라인으로만 중계했다. 시는 오는 10일부터 방역패스 적용 시설을 넓힌다.',
    mentions: [
      { text: '지난 31일 밤', value: day('2021-12-31') },
      { text: '오는 10일', value: day('2022-01-10') },
    ],
  },
  {
    reference: '2025-06-30',
    text: '첫 추가경정예산안은 지난 2일 국회 본회의를 통과했다. 개정 시행령은 오는 1일 0시부터 효력이 생긴다.',
    mentions: [
      { text: '지난 2일', value: day('2025-06-02') },
      { text: '오는 1일 0시', value: day('2025-07-01', '00:00') },
    ],
  },
  {
    reference: '2027-01-31',
    text: '재판부는 지난 30일 결심 공판을 열었고, 선고는 오는 2일 오후 2시에 내려진다.',
    mentions: [
      { text: '지난 30일', value: day('2027-01-30') },
      { text: '오는 2일 오후 2시', value: day('2027-02-02', '14:00') },
    ],
  },
  {
    reference: '2022-12-07',
    text: '여성회관 1층 전시실에서 11월 28일(월)부터 12월 2일(금)까지 열린 작품전에는 공예 동아리 세 팀이 참여했다. 특히 지난2일 2층 강당에서 열린 경연대회에는 11개 팀이 출전했다.',
    mentions: [
      { text: '11월 28일(월)부터 12월 2일(금)까지', value: days('2022-11-28', '2022-12-02') },
      { text: '지난2일', value: day('2022-12-02') },
    ],
  },
  {
    reference: '2022-08-31',
    text: '한국은행은 지난 25일 기준금리를 연 2.50%로 0.25%포인트 올렸다. 다음 금리 결정 회의는 10월 12일 열린다.',
    mentions: [
      { text: '지난 25일', value: day('2022-08-25') },
      { text: '10월 12일', value: day('2022-10-12') },
    ],
  },
  {
    reference: '2020-08-17',
    text: '광복절인 15일 도심 집회에 참석한 교인 가운데 확진자가 잇따랐다. 방역 당국은 이들에게 오는 19일까지 검사를 받으라고 권고했다.',
    mentions: [
      { text: '15일', value: day('2020-08-15') },
      { text: '오는 19일', value: day('2020-08-19') },
    ],
  },
  {
    reference: '2024-06-03',
    text: '지난달 31일 오후 3시 반께 경북 구미의 한 공장에서 유해 가스가 새어 나와 근로자 4명이 병원으로 옮겨졌다.',
    mentions: [{ text: '지난달 31일 오후 3시 반', value: day('2024-05-31', '15:30') }],
  },
  {
    reference: '2019-01-02',
    text: '지난해 12월 31일 밤 11시 59분 서울 보신각 앞은 발 디딜 틈이 없었다.',
    mentions: [{ text: '지난해 12월 31일 밤 11시 59분', value: day('2018-12-31', '23:59') }],
  },
  {
    // D8
    reference: '2025-02-11',
    text: '지난 2022년 5월 출범한 위원회는 석 달 넘게 회의를 열지 못했다.',
    mentions: [{ text: '지난 2022년 5월', value: month('2022-05') }],
  },
  {
    reference: '2023-02-27',
    text: '러시아가 우크라이나를 침공한 지난 2022년 2월 24일(현지시간) 이후 1년이 흘렀다.',
    mentions: [{ text: '지난 2022년 2월 24일(현지시간)', value: day('2022-02-24') }],
  },
  {
    reference: '2021-10-18',
    text: '정부는 오는 2030년까지 온실가스 배출량을 40% 줄인다는 목표를 세웠다. 2018년 배출량 대비 감축률이다.',
    mentions: [
      { text: '오는 2030년', value: year(2030) },
      { text: '2018년', value: year(2018) },
    ],
  },

  // ── ranges, lists, and spans of days ────────────────────────────────────────────────────────────
  {
    reference: '2023-10-12',
    text: '원주시는 주말인 14∼15일 읍면동별로 가을 축제를 연다. 문막읍은 14일 오전 11시부터 전통시장 일대에서 먹거리 장터를 열고, 단구동은 같은 날 오후 2시부터 근린공원에서 음악회를 개최한다.',
    mentions: [
      { text: '14∼15일', value: days('2023-10-14', '2023-10-15') },
      { text: '14일 오전 11시', value: day('2023-10-14', '11:00') },
      { text: '같은 날 오후 2시', value: day('2023-10-14', '14:00') },
    ],
  },
  {
    reference: '2024-03-12',
    text: '한국관광공사는 15∼16일 이틀간 부산 벡스코에서 국제관광박람회를 개최한다. 지난해 박람회에는 3만여 명이 다녀갔다.',
    mentions: [
      { text: '15∼16일', value: days('2024-03-15', '2024-03-16') },
      { text: '지난해', value: year(2023) },
    ],
  },
  {
    reference: '2023-07-10',
    text: '산업통상자원부에 따르면 올해 1∼6월 수출은 3천억 달러로 지난해 같은 기간보다 12.4% 줄었다.',
    mentions: [
      { text: '올해 1∼6월', value: months('2023-01', '2023-06') },
      { text: '지난해 같은 기간', value: months('2022-01', '2022-06') }, // docs/dates.md: 같은 기간/동기 after a year word is the period named before, a year back (a later convention than this table's)
    ],
  },
  {
    reference: '2023-03-11',
    text: '11일 관세청에 따르면 이달 1∼10일 수출액은 142억 달러로 잠정 집계됐다. 1년 전 같은 기간보다 19.3% 늘어난 규모다.',
    mentions: [
      { text: '11일', value: day('2023-03-11') },
      { text: '이달 1∼10일', value: days('2023-03-01', '2023-03-10') },
      { text: '1년 전 같은 기간', value: days('2022-03-01', '2022-03-10') }, // docs/dates.md: 같은 기간/동기 after a year word is the period named before, a year back (a later convention than this table's)
    ],
  },
  {
    reference: '2024-03-15',
    text: '지난 1∼2월 국세 수입은 전년 동기보다 2조원가량 늘었다.',
    mentions: [
      { text: '지난 1∼2월', value: months('2024-01', '2024-02') },
      { text: '전년 동기', value: months('2023-01', '2023-02') }, // docs/dates.md: 같은 기간/동기 after a year word is the period named before, a year back (a later convention than this table's)
    ],
  },
  {
    // D4: `1·2월` is one mention.
    reference: '2025-03-04',
    text: '1·2월 합산 산업생산은 설 연휴가 낀 탓에 소폭 감소했다.',
    mentions: [{ text: '1·2월', value: months('2025-01', '2025-02') }],
  },
  {
    // D10: `2027학년도` is no date.
    reference: '2026-08-20',
    text: '2027학년도 대학수학능력시험 응시원서는 9월 4∼15일 접수한다. 시험은 11월 19일 치러진다.',
    mentions: [
      { text: '9월 4∼15일', value: days('2026-09-04', '2026-09-15') },
      { text: '11월 19일', value: day('2026-11-19') },
    ],
  },
  {
    reference: '2025-05-06',
    text: '국립중앙박물관은 오는 9일부터 12일까지 나흘간 야간 특별 개방을 한다.',
    mentions: [{ text: '오는 9일부터 12일까지', value: days('2025-05-09', '2025-05-12') }],
  },
  {
    reference: '2025-11-25',
    text: '구청은 28일~3일 구민회관 앞마당에서 김장 나눔 장터를 연다.',
    mentions: [{ text: '28일~3일', value: days('2025-11-28', '2025-12-03') }],
  },
  {
    reference: '2026-12-10',
    text: '연말 특별 교통 대책 기간은 12월 28일~1월 3일이다.',
    mentions: [
      { text: '연말', value: month('2026-12') },
      { text: '12월 28일~1월 3일', value: days('2026-12-28', '2027-01-03') },
    ],
  },
  {
    reference: '2021-07-20',
    text: '애플이 10월 말에서 11월 초까지 목표 생산량을 채울 수 있을 것이라는 관측이 나온다.',
    mentions: [{ text: '10월 말에서 11월 초까지', value: span('2021-10-21', '2021-11-10', 'month') }],
  },
  {
    reference: '2023-09-14',
    text: '국립대는 18일부터 21일까지 4일간 대운동장 일원에서 축제 주간 행사를 진행한다. 본 공연은 오는 20일(수)과 21일(목) 양일간 열린다.',
    mentions: [
      { text: '18일부터 21일까지', value: days('2023-09-18', '2023-09-21') },
      { text: '오는 20일(수)', value: day('2023-09-20') },
      { text: '21일(목)', value: day('2023-09-21') },
    ],
  },
  {
    reference: '2024-12-20',
    text: '구청은 26일 오전 9시~오후 6시 대강당에서 청년 일자리 박람회를 연다.',
    mentions: [{ text: '26일 오전 9시~오후 6시', value: day('2024-12-26', '09:00', '18:00') }],
  },
  {
    reference: '2020-02-27',
    text: '도는 28일 오후 2~4시 시군 부단체장이 참석하는 긴급 방역 회의를 연다.',
    mentions: [{ text: '28일 오후 2~4시', value: day('2020-02-28', '14:00', '16:00') }],
  },
  {
    // D12
    reference: '2023-12-14',
    text: '간담회는 이날 오후 1시부터 2시 반까지 비공개로 진행됐다.',
    mentions: [{ text: '이날 오후 1시부터 2시 반까지', value: day('2023-12-14', '13:00', '14:30') }],
  },
  {
    reference: '2021-05-14',
    text: '노후 관 교체 공사로 18일 오전 10시에서 오후 5시 사이 일부 지역에 단수가 이뤄질 예정이다.',
    mentions: [{ text: '18일 오전 10시에서 오후 5시 사이', value: day('2021-05-18', '10:00', '17:00') }],
  },
  {
    reference: '2026-04-07',
    text: '전산망 점검으로 9일 오전 10시~10일 오후 6시 온라인 민원 서비스가 중단된다.',
    mentions: [{ text: '9일 오전 10시~10일 오후 6시', value: days('2026-04-09', '2026-04-10', '10:00') }],
  },
  {
    reference: '2024-02-05',
    text: '2021~2023년 3년간 접수된 전세사기 피해 신고는 1만2천 건에 이른다.',
    mentions: [{ text: '2021~2023년', value: years(2021, 2023) }],
  },
  {
    reference: '2023-05-01',
    text: '이 제도는 2020년 3월부터 2022년 4월까지 한시적으로 운영됐다.',
    mentions: [{ text: '2020년 3월부터 2022년 4월까지', value: months('2020-03', '2022-04') }],
  },
  {
    reference: '2025-02-10',
    text: '산림청에 따르면 대형 산불은 주로 3월에서 5월 사이 집중된다.',
    mentions: [{ text: '3월에서 5월 사이', value: months('2025-03', '2025-05') }],
  },
  {
    reference: '2024-01-05',
    text: '지난달 24∼28일 접수된 한파 피해 신고는 모두 312건이다.',
    mentions: [{ text: '지난달 24∼28일', value: days('2023-12-24', '2023-12-28') }],
  },
  {
    reference: '2022-06-20',
    text: '여름휴가는 7월 말~8월 초에 몰릴 전망이다.',
    mentions: [{ text: '7월 말~8월 초', value: span('2022-07-21', '2022-08-10', 'month') }],
  },
  {
    // D4: `3, 4일` is one mention; `4일과 5일` are two.
    reference: '2026-09-01',
    text: '기상청은 태풍이 3, 4일 남해안을 지날 것으로 내다봤다. 제주 항공편은 4일과 5일 무더기로 결항될 수 있다.',
    mentions: [
      { text: '3, 4일', value: days('2026-09-03', '2026-09-04') },
      { text: '4일', value: day('2026-09-04') },
      { text: '5일', value: day('2026-09-05') },
    ],
  },
  {
    // D4: later list items take the month from the first.
    reference: '2025-07-23',
    text: '업계는 신제품 공개 행사가 9월 5일이나 6일쯤 열릴 것으로 보고 있다. 국내 사전 판매는 10월 초 또는 중순 시작될 것으로 예상된다.',
    mentions: [
      { text: '9월 5일', value: day('2025-09-05') },
      { text: '6일', value: day('2025-09-06') },
      { text: '10월 초', value: dekad('2025-10', 1) },
      { text: '중순', value: dekad('2025-10', 2) },
    ],
  },
  {
    reference: '2023-08-31',
    text: '국민연금 개혁안 공청회는 다음 달 1일과 4일 서울과 부산에서 차례로 열린다.',
    mentions: [
      { text: '다음 달 1일', value: day('2023-09-01') },
      { text: '4일', value: day('2023-09-04') },
    ],
  },
  {
    reference: '2024-11-29',
    text: '제주 감귤 출하는 이번 달 말부터 다음 달 중순까지 절정을 이룬다.',
    mentions: [{ text: '이번 달 말부터 다음 달 중순까지', value: span('2024-11-21', '2024-12-20', 'month') }],
  },
  {
    reference: '2021-12-20',
    text: '방역 당국은 18일부터 내달 2일까지 사적 모임 인원을 4명으로 제한했다.',
    mentions: [{ text: '18일부터 내달 2일까지', value: days('2021-12-18', '2022-01-02') }],
  },
  {
    reference: '2019-09-30',
    text: '30일 0시부터 정오까지 강원 산간에 호우 특보가 내려졌다.',
    mentions: [{ text: '30일 0시부터 정오까지', value: day('2019-09-30', '00:00', '12:00') }],
  },
  {
    reference: '2022-01-31',
    text: '설 연휴 고속도로 통행료 면제는 31일 0시부터 2월 2일 자정까지 적용된다.',
    mentions: [{ text: '31일 0시부터 2월 2일 자정까지', value: days('2022-01-31', '2022-02-02', '00:00') }],
  },
  {
    reference: '2021-06-30',
    text: '이 프로그램은 2021년 7월 1일부터 2022년 6월 30일까지 1년간 시범 운영된다.',
    mentions: [{ text: '2021년 7월 1일부터 2022년 6월 30일까지', value: days('2021-07-01', '2022-06-30') }],
  },
  {
    reference: '2027-03-14',
    text: '지난 2월 말~3월 초 꽃샘추위가 예년보다 길게 이어졌다.',
    mentions: [{ text: '지난 2월 말~3월 초', value: span('2027-02-21', '2027-03-10', 'month') }],
  },
  {
    reference: '2020-04-14',
    text: '21대 총선 사전투표는 10∼11일 이틀간 진행됐고, 본투표는 내일 오전 6시부터 오후 6시까지 실시된다.',
    mentions: [
      { text: '10∼11일', value: days('2020-04-10', '2020-04-11') },
      { text: '내일 오전 6시부터 오후 6시까지', value: day('2020-04-15', '06:00', '18:00') },
    ],
  },
  {
    reference: '2024-02-14',
    text: '설 연휴 직전인 8일 밤 9시부터 11시까지 귀성 차량이 가장 많았다.',
    mentions: [{ text: '8일 밤 9시부터 11시까지', value: day('2024-02-08', '21:00', '23:00') }],
  },
  {
    reference: '2024-03-05',
    text: '연구 기간: 2023.8~2024.2 (총 7개월)',
    mentions: [{ text: '2023.8~2024.2', value: months('2023-08', '2024-02') }],
  },
  {
    reference: '2026-06-01',
    text: '미세먼지 농도는 지난해 10∼12월 평균보다 낮았다.',
    mentions: [{ text: '지난해 10∼12월', value: months('2025-10', '2025-12') }],
  },
  {
    reference: '2024-07-30',
    text: '회사는 2022년 1분기부터 2023년 4분기까지 여덟 분기 연속 적자를 냈다.',
    mentions: [{ text: '2022년 1분기부터 2023년 4분기까지', value: span('2022-01-01', '2023-12-31', 'quarter') }],
  },

  // ── anchored days, months and years in a narrative ──────────────────────────────────────────────
  {
    // D5 for `같은 달`; READER≠DOC (W3) for `13∼19일`: the pre-orders run before the 20 August launch, in the
    // month just named, not in R's July (the doc's tense rule would give 2019-07-13…19).
    reference: '2019-07-12',
    text: 'LG전자는 다음 달 6일(현지시간) 독일 베를린에서 신형 노트북을 공개하고, 같은 달 20일 국내에 출시한다. 예약 판매는 13∼19일 진행된다.',
    mentions: [
      { text: '다음 달 6일(현지시간)', value: day('2019-08-06') },
      { text: '같은 달 20일', value: day('2019-08-20') },
      { text: '13∼19일', value: days('2019-08-13', '2019-08-19') },
    ],
  },
  {
    // D5; READER≠DOC (W1) for `이듬해`.
    reference: '2024-06-14',
    text: 'A씨는 2019년 2월 회사를 세웠고 같은 해 5월 첫 투자를 유치했다. 그해 12월에는 직원이 50명으로 늘었고, 이듬해 3월 코스닥 상장을 추진했다.',
    mentions: [
      { text: '2019년 2월', value: month('2019-02') },
      { text: '같은 해 5월', value: month('2019-05') },
      { text: '그해 12월', value: month('2019-12') },
      { text: '이듬해 3월', value: month('2020-03') },
    ],
  },
  {
    // READER≠DOC (W1).
    reference: '2023-05-20',
    text: '황 작가는 2011년 처음 출품한 작품으로 금메달을 받았고, 이듬해인 2012년에는 최고상을 거머쥐었다.',
    mentions: [
      { text: '2011년', value: year(2011) },
      { text: '이듬해', value: year(2012) },
      { text: '2012년', value: year(2012) },
    ],
  },
  {
    // D8; READER≠DOC (W1).
    reference: '2025-11-03',
    text: '지난 2019년 처음 문제가 제기됐을 당시 정부는 조사에 소극적이었다. 2019년 당시 조사를 맡았던 위원회는 이듬해 해산됐다.',
    mentions: [
      { text: '지난 2019년', value: year(2019) },
      { text: '2019년', value: year(2019) },
      { text: '이듬해', value: year(2020) },
    ],
  },
  {
    // D5; READER≠DOC (W1) for `이듬해 봄`.
    reference: '2021-09-09',
    text: '두 사람은 2016년 3월 처음 만나 같은 해 10월 결혼했다. 이듬해 봄 첫 아이가 태어났다.',
    mentions: [
      { text: '2016년 3월', value: month('2016-03') },
      { text: '같은 해 10월', value: month('2016-10') },
      { text: '이듬해 봄', value: months('2017-03', '2017-05') },
    ],
  },
  {
    // D5
    reference: '2022-07-19',
    text: 'A씨는 2020년 8월 범행을 저질렀고 같은 달 27일 체포됐다. 그해 11월 1심에서 징역 5년을 선고받았다.',
    mentions: [
      { text: '2020년 8월', value: month('2020-08') },
      { text: '같은 달 27일', value: day('2020-08-27') },
      { text: '그해 11월', value: month('2020-11') },
    ],
  },
  {
    // D5
    reference: '2025-08-11',
    text: '공장은 1998년 문을 열었다. 이후 그해 말까지 생산량이 세 배로 늘었다.',
    mentions: [
      { text: '1998년', value: year(1998) },
      { text: '그해 말', value: month('1998-12') },
    ],
  },
  {
    // D5: `지난해 같은 달` is the month just named, a year earlier.
    reference: '2024-03-01',
    text: '지난달 수출은 524억 달러로 지난해 같은 달보다 4.8% 늘었다.',
    mentions: [
      { text: '지난달', value: month('2024-02') },
      { text: '지난해 같은 달', value: month('2023-02') },
    ],
  },
  {
    reference: '2022-05-08',
    text: '원로 화가 박모 씨가 8일 별세했다. 향년 88세. 유족에 따르면 고인은 이날 오후 서울의 한 병원에서 숨을 거뒀다.',
    mentions: [
      { text: '8일', value: day('2022-05-08') },
      { text: '이날 오후', value: day('2022-05-08') },
    ],
  },
  {
    reference: '2023-09-22',
    text: '22일 경찰에 따르면 전날 밤 10시께 충남 당진시의 한 아파트 12층에서 불이 나 주민 30여 명이 대피했다.',
    mentions: [
      { text: '22일', value: day('2023-09-22') },
      { text: '전날 밤 10시', value: day('2023-09-21', '22:00') },
    ],
  },
  {
    reference: '2021-03-05',
    text: '경찰은 3일 오후 용의자의 신원을 특정했고 다음 날 오전 주거지에서 그를 붙잡았다. 그는 이튿날 새벽 유치장에서 자해를 시도했다.',
    mentions: [
      { text: '3일 오후', value: day('2021-03-03') },
      { text: '다음 날 오전', value: day('2021-03-04') },
      { text: '이튿날 새벽', value: day('2021-03-05') },
    ],
  },
  {
    // READER≠DOC (W2): `이틀 뒤` is two days after the 3rd, the 5th it stands beside (the doc would give R+2 = 10 Feb).
    reference: '2024-02-08',
    text: 'A씨는 지난 3일 집을 나선 뒤 연락이 끊겼다. 가족의 신고를 받은 경찰은 이틀 뒤인 5일 인근 야산에서 그를 찾았다.',
    mentions: [
      { text: '지난 3일', value: day('2024-02-03') },
      { text: '이틀 뒤', value: day('2024-02-05') },
      { text: '5일', value: day('2024-02-05') },
    ],
  },
  {
    reference: '2026-01-15',
    text: '선관위는 14일 후보 등록을 마감했다. 같은 날 오후 6시 기준 등록자는 모두 12명이었다.',
    mentions: [
      { text: '14일', value: day('2026-01-14') },
      { text: '같은 날 오후 6시', value: day('2026-01-14', '18:00') },
    ],
  },
  {
    // D5: `그날` = `이날`.
    reference: '2025-12-26',
    text: '사고는 24일 밤 서울 마포구의 한 교차로에서 일어났다. 그날 밤 11시 40분쯤 귀가하던 행인이 신호를 어긴 차량에 치였다.',
    mentions: [
      { text: '24일 밤', value: day('2025-12-24') },
      { text: '그날 밤 11시 40분', value: day('2025-12-24', '23:40') },
    ],
  },
  {
    reference: '2020-03-13',
    text: '코스피는 13일 장중 8% 넘게 급락했다. 하루 전 뉴욕 증시가 폭락한 여파다.',
    mentions: [
      { text: '13일', value: day('2020-03-13') },
      { text: '하루 전', value: day('2020-03-12') },
    ],
  },
  {
    // READER≠DOC (W2) for `당일`: the exam day the apposition names (the doc would anchor it to R).
    reference: '2022-11-14',
    text: '수능 당일인 17일 관공서 출근 시간은 오전 10시로 1시간 늦춰진다. 시험 전날인 16일에는 예비 소집이 열린다.',
    mentions: [
      { text: '당일', value: day('2022-11-17') },
      { text: '17일', value: day('2022-11-17') },
      { text: '오전 10시', value: day('2022-11-17', '10:00') },
      { text: '전날', value: day('2022-11-16') },
      { text: '16일', value: day('2022-11-16') },
    ],
  },
  {
    reference: '2022-03-10',
    text: '20대 대선 개표는 9일 오후 7시 30분 시작해 다음 날 새벽 4시께 사실상 마무리됐다.',
    mentions: [
      { text: '9일 오후 7시 30분', value: day('2022-03-09', '19:30') },
      { text: '다음 날 새벽 4시', value: day('2022-03-10', '04:00') },
    ],
  },
  {
    reference: '2024-12-31',
    text: '올 한 해 가장 많이 검색된 단어는 ‘계엄’이었다. 지난 3일 밤 10시 23분 비상계엄이 선포됐고, 이튿날 새벽 1시께 국회가 해제 요구안을 가결했다.',
    mentions: [
      { text: '올', value: year(2024) },
      { text: '지난 3일 밤 10시 23분', value: day('2024-12-03', '22:23') },
      { text: '이튿날 새벽 1시', value: day('2024-12-04', '01:00') },
    ],
  },
  {
    reference: '2026-12-03',
    text: '2년 전인 2024년 12월 3일 밤 10시 27분 비상계엄이 선포됐다. 당시 계엄은 약 6시간 만에 해제됐다.',
    mentions: [
      { text: '2년 전', value: year(2024) },
      { text: '2024년 12월 3일 밤 10시 27분', value: day('2024-12-03', '22:27') },
    ],
  },
  {
    reference: '2024-01-02',
    text: '새해 첫 거래일인 2일 코스피는 2,669선에서 출발했다. 전날 미국 증시는 휴장했다.',
    mentions: [
      { text: '2일', value: day('2024-01-02') },
      { text: '전날', value: day('2024-01-01') },
    ],
  },
  {
    reference: '2025-12-31',
    text: '올해 마지막 날인 31일 전국 해넘이 명소에는 오후 5시께부터 인파가 몰렸다. 기상청은 새해 첫날인 1일 아침 동해안에서 해돋이를 볼 수 있을 것으로 내다봤다. 1일 해 뜨는 시각은 독도가 오전 7시 26분으로 가장 이르다.',
    mentions: [
      { text: '올해', value: year(2025) },
      { text: '31일', value: day('2025-12-31') },
      { text: '오후 5시', value: day('2025-12-31', '17:00') },
      { text: '1일 아침', value: day('2026-01-01') },
      { text: '1일', value: day('2026-01-01') },
      { text: '오전 7시 26분', value: day('2026-01-01', '07:26') },
    ],
  },
  {
    reference: '2023-12-31',
    text: '올해 마지막 날인 31일 밤 11시부터 보신각 일대 차량이 통제된다. 타종 행사는 1일 0시 정각에 시작해 0시 30분께 끝난다.',
    mentions: [
      { text: '올해', value: year(2023) },
      { text: '31일 밤 11시', value: day('2023-12-31', '23:00') },
      { text: '1일 0시', value: day('2024-01-01', '00:00') },
      { text: '0시 30분', value: day('2024-01-01', '00:30') },
    ],
  },
  {
    reference: '2026-05-15',
    text: '재단은 19일 창립 기념식을 열고 오후 4시부터 특별 공연을 선보인다.',
    mentions: [
      { text: '19일', value: day('2026-05-19') },
      { text: '오후 4시', value: day('2026-05-19', '16:00') },
    ],
  },
  {
    reference: '2024-03-31',
    text: '31일 새벽 서울 성북구의 한 창고에서 불이 나 60대 남성이 다쳤다. 성북소방서에 따르면 이날 오전 5시4분께 신고가 들어왔고, 소방당국은 출동 17분 만인 5시21분께 불길을 잡았다.',
    mentions: [
      { text: '31일 새벽', value: day('2024-03-31') },
      { text: '이날 오전 5시4분', value: day('2024-03-31', '05:04') },
      { text: '5시21분', value: day('2024-03-31', '05:21') },
    ],
  },
  {
    reference: '2023-12-04',
    text: '3일 오전 8시50분쯤 서울 성동구의 한 반지하 주택에서 60대 남성이 숨져 있는 것을 집주인이 발견했다. 경찰은 숨진 지 2, 3일 지난 것으로 보고 있다.',
    mentions: [{ text: '3일 오전 8시50분', value: day('2023-12-03', '08:50') }],
  },
  {
    reference: '2019-12-04',
    text: '경찰은 고혈압을 앓던 강씨가 5일전 쯤 숨진 것으로 보고 있다. 이웃들은 며칠 전부터 집 안에서 TV 소리만 들렸다고 말했다.',
    mentions: [{ text: '5일전', value: day('2019-11-29') }],
  },

  // ── approximate and partial units: 께, 중, 들어, 초·중순·말, seasons, quarters, halves ─────────────
  {
    reference: '2024-05-20',
    text: '정부는 오는 10월께 연금개혁 최종안을 확정할 방침이다.',
    mentions: [{ text: '오는 10월', value: month('2024-10') }],
  },
  {
    reference: '2023-07-10',
    text: '공정거래위원회는 내달 중순께 과징금 규모를 결정할 예정이다.',
    mentions: [{ text: '내달 중순', value: dekad('2023-08', 2) }],
  },
  {
    // D6
    reference: '2021-05-14',
    text: '구청에 따르면 지난 2월 중 접수된 층간소음 민원은 180건으로 1년 전의 두 배였다.',
    mentions: [
      { text: '지난 2월 중', value: month('2021-02') },
      { text: '1년 전', value: year(2020) },
    ],
  },
  {
    // D7
    reference: '2022-10-31',
    text: '올 들어 서울 아파트값은 5% 넘게 떨어졌다. 이달 들어서만 1.2% 하락했다.',
    mentions: [
      { text: '올', value: year(2022) },
      { text: '이달', value: month('2022-10') },
    ],
  },
  {
    // D7
    reference: '2026-02-21',
    text: '이달 들어 지난 20일까지 반도체 수출은 1년 전보다 30% 늘었다.',
    mentions: [
      { text: '이달', value: month('2026-02') },
      { text: '지난 20일', value: day('2026-02-20') },
      { text: '1년 전', value: year(2025) },
    ],
  },
  {
    // D7
    reference: '2024-03-11',
    text: '3월들어 지난 10일까지 하루 평균 수출액은 19억 달러로 집계됐다.',
    mentions: [
      { text: '3월', value: month('2024-03') },
      { text: '지난 10일', value: day('2024-03-10') },
    ],
  },
  {
    reference: '2024-12-02',
    text: '정부는 올 연말 종료되는 유류세 인하 조치를 연장할지 이달 말께 결정한다.',
    mentions: [
      { text: '올 연말', value: month('2024-12') },
      { text: '이달 말', value: dekad('2024-12', 3) },
    ],
  },
  {
    reference: '2025-09-30',
    text: '회사는 연내 착공하고 늦어도 내년 초에는 시험 가동에 들어갈 계획이다.',
    mentions: [
      { text: '연내', value: year(2025) },
      { text: '내년 초', value: month('2026-01') },
    ],
  },
  {
    // D6
    reference: '2023-01-26',
    text: '새 요금제는 2분기 중 출시되고, 지방 노선 확대는 상반기 중 마무리된다.',
    mentions: [
      { text: '2분기 중', value: quarter(2023, 2) },
      { text: '상반기 중', value: half(2023, 1) },
    ],
  },
  {
    reference: '2019-04-10',
    text: '반도체 재고는 2분기 말 정점을 찍은 뒤 줄어들 전망이다.',
    mentions: [{ text: '2분기 말', value: month('2019-06') }],
  },
  {
    reference: '2027-02-05',
    text: '제주의 매화는 이달 하순 절정을 맞을 것으로 보인다.',
    mentions: [{ text: '이달 하순', value: dekad('2027-02', 3) }],
  },
  {
    reference: '2020-01-20',
    text: '연초부터 이어진 한파로 난방비 부담이 커졌다.',
    mentions: [{ text: '연초', value: month('2020-01') }],
  },
  {
    // D11
    reference: '2023-12-14',
    text: '경찰청은 연말연시를 맞아 18일부터 6주간 음주운전 특별 단속에 들어간다.',
    mentions: [
      { text: '연말연시', value: span('2023-12-01', '2024-01-31', 'month') },
      { text: '18일', value: day('2023-12-18') },
    ],
  },
  {
    reference: '2024-09-02',
    text: '올여름 폭염 일수는 역대 최다를 기록했다. 지난겨울에는 이례적으로 눈이 적었다.',
    mentions: [
      { text: '올여름', value: months('2024-06', '2024-08') },
      { text: '지난겨울', value: months('2023-12', '2024-02') },
    ],
  },
  {
    reference: '2026-11-20',
    text: '구는 내년 봄 하천변에 산책로를 새로 낸다.',
    mentions: [{ text: '내년 봄', value: months('2027-03', '2027-05') }],
  },
  {
    reference: '2025-03-10',
    text: '회사는 하반기 보급형 모델을 선보일 계획이다.',
    mentions: [{ text: '하반기', value: half(2025, 2) }],
  },
  {
    reference: '2022-11-30',
    text: '정부는 내년 상반기 중 전기요금 체계 개편안을 내놓고, 가스요금 인상 폭은 올 하반기 실적을 보고 정한다.',
    mentions: [
      { text: '내년 상반기 중', value: half(2023, 1) },
      { text: '올 하반기', value: half(2022, 2) },
    ],
  },
  {
    reference: '2023-11-13',
    text: '공사는 내년 1월 초 착공해 2026년 하반기 준공할 계획이다.',
    mentions: [
      { text: '내년 1월 초', value: dekad('2024-01', 1) },
      { text: '2026년 하반기', value: half(2026, 2) },
    ],
  },
  {
    reference: '2027-04-20',
    text: '올 1분기 순이익은 1년 전보다 두 배로 늘었다.',
    mentions: [
      { text: '올 1분기', value: quarter(2027, 1) },
      { text: '1년 전', value: year(2026) },
    ],
  },
  {
    reference: '2019-05-31',
    text: '조합은 다음 달 초 총회를 열어 새 집행부를 뽑는다.',
    mentions: [{ text: '다음 달 초', value: dekad('2019-06', 1) }],
  },
  {
    reference: '2026-03-31',
    text: '이번 달 중순 시작된 벚꽃 개화가 다음 주면 서울까지 올라온다.',
    mentions: [
      { text: '이번 달 중순', value: dekad('2026-03', 2) },
      { text: '다음 주', value: week('2026-04-06', '2026-04-12') },
    ],
  },
  {
    reference: '2025-05-30',
    text: '이달 초순 내린 우박으로 사과 농가 피해가 컸다. 도는 이번 주 금요일 피해 조사 결과를 내놓는다.',
    mentions: [
      { text: '이달 초순', value: dekad('2025-05', 1) },
      { text: '이번 주 금요일', value: day('2025-05-30') },
    ],
  },
  {
    reference: '2026-07-01',
    text: '상반기 말 기준 가계대출 잔액은 1천900조원이다.',
    mentions: [{ text: '상반기 말', value: month('2026-06') }],
  },
  {
    reference: '2020-11-30',
    text: '3차 유행이 본격화한 이달 중순 이후 하루 확진자가 500명 안팎을 오가고 있다.',
    mentions: [{ text: '이달 중순', value: dekad('2020-11', 2) }],
  },
  {
    reference: '2023-03-31',
    text: '1분기 마지막 날인 31일 원·달러 환율은 1,300원대에서 마감했다.',
    mentions: [
      { text: '1분기', value: quarter(2023, 1) },
      { text: '31일', value: day('2023-03-31') },
    ],
  },
  {
    reference: '2020-07-31',
    text: '장마는 다음 달 중순께까지 이어질 전망이다.',
    mentions: [{ text: '다음 달 중순', value: dekad('2020-08', 2) }],
  },
  {
    reference: '2025-12-01',
    text: '지난달 말 시작된 한파가 이번 주 내내 이어진다. 기상청은 목요일 아침 기온이 영하 12도까지 떨어질 것으로 예보했다.',
    mentions: [
      { text: '지난달 말', value: dekad('2025-11', 3) },
      { text: '이번 주', value: week('2025-12-01', '2025-12-07') },
      { text: '목요일 아침', value: day('2025-12-04') },
    ],
  },
  {
    reference: '2025-07-02',
    text: '6월 한 달간 수입차 판매는 2만5천 대로 집계됐다.',
    mentions: [{ text: '6월', value: month('2025-06') }],
  },
  {
    reference: '2022-12-20',
    text: '작년 이맘때보다 난방비가 30% 넘게 올랐다. 지난해 말 도입된 할인 제도도 효과가 미미했다.',
    mentions: [
      { text: '작년', value: year(2021) },
      { text: '지난해 말', value: month('2021-12') },
    ],
  },

  // ── clock times and time-zone glosses ───────────────────────────────────────────────────────────
  {
    reference: '2020-12-23',
    text: '정부는 24일 0시부터 수도권 5인 이상 사적 모임을 금지한다.',
    mentions: [{ text: '24일 0시', value: day('2020-12-24', '00:00') }],
  },
  {
    reference: '2021-12-26',
    text: '26일 새벽 1시 30분께 경기 광주시의 한 물류창고에서 불이 나 2시간 만에 꺼졌다.',
    mentions: [{ text: '26일 새벽 1시 30분', value: day('2021-12-26', '01:30') }],
  },
  {
    reference: '2027-06-15',
    text: '개막식은 18일 18:30 주경기장에서 시작한다.',
    mentions: [{ text: '18일 18:30', value: day('2027-06-18', '18:30') }],
  },
  {
    // `밤 12시` = 00:00 of the day named, as the doc says (news means the end of the 30th).
    reference: '2024-06-28',
    text: '온라인 할인 행사는 30일 밤 12시에 끝난다.',
    mentions: [{ text: '30일 밤 12시', value: day('2024-06-30', '00:00') }],
  },
  {
    reference: '2019-12-24',
    text: '성탄 전야 미사는 24일 저녁 7시 30분 명동성당에서 봉헌된다.',
    mentions: [{ text: '24일 저녁 7시 30분', value: day('2019-12-24', '19:30') }],
  },
  {
    // D2
    reference: '2023-09-13',
    text: '애플은 13일 새벽2시(한국시간) 미국 본사에서 신제품 발표회를 열었다. 행사는 12일 오전(현지시간) 캘리포니아 쿠퍼티노에서 진행됐다.',
    mentions: [
      { text: '13일 새벽2시(한국시간)', value: day('2023-09-13', '02:00') },
      { text: '12일 오전(현지시간)', value: day('2023-09-12') },
    ],
  },
  {
    // D2, D3
    reference: '2024-11-06',
    text: '트럼프 후보는 5일 오후(현지시간) 플로리다 자택에서 개표 상황을 지켜봤다.',
    mentions: [{ text: '5일 오후(현지시간)', value: day('2024-11-05') }],
  },
  {
    reference: '2024-07-10',
    text: '결승전은 14일(현지시간) 오후 8시, 한국시간으로는 15일 새벽 4시에 열린다.',
    mentions: [
      { text: '14일(현지시간) 오후 8시', value: day('2024-07-14', '20:00') },
      { text: '15일 새벽 4시', value: day('2024-07-15', '04:00') },
    ],
  },
  {
    // D2: a gloss before the date is not part of it.
    reference: '2025-09-18',
    text: '미국 연방준비제도는 현지시간 17일 기준금리를 0.25%포인트 내렸다.',
    mentions: [{ text: '17일', value: day('2025-09-17') }],
  },
  {
    reference: '2019-06-28',
    text: '주요 20개국(G20) 정상회의가 28일(현지시간)부터 이틀간 일본 오사카에서 열린다.',
    mentions: [{ text: '28일(현지시간)', value: day('2019-06-28') }],
  },
  {
    reference: '2022-02-04',
    text: '베이징 동계올림픽이 4일 밤 9시(한국시간) 개막식을 시작으로 17일간의 열전에 들어간다.',
    mentions: [{ text: '4일 밤 9시(한국시간)', value: day('2022-02-04', '21:00') }],
  },
  {
    reference: '2019-03-29',
    text: '다음 달 3일 오후 7시(현지시간) 뉴욕에서 열리는 시상식에 한국 작품 두 편이 후보로 올랐다.',
    mentions: [{ text: '다음 달 3일 오후 7시(현지시간)', value: day('2019-04-03', '19:00') }],
  },
  {
    reference: '2023-06-01',
    text: '기념식은 오후 12시 정각에 시작된다.',
    mentions: [{ text: '오후 12시', value: day('2023-06-01', '12:00') }],
  },
  {
    reference: '2022-09-14',
    text: '한가위 연휴 마지막 날이던 12일 오후 5시께 경부고속도로 상행선 정체 구간은 140㎞에 달했다.',
    mentions: [{ text: '12일 오후 5시', value: day('2022-09-12', '17:00') }],
  },
  {
    reference: '2025-10-10',
    text: '연휴 마지막 날인 9일 오후 귀경 차량이 몰리며 서울 방향 고속도로가 밤늦게까지 막혔다.',
    mentions: [{ text: '9일 오후', value: day('2025-10-09') }],
  },
  {
    reference: '2021-11-15',
    text: '수능 시험장 방역 점검은 이번 주 중 마무리된다. 시험은 18일 오전 8시 40분 시작된다.',
    mentions: [
      { text: '이번 주 중', value: week('2021-11-15', '2021-11-21') },
      { text: '18일 오전 8시 40분', value: day('2021-11-18', '08:40') },
    ],
  },
  {
    reference: '2025-11-21',
    text: '개정 요금 체계는 23일 오전 0시부터 적용된다.',
    mentions: [{ text: '23일 오전 0시', value: day('2025-11-23', '00:00') }],
  },
  {
    reference: '2022-04-05',
    text: '정부 합동 브리핑은 6일 낮 2시 세종청사에서 열린다.',
    mentions: [{ text: '6일 낮 2시', value: day('2022-04-06', '14:00') }],
  },
  {
    reference: '2023-05-09',
    text: '여객기는 이륙 2시간 30분 만에 회항했다. 기장은 3시 방향에서 충격음이 들렸다고 진술했다.',
    mentions: [],
  },

  // ── weeks and weekdays ──────────────────────────────────────────────────────────────────────────
  {
    // R is a Saturday: `지난 주말` is the weekend before.
    reference: '2023-09-09',
    text: '지난 주말 고속도로 교통량은 하루 평균 520만 대였다. 도로공사는 이번 주말 교통량이 이보다 10% 많을 것으로 내다봤다.',
    mentions: [
      { text: '지난 주말', value: week('2023-09-02', '2023-09-03') },
      { text: '이번 주말', value: week('2023-09-09', '2023-09-10') },
    ],
  },
  {
    // R is a Sunday.
    reference: '2021-02-28',
    text: '지난 주말 스키장 이용객은 평소의 절반에 그쳤다.',
    mentions: [{ text: '지난 주말', value: week('2021-02-20', '2021-02-21') }],
  },
  {
    reference: '2026-01-15',
    text: '여야는 다음 주 화요일 본회의를 열어 예산 부수 법안을 처리하기로 했다.',
    mentions: [{ text: '다음 주 화요일', value: day('2026-01-20') }],
  },
  {
    // R is a Friday: `오는 금요일` is strictly after it.
    reference: '2025-06-13',
    text: '노조는 오는 금요일 총파업에 돌입한다고 예고했다.',
    mentions: [{ text: '오는 금요일', value: day('2025-06-20') }],
  },
  {
    reference: '2027-02-01',
    text: '지난주 금요일 발표된 고용 지표가 시장 예상을 밑돌았다.',
    mentions: [{ text: '지난주 금요일', value: day('2027-01-29') }],
  },
  {
    // D6
    reference: '2024-10-25',
    text: '납북자 가족 단체는 다음 주 중 경기 파주에서 대북 전단을 날리겠다고 25일 밝혔다.',
    mentions: [
      { text: '다음 주 중', value: week('2024-10-28', '2024-11-03') },
      { text: '25일', value: day('2024-10-25') },
    ],
  },
  {
    reference: '2022-06-08',
    text: '특별위원회는 금요일 최종 표결에 들어간다.',
    mentions: [{ text: '금요일', value: day('2022-06-10') }],
  },
  {
    // The weekday picks October (the 28th of September was a Saturday), though September is nearer.
    reference: '2024-10-01',
    text: '[알림] 도시계획 공청회 = 28일(월) 오후 2시 시청 대회의실',
    mentions: [{ text: '28일(월) 오후 2시', value: day('2024-10-28', '14:00') }],
  },
  {
    reference: '2024-10-07',
    text: '신청 마감: 10일(목) 오후 6시까지, 구청 누리집에서만 받는다.',
    mentions: [{ text: '10일(목) 오후 6시', value: day('2024-10-10', '18:00') }],
  },
  {
    reference: '2020-02-29',
    text: '이번 주 들어 확진자가 급증하자 시는 다음 주 월요일로 예정된 개학을 미뤘다.',
    mentions: [
      { text: '이번 주', value: week('2020-02-24', '2020-03-01') },
      { text: '다음 주 월요일', value: day('2020-03-02') },
    ],
  },
  {
    reference: '2023-06-21',
    text: '위원회는 2주 뒤 최종 보고서를 낸다.',
    mentions: [{ text: '2주 뒤', value: week('2023-07-03', '2023-07-09') }],
  },

  // ── absolute forms, captions, notices, headlines ────────────────────────────────────────────────
  {
    reference: '2023-10-06',
    text: '시민들이 5일 서울 도심에서 기후위기 대응을 촉구하며 행진하고 있다. 2023.10.5. [연합뉴스 자료사진]',
    mentions: [
      { text: '5일', value: day('2023-10-05') },
      { text: '2023.10.5.', value: day('2023-10-05') },
    ],
  },
  {
    reference: '2020-06-24',
    text: '북한 김정은 국무위원장이 지난 7일 평양의 한 비료공장을 둘러봤다고 조선중앙통신이 8일 전했다. 2020.6.8 [재판매 및 DB 금지]',
    mentions: [
      { text: '지난 7일', value: day('2020-06-07') },
      { text: '8일', value: day('2020-06-08') },
      { text: '2020.6.8', value: day('2020-06-08') },
    ],
  },
  {
    // D9
    reference: '2023-02-14',
    text: "'22년 연간 매출은 역대 최대인 4조원을 기록했다.",
    mentions: [{ text: "'22년", value: year(2022) }],
  },
  {
    reference: '2024-08-23',
    text: '검찰은 2019년 12월16일 국회 경내 진입 사건을 수사하면서 김모 씨를 주동자로 지목했다.',
    mentions: [{ text: '2019년 12월16일', value: day('2019-12-16') }],
  },
  {
    reference: '2024-03-10',
    text: '[모집 공고] 접수 마감: 2024-03-15 18:00 (온라인 접수만 가능)',
    mentions: [{ text: '2024-03-15 18:00', value: day('2024-03-15', '18:00') }],
  },
  {
    reference: '2023-08-10',
    text: '대법원 2023. 8. 3. 선고 2023다12345 판결은 이 쟁점을 처음 다뤘다.',
    mentions: [{ text: '2023. 8. 3.', value: day('2023-08-03') }],
  },
  {
    reference: '2023-08-05',
    text: '작성일 23.08.03 | 수정일 23.08.04',
    mentions: [
      { text: '23.08.03', value: day('2023-08-03') },
      { text: '23.08.04', value: day('2023-08-04') },
    ],
  },
  {
    reference: '2023-08-20',
    text: '등록일: 2023/08/03 14:20 조회수 1,204',
    mentions: [{ text: '2023/08/03 14:20', value: day('2023-08-03', '14:20') }],
  },
  {
    reference: '2025-12-24',
    text: '본사 임원 인사는 23일자로 단행됐고, 팀장급 인사는 내년 1월 1일자로 시행된다.',
    mentions: [
      { text: '23일', value: day('2025-12-23') },
      { text: '내년 1월 1일', value: day('2026-01-01') },
    ],
  },
  {
    // D9
    reference: '2023-12-21',
    text: '국회는 21일 본회의에서 2024년도 예산안을 의결했다.',
    mentions: [
      { text: '21일', value: day('2023-12-21') },
      { text: '2024년도', value: year(2024) },
    ],
  },
  {
    // D10: `2024학년도` is no date.
    reference: '2023-11-16',
    text: '2024학년도 대학수학능력시험이 16일 전국 84개 시험지구에서 치러졌다.',
    mentions: [{ text: '16일', value: day('2023-11-16') }],
  },
  {
    // D10: `2022-23 시즌` is no date.
    reference: '2023-04-10',
    text: '2022-23 시즌 프로농구 챔피언결정전이 다음 달 7일 막을 올린다.',
    mentions: [{ text: '다음 달 7일', value: day('2023-05-07') }],
  },
  {
    reference: '2021-12-05',
    text: '[속보] 5일 0시 기준 신규 확진 5128명…위중증 환자 역대 최다',
    mentions: [{ text: '5일 0시', value: day('2021-12-05', '00:00') }],
  },
  {
    reference: '2023-06-12',
    text: '[단독] 삼성, 내달 3일 신형 폴더블폰 공개',
    mentions: [{ text: '내달 3일', value: day('2023-07-03') }],
  },
  {
    // READER≠DOC (W4): `앞둔` is past-attributive in form but looks ahead; the opening is two days away.
    // (Read as past, the doc's rule would give 2025-02-28.)
    reference: '2025-03-26',
    text: '[포토] 28일 개막 앞둔 프로야구…텅 빈 잠실구장',
    mentions: [{ text: '28일', value: day('2025-03-28') }],
  },
  {
    reference: '2024-08-30',
    text: '정부는 2025년 예산안을 27일 국무회의에서 확정했다. 내년 총지출은 올해보다 3.2% 늘어난 677조원이다.',
    mentions: [
      { text: '2025년', value: year(2025) },
      { text: '27일', value: day('2024-08-27') },
      { text: '내년', value: year(2025) },
      { text: '올해', value: year(2024) },
    ],
  },
  {
    reference: '2026-06-04',
    text: '3일 치러진 지방선거 투표율은 잠정 58.3%로 집계됐다. 당선인들은 7월 1일 임기를 시작한다.',
    mentions: [
      { text: '3일', value: day('2026-06-03') },
      { text: '7월 1일', value: day('2026-07-01') },
    ],
  },
  {
    reference: '2025-06-03',
    text: '작년 12월 3일 밤 선포된 비상계엄은 6시간 만에 해제됐다.',
    mentions: [{ text: '작년 12월 3일 밤', value: day('2024-12-03') }],
  },

  // ── tense decides bare dates ────────────────────────────────────────────────────────────────────
  {
    reference: '2026-12-02',
    text: '소방청은 28일 발생한 공장 화재의 원인을 아직 조사 중이라고 밝혔다.',
    mentions: [{ text: '28일', value: day('2026-11-28') }],
  },
  {
    reference: '2026-12-29',
    text: '개정안은 5일 국무회의에 상정된다.',
    mentions: [{ text: '5일', value: day('2027-01-05') }],
  },
  {
    reference: '2024-01-10',
    text: '회사는 11월 신제품을 출시했다.',
    mentions: [{ text: '11월', value: month('2023-11') }],
  },
  {
    reference: '2025-11-28',
    text: '본사는 2월 정기 인사를 단행할 예정이다.',
    mentions: [{ text: '2월', value: month('2026-02') }],
  },
  {
    reference: '2027-06-29',
    text: '참가 신청 마감은 2일이다.',
    mentions: [{ text: '2일', value: day('2027-07-02') }],
  },
  {
    reference: '2022-06-02',
    text: '앞서 30일 열린 실무 협의에서 양측은 일정에 합의하지 못했다.',
    mentions: [{ text: '30일', value: day('2022-05-30') }],
  },
  {
    reference: '2024-04-12',
    text: '지난 10일 치러진 제22대 총선 투표율은 67%였다.',
    mentions: [{ text: '지난 10일', value: day('2024-04-10') }],
  },
  {
    reference: '2023-01-30',
    text: '노사는 2일 본교섭을 다시 열기로 했다.',
    mentions: [{ text: '2일', value: day('2023-02-02') }],
  },
  {
    reference: '2020-06-24',
    text: '장마는 26일 제주부터 시작될 전망이다.',
    mentions: [{ text: '26일', value: day('2020-06-26') }],
  },
  {
    reference: '2019-02-27',
    text: '시는 1일 새 청사로 옮겨 업무를 시작할 계획이다.',
    mentions: [{ text: '1일', value: day('2019-03-01') }],
  },
  {
    // D10: the holiday name is no date; the day is.
    reference: '2019-10-02',
    text: '개천절인 3일 광화문 일대에서 대규모 집회가 예정돼 있다.',
    mentions: [{ text: '3일', value: day('2019-10-03') }],
  },
  {
    reference: '2025-10-01',
    text: '한글날(9일)에는 경복궁 일대에서 기념 행사가 열린다.',
    mentions: [{ text: '9일', value: day('2025-10-09') }],
  },
  {
    // D10: `새해` is no date.
    reference: '2026-01-01',
    text: '새해 첫날인 1일 전국 해맞이 명소에 인파가 몰렸다.',
    mentions: [{ text: '1일', value: day('2026-01-01') }],
  },
  {
    reference: '2024-05-14',
    text: '부처님오신날인 15일 전국 사찰에서 봉축 법요식이 열린다.',
    mentions: [{ text: '15일', value: day('2024-05-15') }],
  },
  {
    reference: '2025-02-03',
    text: '설 연휴가 끝난 뒤 첫 거래일인 3일 코스피는 2% 넘게 하락했다.',
    mentions: [{ text: '3일', value: day('2025-02-03') }],
  },
  {
    reference: '2023-07-03',
    text: '이번 달 1일부터 식품 포장의 유통기한 표시가 소비기한으로 바뀌었다.',
    mentions: [{ text: '이번 달 1일', value: day('2023-07-01') }],
  },
  {
    reference: '2026-04-30',
    text: '내달 5일 어린이날에는 전국 국공립 놀이시설이 무료로 개방된다.',
    mentions: [{ text: '내달 5일', value: day('2026-05-05') }],
  },
  {
    reference: '2024-09-19',
    text: '한 달 전 개통한 도로에서 벌써 땅 꺼짐이 두 차례 생겼다.',
    mentions: [{ text: '한 달 전', value: month('2024-08') }],
  },
  {
    reference: '2022-12-26',
    text: '그제 내린 폭설로 비닐하우스 20여 동이 무너졌다. 모레까지 눈이 더 내린다.',
    mentions: [
      { text: '그제', value: day('2022-12-24') },
      { text: '모레', value: day('2022-12-28') },
    ],
  },
  {
    reference: '2024-01-31',
    text: '보름 전 내린 폭설로 끊긴 산간 도로가 아직 복구되지 않았다. 군은 열흘 뒤 통행을 재개할 계획이다.',
    mentions: [
      { text: '보름 전', value: day('2024-01-16') },
      { text: '열흘 뒤', value: day('2024-02-10') },
    ],
  },
  {
    reference: '2023-03-15',
    text: '3년 전인 2020년 문을 닫았던 공장이 다시 가동에 들어갔다.',
    mentions: [
      { text: '3년 전', value: year(2020) },
      { text: '2020년', value: year(2020) },
    ],
  },
  {
    reference: '2025-12-15',
    text: '공사는 두 달 뒤 마무리될 예정이며, 개통은 6개월 뒤로 잡혔다.',
    mentions: [
      { text: '두 달 뒤', value: month('2026-02') },
      { text: '6개월 뒤', value: month('2026-06') },
    ],
  },
  {
    reference: '2025-01-02',
    text: '재작년보다 지난해 방문객이 늘었고, 내후년에는 1천만 명을 넘길 것으로 보인다.',
    mentions: [
      { text: '재작년', value: year(2023) },
      { text: '지난해', value: year(2024) },
      { text: '내후년', value: year(2027) },
    ],
  },
  {
    reference: '2024-06-10',
    text: '일주일 뒤 열리는 결선 투표에서 두 후보가 다시 맞붙는다.',
    mentions: [{ text: '일주일 뒤', value: day('2024-06-17') }],
  },
  {
    reference: '2026-09-22',
    text: '올 3월 문을 연 시립도서관은 반년 만에 누적 이용자 10만 명을 넘겼다.',
    mentions: [{ text: '올 3월', value: month('2026-03') }],
  },
  {
    reference: '2022-11-05',
    text: '미 연준은 지난 2일(현지시간) 네 번 연속 기준금리를 0.75%포인트 올렸다.',
    mentions: [{ text: '지난 2일(현지시간)', value: day('2022-11-02') }],
  },
  {
    reference: '2023-05-12',
    text: '대회는 8일 개막했고 이튿날인 9일 본 경기가 치러졌다.',
    mentions: [
      { text: '8일', value: day('2023-05-08') },
      { text: '이튿날', value: day('2023-05-09') },
      { text: '9일', value: day('2023-05-09') },
    ],
  },

  // ── not dates (and dates beside things that look like them) ─────────────────────────────────────
  {
    // D10
    reference: '2024-02-28',
    text: '정부는 3·1절을 맞아 특별사면을 단행한다. 6·25 전쟁 참전 용사 100여 명도 기념식에 초청됐다.',
    mentions: [],
  },
  {
    // D10
    reference: '2023-10-27',
    text: '10.29 이태원 참사 1주기 시민 추모대회가 29일 서울광장에서 열린다.',
    mentions: [{ text: '29일', value: day('2023-10-29') }],
  },
  {
    // D10
    reference: '2025-04-04',
    text: '헌법재판소는 4일 12·3 비상계엄 선포를 둘러싼 탄핵심판 선고를 내렸다.',
    mentions: [{ text: '4일', value: day('2025-04-04') }],
  },
  {
    // D10
    reference: '2025-05-18',
    text: '제45주년 5·18민주화운동 기념식이 18일 국립5·18민주묘지에서 엄수됐다.',
    mentions: [{ text: '18일', value: day('2025-05-18') }],
  },
  {
    // D10
    reference: '2024-04-03',
    text: '정부는 4·10 총선을 앞두고 공무원 선거 중립 지침을 내려보냈다.',
    mentions: [],
  },
  {
    reference: '2026-09-21',
    text: '정부는 추석 연휴 직후 부동산 공급 대책을 발표한다.',
    mentions: [],
  },
  {
    reference: '2022-04-18',
    text: '사회적 거리두기가 2년 1개월 만에 전면 해제됐다.',
    mentions: [],
  },
  {
    reference: '2023-06-05',
    text: '이번 조사는 3일간 진행됐으며 지난 한 달 동안 접수된 제보도 함께 검토했다. 수출은 3분기 연속 감소했다.',
    mentions: [],
  },
  {
    reference: '2024-05-02',
    text: '문의는 02-123-4567 또는 010-9876-5432로 하면 된다. 앞선 경기에서는 한국이 일본을 3-1로 눌렀다.',
    mentions: [],
  },
  {
    // D10
    reference: '2024-07-20',
    text: '2024 파리올림픽 개막을 앞두고 선수단 본진이 출국했다. 1990년대 이후 최대 규모로, 선수 가운데 2000년생이 가장 많다.',
    mentions: [],
  },
  {
    // D10: `24시 운영` is no clock time; recurring days are no dates.
    reference: '2021-08-09',
    text: '이 편의점은 24시 운영 대신 심야 무인 판매로 전환했다. 매주 금요일과 매달 1일에는 할인 행사를 연다.',
    mentions: [],
  },
  {
    reference: '2022-03-22',
    text: '확진자는 3일 연속 30만 명대를 기록했다. 누적 사망자는 1만 명을 넘었다.',
    mentions: [],
  },
  {
    reference: '2024-01-15',
    text: '전국 아파트값은 8주째 하락했다. 하락 폭은 최근 석 달 동안 커졌다.',
    mentions: [],
  },
  {
    reference: '2025-03-20',
    text: '회사는 5G 요금제 3종을 새로 내놓았다. 이번 업데이트는 iOS 17.2 이후 버전에서 쓸 수 있다.',
    mentions: [],
  },
  {
    reference: '2023-11-08',
    text: '제3차 회의에서 위원 7명 가운데 5명이 찬성했다. 이 회사는 10년째 흑자를 내고 있다.',
    mentions: [],
  },
  {
    reference: '2026-03-03',
    text: '3·1절 연휴 기간 제주를 찾은 관광객은 12만 명으로 집계됐다.',
    mentions: [],
  },
  {
    // D10
    reference: '2024-10-14',
    text: '며칠 전부터 집에서 악취가 난다는 이웃의 신고로 경찰이 출동했다.',
    mentions: [],
  },
  {
    reference: '2025-08-25',
    text: '춘천시와 서울시는 매일 오전 출근길 광역버스 증차를 협의하고 있다. 매년 3월 시행하는 일반 검진 일정도 함께 논의한다.',
    mentions: [],
  },
  {
    reference: '2020-05-12',
    text: '이 약은 하루 3회, 식후 30분에 복용한다. 2주 동안 복용한 뒤 경과를 본다.',
    mentions: [],
  },
  {
    reference: '2027-09-08',
    text: '월성 1호기 수명 연장 소송은 일부 쟁점에서 원고가 이겼다. 대법원은 2:1로 갈린 하급심 판단을 유지했다.',
    mentions: [],
  },
  {
    reference: '2021-04-07',
    text: '9·19 군사합의 이후 접경 지역 훈련이 크게 줄었다.',
    mentions: [],
  },
  {
    reference: '2026-10-15',
    text: '2030 부산세계박람회 유치 실패 이후 3년이 지났다. 2050 탄소중립 로드맵도 손질에 들어갔다.',
    mentions: [],
  },
  {
    reference: '2019-08-14',
    text: '광복 74주년을 하루 앞두고 서울 도심에서 대규모 행진이 열렸다.',
    mentions: [],
  },
];
