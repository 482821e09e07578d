/**
 * Independent event table: one or two news sentences each, with every dated event in text order and the
 * subject of its clause. Written from the Korean language and docs/dates.md (Events section) only, never from
 * the implementation; every value was computed by hand (python3 `datetime` only for weekdays and month ends).
 *
 * Convention decisions where docs/dates.md is silent or ambiguous:
 *
 *  1. Subjects are the whole noun phrase before 이/가/은/는 without the particle: bare nouns, counters and
 *     determiners (`한`, `두`, `새`, `첫`) before the marked noun are kept (`한 편의점 업체`, `이동통신 3사`,
 *     `신도시 첫 입주`, `5G 요금제 가격`, `원·달러 환율`), as is a bracketed name (`항공우주국(NASA)`,
 *     `주요 20개국(G20) 정상회의`, `유럽연합(EU) 정상들`). A word ending in -는/-ㄴ that is a verb
 *     (`마무리하는 종무식`, `세운 기업`) is not part of the phrase. Each clause holds one marked noun, except
 *     reporting sentences, where the doc's rule decides.
 *  2. In a reporting sentence the date inside the report takes the report's own subject, the date right before
 *     the reporting verb takes the sentence's topic. A date placed before the report's subject
 *     (`한 백화점은 지난달 명품 매출이 20% 늘었다고`) still dates the reported happening (the doc's own example).
 *  3. "Only qualifies a noun" is read as a period before a measure or result noun that is an object or a
 *     comparison (`2분기 실적을 … 발표한다`, `상반기 매출 1위`, `지난해 대비`, `올해 성장률 전망치를`,
 *     `하반기 채용 계획을`, `하반기 전망을`): such dates are not events. To keep the table unambiguous, an
 *     event date is written right before its predicate or before an adverbial (`서울에서`, `부터`), never before
 *     an object noun.
 *  4. Clauses split at a comma after -고/-며; `-다가` and `-며` without a comma do not split
 *     (`13일 병원에 입원했다가 다음 날 퇴원했다` is one clause, both events with `A씨`).
 *  5. An anchored word with no day before it in the text resolves to R (`신규 확진자가 전날 …`).
 *  6. A meridiem word without a clock time is part of the mention, with no `time` (`6일 새벽`, `내일 아침`).
 *  7. Sentences whose only date-like numbers are durations or counts (`3시간 동안`, `3일 연속`, `2천 명`) have
 *     no events.
 *  8. Clock times: `밤 12시` is 00:00 of its day, `오후 12시` is 12:00 (the doc's rules); a clock-time range
 *     alone (`오전 6시부터 오후 6시까지`) is on R with `time` and `endTime`.
 */
import type { NewsEventCase } from './types.js';

type Value = NewsEventCase['events'][number]['date'];

const day = (date: string, time?: string): Value =>
  time === undefined ? { start: date, end: date, precision: 'day' } : { start: date, end: date, precision: 'day', time };

const v = (start: string, end: string, precision: Value['precision'], time?: string, endTime?: string): Value => {
  const value: Value = { start, end, precision };
  if (time !== undefined) value.time = time;
  if (endTime !== undefined) value.endTime = endTime;
  return value;
};

const year = (y: string): Value => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' });

export const NEWS_EVENTS: NewsEventCase[] = [
  // ── Reporting sentences: two events, two subjects ─────────────────────────────────────────────
  {
    reference: '2023-05-08',
    text: '통계청은 소비자물가가 지난달 3.7% 올랐다고 2일 밝혔다.',
    events: [
      { mention: '지난달', subject: '소비자물가', date: v('2023-04-01', '2023-04-30', 'month') },
      { mention: '2일', subject: '통계청', date: day('2023-05-02') },
    ],
  },
  {
    reference: '2022-11-15',
    text: '서울시는 지하철 요금이 내년 4월 300원 오른다고 15일 밝혔다.',
    events: [
      { mention: '내년 4월', subject: '지하철 요금', date: v('2023-04-01', '2023-04-30', 'month') },
      { mention: '15일', subject: '서울시', date: day('2022-11-15') },
    ],
  },
  {
    reference: '2025-07-08',
    text: '한 편의점 업체는 도시락 판매량이 지난달 30% 늘었다고 8일 밝혔다.',
    events: [
      { mention: '지난달', subject: '도시락 판매량', date: v('2025-06-01', '2025-06-30', 'month') },
      { mention: '8일', subject: '한 편의점 업체', date: day('2025-07-08') },
    ],
  },
  {
    reference: '2024-10-02',
    text: '한국은행은 외환보유액이 지난달 말 4200억 달러를 기록했다고 2일 발표했다.',
    events: [
      { mention: '지난달 말', subject: '외환보유액', date: v('2024-09-21', '2024-09-30', 'month') },
      { mention: '2일', subject: '한국은행', date: day('2024-10-02') },
    ],
  },
  {
    reference: '2021-05-20',
    text: '경찰청은 교통사고 사망자가 올해 1분기 15% 줄었다고 20일 밝혔다.',
    events: [
      { mention: '올해 1분기', subject: '교통사고 사망자', date: v('2021-01-01', '2021-03-31', 'quarter') },
      { mention: '20일', subject: '경찰청', date: day('2021-05-20') },
    ],
  },
  {
    reference: '2026-03-11',
    text: '두 회사는 합병 법인이 다음 달 1일 출범한다고 11일 공시했다.',
    events: [
      { mention: '다음 달 1일', subject: '합병 법인', date: day('2026-04-01') },
      { mention: '11일', subject: '두 회사', date: day('2026-03-11') },
    ],
  },
  {
    reference: '2023-09-14',
    text: '이동통신 3사는 5G 요금제 가격이 다음 달부터 최대 20% 내려간다고 14일 밝혔다.',
    events: [
      { mention: '다음 달', subject: '5G 요금제 가격', date: v('2023-10-01', '2023-10-31', 'month') },
      { mention: '14일', subject: '이동통신 3사', date: day('2023-09-14') },
    ],
  },
  {
    reference: '2020-09-03',
    text: '기상청은 태풍 하이선이 7일 오전 부산 부근에 상륙하겠다고 3일 예보했다.',
    events: [
      { mention: '7일 오전', subject: '태풍 하이선', date: day('2020-09-07') },
      { mention: '3일', subject: '기상청', date: day('2020-09-03') },
    ],
  },
  {
    reference: '2024-01-18',
    text: '한국석유공사는 국제 유가가 지난주 5% 넘게 뛰었다고 18일 밝혔다.',
    events: [
      { mention: '지난주', subject: '국제 유가', date: v('2024-01-08', '2024-01-14', 'week') },
      { mention: '18일', subject: '한국석유공사', date: day('2024-01-18') },
    ],
  },
  {
    reference: '2019-10-01',
    text: '미국 항공우주국(NASA)은 새 우주망원경이 2021년 발사된다고 30일(현지시간) 밝혔다.',
    events: [
      { mention: '2021년', subject: '새 우주망원경', date: year('2021') },
      { mention: '30일(현지시간)', subject: '미국 항공우주국(NASA)', date: day('2019-09-30') },
    ],
  },
  {
    reference: '2022-06-29',
    text: '법무부는 새 기준이 다음 달 1일부터 적용된다고 29일 밝혔다.',
    events: [
      { mention: '다음 달 1일', subject: '새 기준', date: day('2022-07-01') },
      { mention: '29일', subject: '법무부', date: day('2022-06-29') },
    ],
  },
  {
    reference: '2027-02-10',
    text: '교육부는 전국 초등학교 신입생이 올해 처음으로 30만 명 아래로 떨어졌다고 10일 밝혔다.',
    events: [
      { mention: '올해', subject: '전국 초등학교 신입생', date: year('2027') },
      { mention: '10일', subject: '교육부', date: day('2027-02-10') },
    ],
  },
  {
    reference: '2025-12-02',
    text: '한 항공사는 제주 노선 운항이 오는 15일부터 하루 4편 늘어난다고 2일 밝혔다.',
    events: [
      { mention: '오는 15일', subject: '제주 노선 운항', date: day('2025-12-15') },
      { mention: '2일', subject: '한 항공사', date: day('2025-12-02') },
    ],
  },
  {
    reference: '2023-02-24',
    text: '관세청은 반도체 수출액이 이달 1∼20일 43% 줄었다고 21일 밝혔다.',
    events: [
      { mention: '이달 1∼20일', subject: '반도체 수출액', date: v('2023-02-01', '2023-02-20', 'day') },
      { mention: '21일', subject: '관세청', date: day('2023-02-21') },
    ],
  },
  {
    reference: '2021-10-06',
    text: '질병관리청은 신규 확진자가 전날 2천 명을 넘었다고 6일 밝혔다.',
    events: [
      { mention: '전날', subject: '신규 확진자', date: day('2021-10-05') },
      { mention: '6일', subject: '질병관리청', date: day('2021-10-06') },
    ],
  },
  {
    reference: '2024-08-01',
    text: '한 완성차 업체는 전기차 판매가 7월 한 달간 25% 늘었다고 1일 밝혔다.',
    events: [
      { mention: '7월', subject: '전기차 판매', date: v('2024-07-01', '2024-07-31', 'month') },
      { mention: '1일', subject: '한 완성차 업체', date: day('2024-08-01') },
    ],
  },
  {
    reference: '2020-05-13',
    text: '서울시는 이태원 일대 유흥시설 집합금지 명령이 오는 24일까지 이어진다고 13일 밝혔다.',
    events: [
      { mention: '오는 24일', subject: '이태원 일대 유흥시설 집합금지 명령', date: day('2020-05-24') },
      { mention: '13일', subject: '서울시', date: day('2020-05-13') },
    ],
  },
  {
    reference: '2026-06-05',
    text: '한국거래소는 코스피가 지난 3일 사상 처음 4000선을 넘었다고 5일 밝혔다.',
    events: [
      { mention: '지난 3일', subject: '코스피', date: day('2026-06-03') },
      { mention: '5일', subject: '한국거래소', date: day('2026-06-05') },
    ],
  },
  {
    reference: '2023-01-10',
    text: '한 백화점은 지난달 명품 매출이 20% 늘었다고 10일 밝혔다.',
    events: [
      { mention: '지난달', subject: '명품 매출', date: v('2022-12-01', '2022-12-31', 'month') },
      { mention: '10일', subject: '한 백화점', date: day('2023-01-10') },
    ],
  },
  {
    reference: '2025-04-03',
    text: '한 게임 업체는 신작이 다음 주 출시된다고 3일 밝혔다.',
    events: [
      { mention: '다음 주', subject: '신작', date: v('2025-04-07', '2025-04-13', 'week') },
      { mention: '3일', subject: '한 게임 업체', date: day('2025-04-03') },
    ],
  },

  // ── Dates that only qualify a noun: not events ────────────────────────────────────────────────
  {
    reference: '2023-07-10',
    text: '삼성전자는 2분기 실적을 오는 27일 발표한다.',
    events: [{ mention: '오는 27일', subject: '삼성전자', date: day('2023-07-27') }],
  },
  {
    reference: '2025-10-28',
    text: '현대차는 3분기 실적을 30일 공개한다.',
    events: [{ mention: '30일', subject: '현대차', date: day('2025-10-30') }],
  },
  {
    reference: '2024-03-21',
    text: '수출액은 지난해 대비 15% 늘어난 320억 달러로 20일 집계됐다.',
    events: [{ mention: '20일', subject: '수출액', date: day('2024-03-20') }],
  },
  {
    reference: '2023-08-10',
    text: '한 게임 업체는 상반기 매출 1위 자리를 지켰다고 10일 밝혔다.',
    events: [{ mention: '10일', subject: '한 게임 업체', date: day('2023-08-10') }],
  },
  {
    reference: '2024-02-01',
    text: '산업통상자원부는 반도체 수출이 지난해 대비 56% 늘었다고 1일 발표했다.',
    events: [{ mention: '1일', subject: '산업통상자원부', date: day('2024-02-01') }],
  },
  {
    reference: '2021-07-29',
    text: 'LG전자는 상반기 실적을 29일 공시하며 하반기 전망을 내놨다.',
    events: [{ mention: '29일', subject: 'LG전자', date: day('2021-07-29') }],
  },
  {
    reference: '2025-01-14',
    text: '한 조선사는 지난해 수주 실적을 오는 20일 발표한다.',
    events: [{ mention: '오는 20일', subject: '한 조선사', date: day('2025-01-20') }],
  },
  {
    reference: '2022-07-15',
    text: '한국은행은 올해 성장률 전망치를 2.7%로 낮췄다고 14일 밝혔다.',
    events: [{ mention: '14일', subject: '한국은행', date: day('2022-07-14') }],
  },
  {
    reference: '2024-09-10',
    text: '한 취업 포털은 하반기 채용 계획을 세운 기업이 지난해 대비 줄었다고 10일 밝혔다.',
    events: [{ mention: '10일', subject: '한 취업 포털', date: day('2024-09-10') }],
  },

  // ── No dated event: durations and counts ─────────────────────────────────────────────────────
  {
    reference: '2023-06-15',
    text: '회의는 3시간 동안 이어졌다.',
    events: [],
  },
  {
    reference: '2024-05-02',
    text: '대회에는 선수 2천 명이 참가해 3일 연속 경기를 치렀다.',
    events: [],
  },

  // ── Single events ───────────────────────────────────────────────────────────────────────────
  {
    reference: '2024-06-10',
    text: '경찰에 따르면 A씨는 지난 5월 25일 오후 3시께 서울 강남구의 한 식당에서 흉기를 휘두른 혐의를 받고 있다.',
    events: [{ mention: '지난 5월 25일 오후 3시', subject: 'A씨', date: day('2024-05-25', '15:00') }],
  },
  {
    reference: '2024-03-15',
    text: '지하철 요금이 다음 달 6일부터 150원 오른다.',
    events: [{ mention: '다음 달 6일', subject: '지하철 요금', date: day('2024-04-06') }],
  },
  {
    reference: '2022-10-20',
    text: '새 기준은 내년 1월 1일부터 적용된다.',
    events: [{ mention: '내년 1월 1일', subject: '새 기준', date: day('2023-01-01') }],
  },
  {
    reference: '2025-05-21',
    text: '국제 유가가 20일(현지시간) 3% 넘게 급락했다.',
    events: [{ mention: '20일(현지시간)', subject: '국제 유가', date: day('2025-05-20') }],
  },
  {
    reference: '2024-11-27',
    text: '첫눈이 27일 서울에 내렸다.',
    events: [{ mention: '27일', subject: '첫눈', date: day('2024-11-27') }],
  },
  {
    reference: '2023-06-09',
    text: '대구와 경북 일부 지역에 9일 폭염특보가 내려졌다.',
    events: [{ mention: '9일', subject: '폭염특보', date: day('2023-06-09') }],
  },
  {
    reference: '2021-08-08',
    text: '도쿄 올림픽이 8일 17일간의 열전을 마무리했다.',
    events: [{ mention: '8일', subject: '도쿄 올림픽', date: day('2021-08-08') }],
  },
  {
    reference: '2022-12-19',
    text: '한 편의점 업체가 새 도시락을 오는 23일 출시한다.',
    events: [{ mention: '오는 23일', subject: '한 편의점 업체', date: day('2022-12-23') }],
  },
  {
    reference: '2026-05-04',
    text: '항공우주국(NASA)은 새 화성 탐사선을 다음 달 발사한다.',
    events: [{ mention: '다음 달', subject: '항공우주국(NASA)', date: v('2026-06-01', '2026-06-30', 'month') }],
  },
  {
    reference: '2023-12-11',
    text: '이동통신 3사는 내년 1월부터 5G 최저 요금제를 3만 원대로 낮춘다.',
    events: [{ mention: '내년 1월', subject: '이동통신 3사', date: v('2024-01-01', '2024-01-31', 'month') }],
  },
  {
    reference: '2020-07-23',
    text: '장마전선이 24일부터 중부지방에 다시 비를 뿌리겠다.',
    events: [{ mention: '24일', subject: '장마전선', date: day('2020-07-24') }],
  },
  {
    reference: '2019-04-12',
    text: '헌법재판소는 11일 낙태죄 처벌 조항에 헌법불합치 결정을 내렸다.',
    events: [{ mention: '11일', subject: '헌법재판소', date: day('2019-04-11') }],
  },
  {
    reference: '2024-06-03',
    text: '서울시교육청은 오는 7일까지 방과후학교 강사 신청을 받는다.',
    events: [{ mention: '오는 7일', subject: '서울시교육청', date: day('2024-06-07') }],
  },
  {
    reference: '2023-03-15',
    text: '개나리는 지난 13일 서울에서 처음 꽃을 피웠고, 벚꽃은 다음 주 화요일 필 것으로 보인다.',
    events: [
      { mention: '지난 13일', subject: '개나리', date: day('2023-03-13') },
      { mention: '다음 주 화요일', subject: '벚꽃', date: day('2023-03-21') },
    ],
  },
  {
    reference: '2025-08-14',
    text: '광복절인 15일 서울 도심에서 대규모 집회가 열린다.',
    events: [{ mention: '15일', subject: '대규모 집회', date: day('2025-08-15') }],
  },
  {
    reference: '2022-04-01',
    text: 'A씨는 전날 오후 11시께 서울 마포구의 한 주택가에서 경찰에 체포됐다.',
    events: [{ mention: '전날 오후 11시', subject: 'A씨', date: day('2022-03-31', '23:00') }],
  },
  {
    reference: '2026-11-19',
    text: '수험생들은 오전 8시 10분까지 시험장에 들어가야 한다.',
    events: [{ mention: '오전 8시 10분', subject: '수험생들', date: day('2026-11-19', '08:10') }],
  },
  {
    reference: '2024-08-05',
    text: '개막식은 9일 오후 7시에 열리고, 폐막식은 12일 오후 8시에 열린다.',
    events: [
      { mention: '9일 오후 7시', subject: '개막식', date: day('2024-08-09', '19:00') },
      { mention: '12일 오후 8시', subject: '폐막식', date: day('2024-08-12', '20:00') },
    ],
  },
  {
    reference: '2023-10-16',
    text: '오는 20일까지 누리집에서 신청을 받는다.',
    events: [{ mention: '오는 20일', subject: null, date: day('2023-10-20') }],
  },
  {
    reference: '2021-01-07',
    text: '이날 오후 3시 서울시청 앞에서 기자회견을 열었다.',
    events: [{ mention: '이날 오후 3시', subject: null, date: day('2021-01-07', '15:00') }],
  },
  {
    reference: '2022-09-06',
    text: '태풍 힌남노가 6일 새벽 경남 거제 부근에 상륙했다. 태풍은 이날 오전 7시께 울산 앞바다로 빠져나갔다.',
    events: [
      { mention: '6일 새벽', subject: '태풍 힌남노', date: day('2022-09-06') },
      { mention: '이날 오전 7시', subject: '태풍', date: day('2022-09-06', '07:00') },
    ],
  },
  {
    reference: '2027-03-02',
    text: '새 학기가 2일 시작됐다.',
    events: [{ mention: '2일', subject: '새 학기', date: day('2027-03-02') }],
  },
  {
    reference: '2023-11-23',
    text: '한파가 다음 주 화요일 찾아온다.',
    events: [{ mention: '다음 주 화요일', subject: '한파', date: day('2023-11-28') }],
  },
  {
    reference: '2024-05-27',
    text: '장마가 다음 달 하순 제주에서 시작될 전망이다.',
    events: [{ mention: '다음 달 하순', subject: '장마', date: v('2024-06-21', '2024-06-30', 'month') }],
  },
  {
    reference: '2019-08-26',
    text: '정부는 부동산 대책을 오는 9월 말 발표한다.',
    events: [{ mention: '오는 9월 말', subject: '정부', date: v('2019-09-21', '2019-09-30', 'month') }],
  },
  {
    reference: '2025-02-18',
    text: '벚꽃은 올봄 평년보다 일찍 필 것으로 보인다.',
    events: [{ mention: '올봄', subject: '벚꽃', date: v('2025-03-01', '2025-05-31', 'month') }],
  },
  {
    reference: '2022-03-03',
    text: '프로축구 K리그1은 지난 주말 개막했다.',
    events: [{ mention: '지난 주말', subject: '프로축구 K리그1', date: v('2022-02-26', '2022-02-27', 'week') }],
  },
  {
    reference: '2020-10-15',
    text: '유럽연합(EU) 정상들은 15일(현지시간) 벨기에 브뤼셀에서 정상회의를 열었다.',
    events: [{ mention: '15일(현지시간)', subject: '유럽연합(EU) 정상들', date: day('2020-10-15') }],
  },
  {
    reference: '2021-12-14',
    text: '한 대형마트는 김장 재료를 이번 주말 최대 40% 싸게 판다.',
    events: [{ mention: '이번 주말', subject: '한 대형마트', date: v('2021-12-18', '2021-12-19', 'week') }],
  },
  {
    reference: '2023-04-20',
    text: '여의도 벚꽃 축제는 이달 초 끝났다.',
    events: [{ mention: '이달 초', subject: '여의도 벚꽃 축제', date: v('2023-04-01', '2023-04-10', 'month') }],
  },
  {
    reference: '2026-12-28',
    text: '한 해를 마무리하는 종무식이 30일 열린다.',
    events: [{ mention: '30일', subject: '종무식', date: day('2026-12-30') }],
  },
  {
    reference: '2027-01-04',
    text: '정부 시무식은 지난 2일 정부서울청사에서 열렸다.',
    events: [{ mention: '지난 2일', subject: '정부 시무식', date: day('2027-01-02') }],
  },
  {
    reference: '2020-03-17',
    text: '개학이 다음 달 6일로 또 미뤄졌다.',
    events: [{ mention: '다음 달 6일', subject: '개학', date: day('2020-04-06') }],
  },
  {
    reference: '2023-02-14',
    text: '법원은 구속 여부를 사흘 뒤 결정한다.',
    events: [{ mention: '사흘 뒤', subject: '법원', date: day('2023-02-17') }],
  },
  {
    reference: '2024-07-03',
    text: '피해자는 일주일 전 경찰에 고소장을 냈다.',
    events: [{ mention: '일주일 전', subject: '피해자', date: day('2024-06-26') }],
  },
  {
    reference: '2025-03-26',
    text: '산불은 그제 오후 경북의 한 야산에서 시작됐다.',
    events: [{ mention: '그제 오후', subject: '산불', date: day('2025-03-24') }],
  },
  {
    reference: '2021-11-08',
    text: '요소수 품귀 현상이 이번 주에도 이어질 전망이다.',
    events: [{ mention: '이번 주', subject: '요소수 품귀 현상', date: v('2021-11-08', '2021-11-14', 'week') }],
  },
  {
    reference: '2019-06-28',
    text: '주요 20개국(G20) 정상회의가 28일 일본 오사카에서 개막했다.',
    events: [{ mention: '28일', subject: '주요 20개국(G20) 정상회의', date: day('2019-06-28') }],
  },
  {
    reference: '2023-09-19',
    text: '수출은 4분기 반등할 것으로 보인다.',
    events: [{ mention: '4분기', subject: '수출', date: v('2023-10-01', '2023-12-31', 'quarter') }],
  },
  {
    reference: '2024-02-05',
    text: '반도체 경기는 하반기 본격적으로 살아날 전망이다.',
    events: [{ mention: '하반기', subject: '반도체 경기', date: v('2024-07-01', '2024-12-31', 'half') }],
  },
  {
    reference: '2026-08-20',
    text: '배추값은 지난달 중순부터 크게 올랐다.',
    events: [{ mention: '지난달 중순', subject: '배추값', date: v('2026-07-11', '2026-07-20', 'month') }],
  },
  {
    reference: '2022-11-04',
    text: '서울광장 스케이트장은 다음 달 16일 개장한다.',
    events: [{ mention: '다음 달 16일', subject: '서울광장 스케이트장', date: day('2022-12-16') }],
  },
  {
    reference: '2025-09-30',
    text: '건군 77주년 기념식이 1일 오전 10시 계룡대에서 열린다.',
    events: [{ mention: '1일 오전 10시', subject: '건군 77주년 기념식', date: day('2025-10-01', '10:00') }],
  },
  {
    reference: '2024-09-23',
    text: '원서 접수는 30일(월) 마감된다.',
    events: [{ mention: '30일(월)', subject: '원서 접수', date: day('2024-09-30') }],
  },
  {
    reference: '2020-12-29',
    text: '한파는 모레까지 이어지겠다.',
    events: [{ mention: '모레', subject: '한파', date: day('2020-12-31') }],
  },
  {
    reference: '2023-10-10',
    text: '태풍은 글피 오키나와 부근 해상에 이를 것으로 보인다.',
    events: [{ mention: '글피', subject: '태풍', date: day('2023-10-13') }],
  },
  {
    reference: '2022-02-03',
    text: '대선 후보 TV토론이 내일모레 열린다.',
    events: [{ mention: '내일모레', subject: '대선 후보 TV토론', date: day('2022-02-05') }],
  },
  {
    reference: '2019-11-11',
    text: '행사는 금일 오후 6시 시작된다.',
    events: [{ mention: '금일 오후 6시', subject: '행사', date: day('2019-11-11', '18:00') }],
  },
  {
    reference: '2024-06-19',
    text: '새 청사는 2년 후 완공된다.',
    events: [{ mention: '2년 후', subject: '새 청사', date: year('2026') }],
  },
  {
    reference: '2025-04-09',
    text: 'A씨는 다니던 회사를 3개월 전 그만뒀다.',
    events: [{ mention: '3개월 전', subject: 'A씨', date: v('2025-01-01', '2025-01-31', 'month') }],
  },
  {
    reference: '2026-01-12',
    text: '심사 결과는 5일 후 나온다.',
    events: [{ mention: '5일 후', subject: '심사 결과', date: day('2026-01-17') }],
  },
  {
    reference: '2023-08-16',
    text: '2학기 개학은 보름 뒤 시작된다.',
    events: [{ mention: '보름 뒤', subject: '2학기 개학', date: day('2023-08-31') }],
  },
  {
    reference: '2024-04-05',
    text: '사전투표는 오전 6시부터 오후 6시까지 진행된다.',
    events: [
      { mention: '오전 6시부터 오후 6시까지', subject: '사전투표', date: v('2024-04-05', '2024-04-05', 'day', '06:00', '18:00') },
    ],
  },
  {
    reference: '2021-05-12',
    text: '설명회는 14일 오후 2∼4시 시청 대강당에서 열린다.',
    events: [{ mention: '14일 오후 2∼4시', subject: '설명회', date: v('2021-05-14', '2021-05-14', 'day', '14:00', '16:00') }],
  },
  {
    reference: '2022-12-27',
    text: '해맞이 행사는 31일∼1월 1일 정동진 일대에서 열린다.',
    events: [{ mention: '31일∼1월 1일', subject: '해맞이 행사', date: v('2022-12-31', '2023-01-01', 'day') }],
  },
  {
    reference: '2023-03-09',
    text: '제3차 기본계획은 2024∼2026년 시행된다.',
    events: [{ mention: '2024∼2026년', subject: '제3차 기본계획', date: v('2024-01-01', '2026-12-31', 'year') }],
  },
  {
    reference: '2024-10-14',
    text: '단풍은 이달 하순에서 다음 달 초 사이 절정을 이룬다.',
    events: [{ mention: '이달 하순에서 다음 달 초 사이', subject: '단풍', date: v('2024-10-21', '2024-11-10', 'month') }],
  },
  {
    reference: '2020-07-06',
    text: '피의자는 4일 밤 10시와 11시 사이 빈집에 침입한 것으로 조사됐다.',
    events: [{ mention: '4일 밤 10시와 11시 사이', subject: '피의자', date: v('2020-07-04', '2020-07-04', 'day', '22:00', '23:00') }],
  },
  {
    reference: '2025-12-08',
    text: '행사는 19일에서 21일까지 열린다.',
    events: [{ mention: '19일에서 21일까지', subject: '행사', date: v('2025-12-19', '2025-12-21', 'day') }],
  },
  {
    reference: '2022-08-30',
    text: '공판은 다음 달 15일 오전 10시 30분 열린다.',
    events: [{ mention: '다음 달 15일 오전 10시 30분', subject: '공판', date: day('2022-09-15', '10:30') }],
  },
  {
    reference: '2023-01-22',
    text: '귀성 정체는 21일 오후 3시 반께 절정에 이르렀다.',
    events: [{ mention: '21일 오후 3시 반', subject: '귀성 정체', date: day('2023-01-21', '15:30') }],
  },
  {
    reference: '2024-09-05',
    text: '경기는 7일 18:30 수원월드컵경기장에서 시작된다.',
    events: [{ mention: '7일 18:30', subject: '경기', date: day('2024-09-07', '18:30') }],
  },
  {
    reference: '2026-02-10',
    text: '회의는 11일 15시 정부세종청사에서 열린다.',
    events: [{ mention: '11일 15시', subject: '회의', date: day('2026-02-11', '15:00') }],
  },
  {
    reference: '2019-08-15',
    text: '타종 행사는 15일 낮 12시 시작된다.',
    events: [{ mention: '15일 낮 12시', subject: '타종 행사', date: day('2019-08-15', '12:00') }],
  },
  {
    reference: '2021-02-16',
    text: '화재는 16일 새벽 2시께 발생했다.',
    events: [{ mention: '16일 새벽 2시', subject: '화재', date: day('2021-02-16', '02:00') }],
  },
  {
    reference: '2023-05-26',
    text: '야시장 영업은 27일 밤 12시까지 이어진다.',
    events: [{ mention: '27일 밤 12시', subject: '야시장 영업', date: day('2023-05-27', '00:00') }],
  },
  {
    reference: '2022-06-07',
    text: '점심 특가 행사는 8일 오후 12시 시작된다.',
    events: [{ mention: '8일 오후 12시', subject: '점심 특가 행사', date: day('2022-06-08', '12:00') }],
  },
  {
    reference: '2024-11-06',
    text: '미국 대선 개표는 5일(현지시간) 오후 7시 시작됐다.',
    events: [{ mention: '5일(현지시간) 오후 7시', subject: '미국 대선 개표', date: day('2024-11-05', '19:00') }],
  },
  {
    reference: '2022-05-11',
    text: '새 정부는 지난 10일 출범했고, 첫 국무회의는 이튿날 열렸다.',
    events: [
      { mention: '지난 10일', subject: '새 정부', date: day('2022-05-10') },
      { mention: '이튿날', subject: '첫 국무회의', date: day('2022-05-11') },
    ],
  },
  {
    reference: '2023-04-03',
    text: 'A씨는 지난 1일 오후 부산에서 체포됐다. 공범 B씨는 같은 날 밤 대구에서 붙잡혔다.',
    events: [
      { mention: '지난 1일 오후', subject: 'A씨', date: day('2023-04-01') },
      { mention: '같은 날 밤', subject: '공범 B씨', date: day('2023-04-01') },
    ],
  },
  {
    reference: '2024-10-24',
    text: '공연은 26일 열린다. 표는 당일 현장에서도 살 수 있다.',
    events: [
      { mention: '26일', subject: '공연', date: day('2024-10-26') },
      { mention: '당일', subject: '표', date: day('2024-10-26') },
    ],
  },
  {
    reference: '2025-06-04',
    text: '대선 투표율은 전날 79.4%로 잠정 집계됐다.',
    events: [{ mention: '전날', subject: '대선 투표율', date: day('2025-06-03') }],
  },
  {
    reference: '2027-09-15',
    text: 'A씨는 13일 병원에 입원했다가 다음 날 퇴원했다.',
    events: [
      { mention: '13일', subject: 'A씨', date: day('2027-09-13') },
      { mention: '다음 날', subject: 'A씨', date: day('2027-09-14') },
    ],
  },
  {
    reference: '2025-04-28',
    text: '헌법소원 선고는 금요일 오후 2시 열린다.',
    events: [{ mention: '금요일 오후 2시', subject: '헌법소원 선고', date: day('2025-05-02', '14:00') }],
  },
  {
    reference: '2023-10-17',
    text: '원·달러 환율은 월요일 1350원대로 올랐다.',
    events: [{ mention: '월요일', subject: '원·달러 환율', date: day('2023-10-16') }],
  },
  {
    reference: '2026-03-10',
    text: '개표 결과는 오는 화요일 발표된다.',
    events: [{ mention: '오는 화요일', subject: '개표 결과', date: day('2026-03-17') }],
  },
  {
    reference: '2024-06-12',
    text: '새 요금제는 하반기 나온다.',
    events: [{ mention: '하반기', subject: '새 요금제', date: v('2024-07-01', '2024-12-31', 'half') }],
  },
  {
    reference: '2022-08-04',
    text: '전기차 판매는 올 상반기 두 배로 늘었다.',
    events: [{ mention: '올 상반기', subject: '전기차 판매', date: v('2022-01-01', '2022-06-30', 'half') }],
  },
  {
    reference: '2020-02-12',
    text: '서울 집값은 지난해 하반기 크게 올랐다.',
    events: [{ mention: '지난해 하반기', subject: '서울 집값', date: v('2019-07-01', '2019-12-31', 'half') }],
  },
  {
    reference: '2023-04-11',
    text: '배터리 공장은 2분기 말 완공된다.',
    events: [{ mention: '2분기 말', subject: '배터리 공장', date: v('2023-06-01', '2023-06-30', 'month') }],
  },
  {
    reference: '2026-12-01',
    text: '새 공장은 내년 초 가동된다.',
    events: [{ mention: '내년 초', subject: '새 공장', date: v('2027-01-01', '2027-01-31', 'month') }],
  },
  {
    reference: '2021-04-06',
    text: '백신 접종은 올해 말 마무리된다.',
    events: [{ mention: '올해 말', subject: '백신 접종', date: v('2021-12-01', '2021-12-31', 'month') }],
  },
  {
    reference: '2023-05-24',
    text: '신공항은 2024년 말 개항한다.',
    events: [{ mention: '2024년 말', subject: '신공항', date: v('2024-12-01', '2024-12-31', 'month') }],
  },
  {
    reference: '2022-09-21',
    text: '법안은 연내 처리될 전망이다.',
    events: [{ mention: '연내', subject: '법안', date: year('2022') }],
  },
  {
    reference: '2025-08-27',
    text: '새 청사 이전은 올해 안에 마무리된다.',
    events: [{ mention: '올해 안', subject: '새 청사 이전', date: year('2025') }],
  },
  {
    reference: '2023-08-10',
    text: '난방비는 지난겨울 크게 올랐다.',
    events: [{ mention: '지난겨울', subject: '난방비', date: v('2022-12-01', '2023-02-28', 'month') }],
  },
  {
    reference: '2024-10-30',
    text: '신도시 첫 입주는 내년 봄 시작된다.',
    events: [{ mention: '내년 봄', subject: '신도시 첫 입주', date: v('2025-03-01', '2025-05-31', 'month') }],
  },
  {
    reference: '2023-10-05',
    text: '새 모델은 2월 출시된다.',
    events: [{ mention: '2월', subject: '새 모델', date: v('2024-02-01', '2024-02-29', 'month') }],
  },
  {
    reference: '2025-03-20',
    text: 'A사 주가는 1월에 사상 최고치를 기록했다.',
    events: [{ mention: '1월', subject: 'A사 주가', date: v('2025-01-01', '2025-01-31', 'month') }],
  },
  {
    reference: '2024-01-09',
    text: '한파는 12월 21일 시작됐다.',
    events: [{ mention: '12월 21일', subject: '한파', date: day('2023-12-21') }],
  },
  {
    reference: '2019-12-16',
    text: '개정 법률은 1월 1일 시행된다.',
    events: [{ mention: '1월 1일', subject: '개정 법률', date: day('2020-01-01') }],
  },
  {
    reference: '2022-04-28',
    text: '접수 마감일은 2일이다.',
    events: [{ mention: '2일', subject: '접수 마감일', date: day('2022-05-02') }],
  },
  {
    reference: '2020-05-04',
    text: '등교 수업은 이달 중순 시작될 전망이다.',
    events: [{ mention: '이달 중순', subject: '등교 수업', date: v('2020-05-11', '2020-05-20', 'month') }],
  },
  {
    reference: '2021-08-18',
    text: '백신 2차 접종은 내달 말 끝난다.',
    events: [{ mention: '내달 말', subject: '백신 2차 접종', date: v('2021-09-21', '2021-09-30', 'month') }],
  },
  {
    reference: '2023-08-07',
    text: '지원 신청은 2023.8.14 마감된다.',
    events: [{ mention: '2023.8.14', subject: '지원 신청', date: day('2023-08-14') }],
  },
  {
    reference: '2025-01-02',
    text: '원서 접수는 2025/01/15 마감된다.',
    events: [{ mention: '2025/01/15', subject: '원서 접수', date: day('2025-01-15') }],
  },
  {
    reference: '2027-06-01',
    text: '협정은 2027년 7월 1일 발효된다.',
    events: [{ mention: '2027년 7월 1일', subject: '협정', date: day('2027-07-01') }],
  },
  {
    reference: '2024-02-14',
    text: '새 제도는 2026년 시행된다.',
    events: [{ mention: '2026년', subject: '새 제도', date: year('2026') }],
  },
  {
    reference: '2019-01-22',
    text: '고속철도는 2021년 6월 개통한다.',
    events: [{ mention: '2021년 6월', subject: '고속철도', date: v('2021-06-01', '2021-06-30', 'month') }],
  },
  {
    reference: '2023-02-02',
    text: 'A씨는 2020년 3월부터 2022년 4월까지 회사 돈을 빼돌렸다.',
    events: [{ mention: '2020년 3월부터 2022년 4월까지', subject: 'A씨', date: v('2020-03-01', '2022-04-30', 'month') }],
  },
  {
    reference: '2026-06-22',
    text: '박람회는 7월 6∼8일 코엑스에서 열린다.',
    events: [{ mention: '7월 6∼8일', subject: '박람회', date: v('2026-07-06', '2026-07-08', 'day') }],
  },
  {
    reference: '2024-01-25',
    text: '강추위가 내일 아침까지 이어지겠다.',
    events: [{ mention: '내일 아침', subject: '강추위', date: day('2024-01-26') }],
  },
  {
    reference: '2023-05-30',
    text: '누리호는 지난 24일 오후 6시 24분 발사됐다. 위성은 이튿날 오전 지상국과 교신에 성공했다.',
    events: [
      { mention: '지난 24일 오후 6시 24분', subject: '누리호', date: day('2023-05-24', '18:24') },
      { mention: '이튿날 오전', subject: '위성', date: day('2023-05-25') },
    ],
  },
];
