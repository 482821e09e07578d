/**
 * Held-out event cases: one or two news sentences with every event (a mention that dates a happening),
 * its clause subject and date, written from docs/dates.md alone.
 *
 * Decisions where docs/dates.md is silent or terse:
 * - Subjects follow the doc's mechanics: the marked noun with the bare nouns and determiners (`한`, `첫`) just
 *   before it; a genitive modifier (`규모 4.1의 지진` -> `지진`) is not part of it; a date inside the subject
 *   noun phrase (`3분기 영업이익`) is skipped (`영업이익`). Parenthesised glosses stay (`세계보건기구(WHO)`).
 * - After a `-고,` split the second clause has no marked subject, so its time gets `subject: null`.
 * - Without a comma, `개막해 … 이어진다` is one clause: both dates take the same subject.
 * - `14일 0시 기준` (qualifies a noun) and `전날보다` (base of comparison) give no events; a recurring
 *   `매주 금요일` is no date at all: both cases have `events: []`.
 * - A date qualifying a non-subject noun (`올해 노벨문학상 수상자로`) is not an event.
 */
import type { NewsEventCase } from './types.js';

export const NEWS_HELDOUT_EVENTS: NewsEventCase[] = [
  {
    reference: '2024-03-14',
    text: '한국부동산원은 서울 아파트 매매가격이 0.02% 올랐다고 14일 밝혔다.',
    events: [
      { mention: '14일', subject: '한국부동산원', date: { start: '2024-03-14', end: '2024-03-14', precision: 'day' } },
    ],
  },
  {
    reference: '2023-10-06',
    text: '한 편의점 업체는 지난달 도시락 매출이 20% 늘었다고 5일 밝혔다.',
    events: [
      { mention: '지난달', subject: '도시락 매출', date: { start: '2023-09-01', end: '2023-09-30', precision: 'month' } },
      { mention: '5일', subject: '한 편의점 업체', date: { start: '2023-10-05', end: '2023-10-05', precision: 'day' } },
    ],
  },
  {
    reference: '2022-07-13',
    text: '한국은행 금융통화위원회는 13일 기준금리를 0.5%포인트 인상했다.',
    events: [
      { mention: '13일', subject: '한국은행 금융통화위원회', date: { start: '2022-07-13', end: '2022-07-13', precision: 'day' } },
    ],
  },
  {
    reference: '2024-12-04',
    text: '윤석열 대통령이 3일 밤 10시 27분 비상계엄을 선포했다.',
    events: [
      { mention: '3일 밤 10시 27분', subject: '윤석열 대통령', date: { start: '2024-12-03', end: '2024-12-03', precision: 'day', time: '22:27' } },
    ],
  },
  {
    reference: '2021-08-20',
    text: '코스피는 20일 전 거래일보다 37.65포인트 내린 3,060.51에 거래를 마쳤다.',
    events: [
      { mention: '20일', subject: '코스피', date: { start: '2021-08-20', end: '2021-08-20', precision: 'day' } },
    ],
  },
  {
    reference: '2019-06-17',
    text: '축구 대표팀이 17일 오전 인천국제공항을 통해 귀국했다.',
    events: [
      { mention: '17일 오전', subject: '축구 대표팀', date: { start: '2019-06-17', end: '2019-06-17', precision: 'day' } },
    ],
  },
  {
    reference: '2022-10-14',
    text: '3분기 영업이익이 지난해 같은 기간보다 31.7% 줄었다.',
    events: [
      { mention: '3분기', subject: '영업이익', date: { start: '2022-07-01', end: '2022-09-30', precision: 'quarter' } },
    ],
  },
  {
    reference: '2025-11-18',
    text: '유니버설발레단은 다음 달 20일부터 31일까지 세종문화회관 대극장에서 호두까기 인형을 공연한다.',
    events: [
      { mention: '다음 달 20일부터 31일까지', subject: '유니버설발레단', date: { start: '2025-12-20', end: '2025-12-31', precision: 'day' } },
    ],
  },
  {
    reference: '2023-11-16',
    text: '대학수학능력시험이 16일 전국 1279개 시험장에서 치러졌다.',
    events: [
      { mention: '16일', subject: '대학수학능력시험', date: { start: '2023-11-16', end: '2023-11-16', precision: 'day' } },
    ],
  },
  {
    reference: '2020-11-05',
    text: '조 바이든 민주당 후보는 4일(현지시간) 위스콘신에서 승리를 확정했다.',
    events: [
      { mention: '4일(현지시간)', subject: '조 바이든 민주당 후보', date: { start: '2020-11-04', end: '2020-11-04', precision: 'day' } },
    ],
  },
  {
    reference: '2024-10-11',
    text: '스웨덴 한림원은 10일(현지시간) 소설가 한강을 올해 노벨문학상 수상자로 선정했다고 발표했다.',
    events: [
      { mention: '10일(현지시간)', subject: '스웨덴 한림원', date: { start: '2024-10-10', end: '2024-10-10', precision: 'day' } },
    ],
  },
  {
    reference: '2022-02-25',
    text: '러시아군이 24일(현지시간) 새벽 우크라이나를 전면 침공했다.',
    events: [
      { mention: '24일(현지시간) 새벽', subject: '러시아군', date: { start: '2022-02-24', end: '2022-02-24', precision: 'day' } },
    ],
  },
  {
    reference: '2023-05-26',
    text: '누리호가 25일 오후 6시 24분 전남 고흥 나로우주센터에서 발사됐다.',
    events: [
      { mention: '25일 오후 6시 24분', subject: '누리호', date: { start: '2023-05-25', end: '2023-05-25', precision: 'day', time: '18:24' } },
    ],
  },
  {
    reference: '2024-06-24',
    text: '경기 화성시의 한 배터리 공장에서 24일 오전 10시 31분께 불이 났다.',
    events: [
      { mention: '24일 오전 10시 31분', subject: '불', date: { start: '2024-06-24', end: '2024-06-24', precision: 'day', time: '10:31' } },
    ],
  },
  {
    reference: '2021-07-09',
    text: '국토교통부는 사전청약 물량이 다음 달부터 3만 가구 늘어난다고 9일 밝혔다.',
    events: [
      { mention: '다음 달', subject: '사전청약 물량', date: { start: '2021-08-01', end: '2021-08-31', precision: 'month' } },
      { mention: '9일', subject: '국토교통부', date: { start: '2021-07-09', end: '2021-07-09', precision: 'day' } },
    ],
  },
  {
    reference: '2023-02-08',
    text: '대법원 2부는 A씨의 상고를 기각했다고 8일 밝혔다.',
    events: [
      { mention: '8일', subject: '대법원 2부', date: { start: '2023-02-08', end: '2023-02-08', precision: 'day' } },
    ],
  },
  {
    reference: '2025-07-17',
    text: '서부지법 형사1단독 재판장은 16일 특수건조물침입 혐의로 기소된 남모씨에게 징역 2년을 선고했다.',
    events: [
      { mention: '16일', subject: '서부지법 형사1단독 재판장', date: { start: '2025-07-16', end: '2025-07-16', precision: 'day' } },
    ],
  },
  {
    reference: '2019-07-02',
    text: '일본 정부는 반도체 소재 수출 규제가 4일부터 강화된다고 1일 발표했다.',
    events: [
      { mention: '4일', subject: '반도체 소재 수출 규제', date: { start: '2019-07-04', end: '2019-07-04', precision: 'day' } },
      { mention: '1일', subject: '일본 정부', date: { start: '2019-07-01', end: '2019-07-01', precision: 'day' } },
    ],
  },
  {
    reference: '2022-03-10',
    text: '윤석열 당선인은 10일 새벽 4시께 국회 앞에서 당선 인사를 했다.',
    events: [
      { mention: '10일 새벽 4시', subject: '윤석열 당선인', date: { start: '2022-03-10', end: '2022-03-10', precision: 'day', time: '04:00' } },
    ],
  },
  {
    reference: '2020-02-24',
    text: '정부는 23일 오후 감염병 위기경보를 심각 단계로 격상했다.',
    events: [
      { mention: '23일 오후', subject: '정부', date: { start: '2020-02-23', end: '2020-02-23', precision: 'day' } },
    ],
  },
  {
    reference: '2026-04-03',
    text: '서울연극제가 3일 대학로에서 개막해 이달 26일까지 이어진다.',
    events: [
      { mention: '3일', subject: '서울연극제', date: { start: '2026-04-03', end: '2026-04-03', precision: 'day' } },
      { mention: '이달 26일', subject: '서울연극제', date: { start: '2026-04-26', end: '2026-04-26', precision: 'day' } },
    ],
  },
  {
    reference: '2024-01-23',
    text: '서울 아침 최저기온은 23일 영하 14.8도까지 떨어졌다.',
    events: [
      { mention: '23일', subject: '서울 아침 최저기온', date: { start: '2024-01-23', end: '2024-01-23', precision: 'day' } },
    ],
  },
  {
    reference: '2020-08-10',
    text: '중부지방 장마가 10일로 48일째 이어졌다.',
    events: [
      { mention: '10일', subject: '중부지방 장마', date: { start: '2020-08-10', end: '2020-08-10', precision: 'day' } },
    ],
  },
  {
    reference: '2023-07-27',
    text: '실질 국내총생산(GDP)이 2분기에 0.6% 성장했다고 한국은행이 25일 발표했다.',
    events: [
      { mention: '2분기', subject: '실질 국내총생산(GDP)', date: { start: '2023-04-01', end: '2023-06-30', precision: 'quarter' } },
      { mention: '25일', subject: '한국은행', date: { start: '2023-07-25', end: '2023-07-25', precision: 'day' } },
    ],
  },
  {
    reference: '2022-11-30',
    text: '정부는 29일 시멘트 운송 거부자들에게 업무개시명령을 내렸다.',
    events: [
      { mention: '29일', subject: '정부', date: { start: '2022-11-29', end: '2022-11-29', precision: 'day' } },
    ],
  },
  {
    reference: '2025-04-04',
    text: '헌법재판소는 4일 오전 11시 22분 대통령 탄핵심판 사건에서 파면을 선고했다.',
    events: [
      { mention: '4일 오전 11시 22분', subject: '헌법재판소', date: { start: '2025-04-04', end: '2025-04-04', precision: 'day', time: '11:22' } },
    ],
  },
  {
    reference: '2021-04-08',
    text: '오세훈 서울시장은 8일 오전 서울시청으로 첫 출근했다.',
    events: [
      { mention: '8일 오전', subject: '오세훈 서울시장', date: { start: '2021-04-08', end: '2021-04-08', precision: 'day' } },
    ],
  },
  {
    reference: '2023-10-09',
    text: '하마스가 7일(현지시간) 새벽 이스라엘을 기습 공격했다. 이스라엘은 다음 날 전쟁을 선포했다.',
    events: [
      { mention: '7일(현지시간) 새벽', subject: '하마스', date: { start: '2023-10-07', end: '2023-10-07', precision: 'day' } },
      { mention: '다음 날', subject: '이스라엘', date: { start: '2023-10-08', end: '2023-10-08', precision: 'day' } },
    ],
  },
  {
    reference: '2024-03-29',
    text: '시내버스 노조는 28일 새벽 4시부터 파업에 들어갔지만, 노사는 같은 날 오후 3시께 임금 인상에 합의했다.',
    events: [
      { mention: '28일 새벽 4시', subject: '시내버스 노조', date: { start: '2024-03-28', end: '2024-03-28', precision: 'day', time: '04:00' } },
      { mention: '같은 날 오후 3시', subject: '노사', date: { start: '2024-03-28', end: '2024-03-28', precision: 'day', time: '15:00' } },
    ],
  },
  {
    reference: '2022-09-06',
    text: '태풍 힌남노는 6일 오전 4시 50분께 경남 거제 부근에 상륙했고, 오전 7시 10분께 울산 앞바다로 빠져나갔다.',
    events: [
      { mention: '6일 오전 4시 50분', subject: '태풍 힌남노', date: { start: '2022-09-06', end: '2022-09-06', precision: 'day', time: '04:50' } },
      { mention: '오전 7시 10분', subject: null, date: { start: '2022-09-06', end: '2022-09-06', precision: 'day', time: '07:10' } },
    ],
  },
  {
    reference: '2019-10-02',
    text: '국내 첫 아프리카돼지열병 확진 사례는 지난달 16일 경기 파주시의 한 양돈농장에서 나왔다.',
    events: [
      { mention: '지난달 16일', subject: '국내 첫 아프리카돼지열병 확진 사례', date: { start: '2019-09-16', end: '2019-09-16', precision: 'day' } },
    ],
  },
  {
    reference: '2026-05-15',
    text: '15일 오후 3시 24분께 경북 경주시 남남서쪽 9㎞ 지역에서 규모 4.1의 지진이 발생했다.',
    events: [
      { mention: '15일 오후 3시 24분', subject: '지진', date: { start: '2026-05-15', end: '2026-05-15', precision: 'day', time: '15:24' } },
    ],
  },
  {
    reference: '2021-01-08',
    text: '서울시는 8일 오전 6시부터 지하철 운행을 늘렸다.',
    events: [
      { mention: '8일 오전 6시', subject: '서울시', date: { start: '2021-01-08', end: '2021-01-08', precision: 'day', time: '06:00' } },
    ],
  },
  {
    reference: '2024-02-29',
    text: '보건복지부는 미복귀 전공의에 대한 면허정지 절차가 다음 달 4일부터 시작된다고 29일 밝혔다.',
    events: [
      { mention: '다음 달 4일', subject: '면허정지 절차', date: { start: '2024-03-04', end: '2024-03-04', precision: 'day' } },
      { mention: '29일', subject: '보건복지부', date: { start: '2024-02-29', end: '2024-02-29', precision: 'day' } },
    ],
  },
  {
    reference: '2020-01-31',
    text: '세계보건기구(WHO)는 30일(현지시간) 국제적 공중보건 비상사태를 선포했다.',
    events: [
      { mention: '30일(현지시간)', subject: '세계보건기구(WHO)', date: { start: '2020-01-30', end: '2020-01-30', precision: 'day' } },
    ],
  },
  {
    reference: '2025-10-27',
    text: 'APEC 정상회의는 오는 31일부터 다음 달 1일까지 경북 경주에서 열린다.',
    events: [
      { mention: '오는 31일부터 다음 달 1일까지', subject: 'APEC 정상회의', date: { start: '2025-10-31', end: '2025-11-01', precision: 'day' } },
    ],
  },
  {
    reference: '2023-06-28',
    text: '만 나이 통일법이 28일부터 시행됐다.',
    events: [
      { mention: '28일', subject: '만 나이 통일법', date: { start: '2023-06-28', end: '2023-06-28', precision: 'day' } },
    ],
  },
  {
    reference: '2021-11-01',
    text: '정부는 1일부터 단계적 일상회복 1단계를 시행했다.',
    events: [
      { mention: '1일', subject: '정부', date: { start: '2021-11-01', end: '2021-11-01', precision: 'day' } },
    ],
  },
  {
    reference: '2022-06-08',
    text: '한국항공우주연구원은 누리호 2차 발사가 오는 15일로 확정됐다고 8일 밝혔다.',
    events: [
      { mention: '오는 15일', subject: '누리호 2차 발사', date: { start: '2022-06-15', end: '2022-06-15', precision: 'day' } },
      { mention: '8일', subject: '한국항공우주연구원', date: { start: '2022-06-08', end: '2022-06-08', precision: 'day' } },
    ],
  },
  {
    reference: '2027-03-05',
    text: '헌법재판소는 위헌법률심판 사건 선고가 오는 11일 오후 2시 대심판정에서 열린다고 5일 밝혔다.',
    events: [
      { mention: '오는 11일 오후 2시', subject: '위헌법률심판 사건 선고', date: { start: '2027-03-11', end: '2027-03-11', precision: 'day', time: '14:00' } },
      { mention: '5일', subject: '헌법재판소', date: { start: '2027-03-05', end: '2027-03-05', precision: 'day' } },
    ],
  },
  {
    reference: '2024-11-07',
    text: '도널드 트럼프 당선인은 내년 1월 20일 제47대 대통령으로 취임한다.',
    events: [
      { mention: '내년 1월 20일', subject: '도널드 트럼프 당선인', date: { start: '2025-01-20', end: '2025-01-20', precision: 'day' } },
    ],
  },
  {
    reference: '2025-07-21',
    text: '정부는 21일 경남 산청군 등 6개 시군을 특별재난지역으로 선포했다.',
    events: [
      { mention: '21일', subject: '정부', date: { start: '2025-07-21', end: '2025-07-21', precision: 'day' } },
    ],
  },
  {
    reference: '2019-11-29',
    text: '코리아세일페스타는 지난 1일부터 22일까지 열렸다.',
    events: [
      { mention: '지난 1일부터 22일까지', subject: '코리아세일페스타', date: { start: '2019-11-01', end: '2019-11-22', precision: 'day' } },
    ],
  },
  {
    reference: '2023-04-03',
    text: '서울 인왕산에서 2일 오전 11시 53분께 불이 났다.',
    events: [
      { mention: '2일 오전 11시 53분', subject: '불', date: { start: '2023-04-02', end: '2023-04-02', precision: 'day', time: '11:53' } },
    ],
  },
  {
    reference: '2022-12-03',
    text: '한국 축구 대표팀이 3일 새벽 포르투갈을 2-1로 꺾고 16강에 올랐다.',
    events: [
      { mention: '3일 새벽', subject: '한국 축구 대표팀', date: { start: '2022-12-03', end: '2022-12-03', precision: 'day' } },
    ],
  },
  {
    reference: '2020-12-14',
    text: '신규 확진자는 14일 0시 기준 718명으로 전날보다 312명 줄었다.',
    events: [],
  },
  {
    reference: '2023-03-01',
    text: '서울시는 매주 금요일 광화문광장에서 직거래 장터를 연다.',
    events: [],
  },
  {
    reference: '2027-06-04',
    text: '기상청은 장마가 이달 하순 시작될 것으로 내다봤다고 4일 밝혔다.',
    events: [
      { mention: '이달 하순', subject: '장마', date: { start: '2027-06-21', end: '2027-06-30', precision: 'month' } },
      { mention: '4일', subject: '기상청', date: { start: '2027-06-04', end: '2027-06-04', precision: 'day' } },
    ],
  },
  {
    reference: '2026-09-01',
    text: '예산안은 오는 3일 국회에 제출된다.',
    events: [
      { mention: '오는 3일', subject: '예산안', date: { start: '2026-09-03', end: '2026-09-03', precision: 'day' } },
    ],
  },
  {
    reference: '2019-12-20',
    text: '심야버스는 1일 오전 2시까지 연장 운행된다.',
    events: [
      { mention: '1일 오전 2시', subject: '심야버스', date: { start: '2020-01-01', end: '2020-01-01', precision: 'day', time: '02:00' } },
    ],
  },
];
