/**
 * Held-out news passages: ordinary Korean news copy (leads, body sentences, captions) written
 * independently from docs/dates.md, never from the implementation. Every date mention in order,
 * exact substring, value computed by hand (weekdays and month lengths checked with python3).
 *
 * Decisions where docs/dates.md is silent (a careful reader's call):
 * - A weekday in apposition with a day (`목요일인 14일`, `일요일인 19일 낮`) is ONE mention running from the
 *   weekday through the day phrase; its value is the day (as with `이틀 뒤인 5일`).
 * - `올해 마지막 거래일인 28일`, `올해 첫 거래일인 2일`, `올해 마지막 날인 31일 밤`: `올해` and the day are two
 *   mentions (the noun between them breaks the phrase).
 * - Named days and holidays (`어버이날`, `어린이날 연휴`, `성탄절 연휴`), war/event names (`6·25전쟁`), academic-year
 *   labels (`2024학년도`), bare numbers in titles (`CES 2025`, `2026 밀라노`) are NOT mentions.
 * - A bare part of the day with no day word (`서울 아침 기온`, `낮 기온`, `낮 최고기온`) is not a mention.
 * - `내년도` (as `2024년도`) is next year, precision year.
 * - `올겨울` read in January is the winter in progress (Dec of the previous year – Feb).
 * - `24일 발사할 예정이었으나`: the past of the predicate (ㅆ in `이었으나`) wins over `할 예정`; the 24th before R.
 * - `이틀 동안`, `나흘간`, `사흘간`, `일주일 연속`, `2시간여 만인`, `48일째`, `3주 연장` are durations, not mentions;
 *   `49일` (a count of days above 31) is no date.
 * - Days listed with a comma followed by a clock time (`오는 11, 12일 오후 7시 30분`): the span of days with `time`.
 * - A range of day words (`오늘 밤부터 내일 오전까지`) is the two days, precision day, no time.
 * - `전 거래일` after `이날` takes `이날`'s day as its anchor.
 * - `1년 전` alone follows the `2년 전` row of the table: that year, precision year.
 * - `행사 당일` in a sentence of its own anchors on the last day named before it in the passage.
 */
import type { NewsPassage } from './types.js';

export const NEWS_HELDOUT: NewsPassage[] = [
  {
    reference: '2024-03-14',
    text: '한국부동산원은 지난 11일 기준 이번 주 서울 아파트 매매가격이 지난주보다 0.02% 올랐다고 14일 밝혔다. 서울 아파트값은 17주 연속 상승세를 이어갔다.',
    mentions: [
      { text: '지난 11일', value: { start: '2024-03-11', end: '2024-03-11', precision: 'day' } },
      { text: '이번 주', value: { start: '2024-03-11', end: '2024-03-17', precision: 'week' } },
      { text: '지난주', value: { start: '2024-03-04', end: '2024-03-10', precision: 'week' } },
      { text: '14일', value: { start: '2024-03-14', end: '2024-03-14', precision: 'day' } },
    ],
  },
  {
    reference: '2021-07-09',
    text: '국토교통부는 다음 달부터 수도권 공공택지 사전청약 물량을 3만 가구 늘리기로 했다고 9일 밝혔다. 첫 접수는 오는 28일 시작되며, 당첨자는 9월 15일 발표된다.',
    mentions: [
      { text: '다음 달', value: { start: '2021-08-01', end: '2021-08-31', precision: 'month' } },
      { text: '9일', value: { start: '2021-07-09', end: '2021-07-09', precision: 'day' } },
      { text: '오는 28일', value: { start: '2021-07-28', end: '2021-07-28', precision: 'day' } },
      { text: '9월 15일', value: { start: '2021-09-15', end: '2021-09-15', precision: 'day' } },
    ],
  },
  {
    reference: '2023-11-02',
    text: '지난달 서울 아파트 거래량은 3천여 건으로 집계됐다. 9월(3천400건)보다 10% 넘게 줄어든 수치다. 부동산 업계는 연말까지 거래 위축이 이어질 것으로 보고 있다.',
    mentions: [
      { text: '지난달', value: { start: '2023-10-01', end: '2023-10-31', precision: 'month' } },
      { text: '9월', value: { start: '2023-09-01', end: '2023-09-30', precision: 'month' } },
      { text: '연말', value: { start: '2023-12-01', end: '2023-12-31', precision: 'month' } },
    ],
  },
  {
    reference: '2022-01-20',
    text: '서울시는 올해 상반기 중 재건축 정비구역 10곳을 새로 지정할 계획이라고 20일 밝혔다. 대상 단지 주민설명회는 다음 달 7일부터 18일까지 자치구별로 열린다.',
    mentions: [
      { text: '올해 상반기 중', value: { start: '2022-01-01', end: '2022-06-30', precision: 'half' } },
      { text: '20일', value: { start: '2022-01-20', end: '2022-01-20', precision: 'day' } },
      { text: '다음 달 7일부터 18일까지', value: { start: '2022-02-07', end: '2022-02-18', precision: 'day' } },
    ],
  },
  {
    reference: '2025-06-27',
    text: '정부가 27일 발표한 가계부채 관리 방안에 따라 다음 달 1일부터 수도권 주택담보대출 한도가 최대 6억원으로 묶인다. 금융위원회는 28일 0시 이후 신규 계약분부터 새 규제를 적용한다고 설명했다.',
    mentions: [
      { text: '27일', value: { start: '2025-06-27', end: '2025-06-27', precision: 'day' } },
      { text: '다음 달 1일', value: { start: '2025-07-01', end: '2025-07-01', precision: 'day' } },
      { text: '28일 0시', value: { start: '2025-06-28', end: '2025-06-28', precision: 'day', time: '00:00' } },
    ],
  },
  {
    reference: '2026-02-10',
    text: '지난해 4분기 전국 주택 매매 거래는 14만 건으로 전년 동기보다 8% 늘었다. 국토연구원은 올해 하반기부터 공급 부족이 본격화할 수 있다고 내다봤다.',
    mentions: [
      { text: '지난해 4분기', value: { start: '2025-10-01', end: '2025-12-31', precision: 'quarter' } },
      { text: '전년 동기', value: { start: '2024-10-01', end: '2024-12-31', precision: 'quarter' } },
      { text: '올해 하반기', value: { start: '2026-07-01', end: '2026-12-31', precision: 'half' } },
    ],
  },
  {
    reference: '2020-07-31',
    text: '계약갱신청구권제와 전월세상한제를 담은 주택임대차보호법 개정안이 31일 시행됐다. 개정안은 전날 국회 본회의를 통과했다.',
    mentions: [
      { text: '31일', value: { start: '2020-07-31', end: '2020-07-31', precision: 'day' } },
      { text: '전날', value: { start: '2020-07-30', end: '2020-07-30', precision: 'day' } },
    ],
  },
  {
    reference: '2024-04-11',
    text: '제22대 국회의원 선거 투표율이 67.0%로 잠정 집계됐다. 중앙선거관리위원회에 따르면 전날 오후 6시 투표 마감 기준 전국 유권자 4428만 명 가운데 2966만 명이 투표했다. 이는 2020년 21대 총선보다 0.8%포인트 높은 수치다.',
    mentions: [
      { text: '전날 오후 6시', value: { start: '2024-04-10', end: '2024-04-10', precision: 'day', time: '18:00' } },
      { text: '2020년', value: { start: '2020-01-01', end: '2020-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2022-05-20',
    text: '지방선거 공식 선거운동이 19일 시작됐다. 선거운동은 오는 31일 자정까지 13일간 이어진다. 사전투표는 27, 28일 전국 3551개 투표소에서 진행된다.',
    mentions: [
      { text: '19일', value: { start: '2022-05-19', end: '2022-05-19', precision: 'day' } },
      { text: '오는 31일 자정', value: { start: '2022-05-31', end: '2022-05-31', precision: 'day', time: '00:00' } },
      { text: '27, 28일', value: { start: '2022-05-27', end: '2022-05-28', precision: 'day' } },
    ],
  },
  {
    reference: '2025-05-30',
    text: '제21대 대통령 선거 사전투표율이 34.74%로 최종 집계됐다. 중앙선관위는 29, 30일 이틀 동안 진행된 사전투표에 1542만여 명이 참여했다고 밝혔다. 본투표는 다음 달 3일 오전 6시부터 오후 8시까지 전국 투표소에서 실시된다.',
    mentions: [
      { text: '29, 30일', value: { start: '2025-05-29', end: '2025-05-30', precision: 'day' } },
      { text: '다음 달 3일 오전 6시부터 오후 8시까지', value: { start: '2025-06-03', end: '2025-06-03', precision: 'day', time: '06:00', endTime: '20:00' } },
    ],
  },
  {
    reference: '2020-11-05',
    text: '미국 대선 개표가 이틀째 이어지고 있다. 조 바이든 민주당 후보는 4일(현지시간) 위스콘신과 미시간에서 승리를 확정했다. 펜실베이니아주는 6일까지 도착하는 우편투표도 유효표로 인정한다.',
    mentions: [
      { text: '4일(현지시간)', value: { start: '2020-11-04', end: '2020-11-04', precision: 'day' } },
      { text: '6일', value: { start: '2020-11-06', end: '2020-11-06', precision: 'day' } },
    ],
  },
  {
    reference: '2022-03-10',
    text: '윤석열 국민의힘 후보가 9일 치러진 제20대 대통령 선거에서 당선됐다. 윤 당선인은 10일 새벽 4시께 당선 인사를 했다. 대통령 취임식은 5월 10일 국회에서 열린다.',
    mentions: [
      { text: '9일', value: { start: '2022-03-09', end: '2022-03-09', precision: 'day' } },
      { text: '10일 새벽 4시', value: { start: '2022-03-10', end: '2022-03-10', precision: 'day', time: '04:00' } },
      { text: '5월 10일', value: { start: '2022-05-10', end: '2022-05-10', precision: 'day' } },
    ],
  },
  {
    reference: '2021-04-08',
    text: '7일 치러진 서울시장 보궐선거에서 오세훈 국민의힘 후보가 당선됐다. 오 시장은 8일 오전 서울시청으로 첫 출근해 업무를 시작했다. 임기는 내년 6월 30일까지다.',
    mentions: [
      { text: '7일', value: { start: '2021-04-07', end: '2021-04-07', precision: 'day' } },
      { text: '8일 오전', value: { start: '2021-04-08', end: '2021-04-08', precision: 'day' } },
      { text: '내년 6월 30일', value: { start: '2022-06-30', end: '2022-06-30', precision: 'day' } },
    ],
  },
  {
    reference: '2024-11-07',
    text: '도널드 트럼프 전 대통령이 5일(현지시간) 치러진 미국 대선에서 승리했다. 트럼프 당선인은 내년 1월 20일 제47대 대통령으로 취임한다.',
    mentions: [
      { text: '5일(현지시간)', value: { start: '2024-11-05', end: '2024-11-05', precision: 'day' } },
      { text: '내년 1월 20일', value: { start: '2025-01-20', end: '2025-01-20', precision: 'day' } },
    ],
  },
  {
    reference: '2023-07-13',
    text: '기상청은 정체전선의 영향으로 오늘 밤부터 내일 오전까지 충청과 남부 지방에 시간당 30∼50㎜의 강한 비가 내리겠다고 예보했다. 비는 15일까지 이어지다가 16일 오후부터 차차 그치겠다.',
    mentions: [
      { text: '오늘 밤부터 내일 오전까지', value: { start: '2023-07-13', end: '2023-07-14', precision: 'day' } },
      { text: '15일', value: { start: '2023-07-15', end: '2023-07-15', precision: 'day' } },
      { text: '16일 오후', value: { start: '2023-07-16', end: '2023-07-16', precision: 'day' } },
    ],
  },
  {
    reference: '2021-12-17',
    text: '17일 아침 최저기온이 영하 10도 안팎까지 떨어지겠다. 서울 아침 기온은 영하 8도로 어제보다 6도가량 낮겠다. 추위는 일요일인 19일 낮부터 누그러지겠다.',
    mentions: [
      { text: '17일 아침', value: { start: '2021-12-17', end: '2021-12-17', precision: 'day' } },
      { text: '어제', value: { start: '2021-12-16', end: '2021-12-16', precision: 'day' } },
      { text: '일요일인 19일 낮', value: { start: '2021-12-19', end: '2021-12-19', precision: 'day' } },
    ],
  },
  {
    reference: '2019-08-06',
    text: '제8호 태풍 프란시스코가 6일 오전 9시 현재 일본 가고시마 남동쪽 해상에서 북서진하고 있다. 태풍은 7일 새벽 경남 남해안에 상륙한 뒤 같은 날 오후 동해로 빠져나갈 것으로 예상된다.',
    mentions: [
      { text: '6일 오전 9시', value: { start: '2019-08-06', end: '2019-08-06', precision: 'day', time: '09:00' } },
      { text: '7일 새벽', value: { start: '2019-08-07', end: '2019-08-07', precision: 'day' } },
      { text: '같은 날 오후', value: { start: '2019-08-07', end: '2019-08-07', precision: 'day' } },
    ],
  },
  {
    reference: '2024-01-23',
    text: '한파특보가 발효된 23일 서울의 아침 최저기온은 영하 14.8도를 기록했다. 이는 올겨울 들어 가장 낮은 기온이다. 기상청은 이번 추위가 25일 오전까지 이어지다가 주말에 평년 기온을 되찾겠다고 밝혔다.',
    mentions: [
      { text: '23일', value: { start: '2024-01-23', end: '2024-01-23', precision: 'day' } },
      { text: '올겨울', value: { start: '2023-12-01', end: '2024-02-29', precision: 'month' } },
      { text: '25일 오전', value: { start: '2024-01-25', end: '2024-01-25', precision: 'day' } },
      { text: '주말', value: { start: '2024-01-27', end: '2024-01-28', precision: 'week' } },
    ],
  },
  {
    reference: '2020-08-10',
    text: '중부지방 장마가 10일로 48일째 이어졌다. 이는 2013년에 세워진 역대 최장 기록인 49일에 하루 못 미치는 것이다.',
    mentions: [
      { text: '10일', value: { start: '2020-08-10', end: '2020-08-10', precision: 'day' } },
      { text: '2013년', value: { start: '2013-01-01', end: '2013-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2022-09-06',
    text: '제11호 태풍 힌남노가 6일 오전 4시 50분께 경남 거제 부근에 상륙했다. 태풍은 2시간여 만인 오전 7시 10분께 울산 앞바다로 빠져나갔다. 기상청은 이날 오전 9시를 기해 남부 지방 태풍경보를 모두 해제했다.',
    mentions: [
      { text: '6일 오전 4시 50분', value: { start: '2022-09-06', end: '2022-09-06', precision: 'day', time: '04:50' } },
      { text: '오전 7시 10분', value: { start: '2022-09-06', end: '2022-09-06', precision: 'day', time: '07:10' } },
      { text: '이날 오전 9시', value: { start: '2022-09-06', end: '2022-09-06', precision: 'day', time: '09:00' } },
    ],
  },
  {
    reference: '2021-10-18',
    text: '서울 아침 기온이 17일 1.3도까지 떨어지며 10월 중순 기준으로 64년 만에 가장 추웠다. 기상청은 19일부터 기온이 차츰 오르겠다고 내다봤다.',
    mentions: [
      { text: '17일', value: { start: '2021-10-17', end: '2021-10-17', precision: 'day' } },
      { text: '10월 중순', value: { start: '2021-10-11', end: '2021-10-20', precision: 'month' } },
      { text: '19일', value: { start: '2021-10-19', end: '2021-10-19', precision: 'day' } },
    ],
  },
  {
    reference: '2024-09-19',
    text: '9월 중순에도 폭염 특보가 이어지고 있다. 기상청에 따르면 18일 서울의 낮 최고기온은 34.6도로 9월 기준 역대 가장 높았다. 서울에서 9월에 열대야가 나타난 것은 1908년 관측 이래 처음이다.',
    mentions: [
      { text: '9월 중순', value: { start: '2024-09-11', end: '2024-09-20', precision: 'month' } },
      { text: '18일', value: { start: '2024-09-18', end: '2024-09-18', precision: 'day' } },
      { text: '9월', value: { start: '2024-09-01', end: '2024-09-30', precision: 'month' } },
      { text: '9월', value: { start: '2024-09-01', end: '2024-09-30', precision: 'month' } },
      { text: '1908년', value: { start: '1908-01-01', end: '1908-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2021-01-08',
    text: '6일 저녁 서울에 3∼4㎝의 눈이 쏟아지면서 퇴근길 교통이 마비됐다. 서울시는 8일 오전 6시 출근길에도 지하철 운행을 늘렸다. 8일 서울의 아침 최저기온은 영하 18.6도로 2001년 1월 15일 이후 20년 만에 가장 낮았다.',
    mentions: [
      { text: '6일 저녁', value: { start: '2021-01-06', end: '2021-01-06', precision: 'day' } },
      { text: '8일 오전 6시', value: { start: '2021-01-08', end: '2021-01-08', precision: 'day', time: '06:00' } },
      { text: '8일', value: { start: '2021-01-08', end: '2021-01-08', precision: 'day' } },
      { text: '2001년 1월 15일', value: { start: '2001-01-15', end: '2001-01-15', precision: 'day' } },
    ],
  },
  {
    reference: '2019-09-23',
    text: '제17호 태풍 타파가 22일 오후 부산과 울산 등 남해안을 강타했다. 태풍은 23일 새벽 독도 북동쪽 해상에서 온대저기압으로 약해졌다.',
    mentions: [
      { text: '22일 오후', value: { start: '2019-09-22', end: '2019-09-22', precision: 'day' } },
      { text: '23일 새벽', value: { start: '2019-09-23', end: '2019-09-23', precision: 'day' } },
    ],
  },
  {
    reference: '2023-12-11',
    text: '지난 주말 서울의 낮 기온이 17도까지 올라 12월 기준 최고 기록을 세웠다. 기상청은 목요일인 14일부터 기온이 평년보다 낮아지겠다고 예보했다.',
    mentions: [
      { text: '지난 주말', value: { start: '2023-12-09', end: '2023-12-10', precision: 'week' } },
      { text: '12월', value: { start: '2023-12-01', end: '2023-12-31', precision: 'month' } },
      { text: '목요일인 14일', value: { start: '2023-12-14', end: '2023-12-14', precision: 'day' } },
    ],
  },
  {
    reference: '2027-06-04',
    text: '기상청은 올해 장마가 이달 하순 제주도에서 시작될 것으로 내다봤다고 4일 밝혔다. 지난해 장마는 6월 19일 제주에서 시작돼 7월 하순에 끝났다.',
    mentions: [
      { text: '올해', value: { start: '2027-01-01', end: '2027-12-31', precision: 'year' } },
      { text: '이달 하순', value: { start: '2027-06-21', end: '2027-06-30', precision: 'month' } },
      { text: '4일', value: { start: '2027-06-04', end: '2027-06-04', precision: 'day' } },
      { text: '지난해', value: { start: '2026-01-01', end: '2026-12-31', precision: 'year' } },
      { text: '6월 19일', value: { start: '2026-06-19', end: '2026-06-19', precision: 'day' } },
      { text: '7월 하순', value: { start: '2026-07-21', end: '2026-07-31', precision: 'month' } },
    ],
  },
  {
    reference: '2022-12-26',
    text: '성탄절 연휴 마지막 날인 25일 전국 주요 스키장에는 4만여 명이 몰렸다. 강추위는 28일까지 이어지겠다.',
    mentions: [
      { text: '25일', value: { start: '2022-12-25', end: '2022-12-25', precision: 'day' } },
      { text: '28일', value: { start: '2022-12-28', end: '2022-12-28', precision: 'day' } },
    ],
  },
  {
    reference: '2022-12-03',
    text: '한국 축구 대표팀이 3일 새벽 카타르 알라이얀의 에듀케이션 시티 스타디움에서 열린 포르투갈과 조별리그 최종전에서 2-1 역전승을 거뒀다. 한국은 오는 6일 오전 4시 브라질과 16강전을 치른다.',
    mentions: [
      { text: '3일 새벽', value: { start: '2022-12-03', end: '2022-12-03', precision: 'day' } },
      { text: '오는 6일 오전 4시', value: { start: '2022-12-06', end: '2022-12-06', precision: 'day', time: '04:00' } },
    ],
  },
  {
    reference: '2023-10-30',
    text: '프로야구 한국시리즈가 다음 달 7일 막을 올린다. 정규시즌 1위 LG 트윈스는 1차전을 홈구장인 잠실에서 치른다. LG가 한국시리즈에 오른 것은 2002년 이후 21년 만이다.',
    mentions: [
      { text: '다음 달 7일', value: { start: '2023-11-07', end: '2023-11-07', precision: 'day' } },
      { text: '2002년', value: { start: '2002-01-01', end: '2002-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2026-02-09',
    text: '2026 밀라노·코르티나담페초 동계올림픽이 지난 6일(현지시간) 개막해 오는 22일까지 17일간 열전에 들어갔다. 한국 선수단은 8일 쇼트트랙 혼성 계주에서 첫 메달을 노렸으나 결승 진출에 실패했다.',
    mentions: [
      { text: '지난 6일(현지시간)', value: { start: '2026-02-06', end: '2026-02-06', precision: 'day' } },
      { text: '오는 22일', value: { start: '2026-02-22', end: '2026-02-22', precision: 'day' } },
      { text: '8일', value: { start: '2026-02-08', end: '2026-02-08', precision: 'day' } },
    ],
  },
  {
    reference: '2019-06-17',
    text: 'U-20 월드컵 준우승을 차지한 축구 대표팀은 17일 오전 인천국제공항을 통해 귀국한 뒤 이날 오후 서울광장에서 열린 환영 행사에 참석했다. 대표팀은 16일 새벽 폴란드 우치에서 열린 결승전에서 우크라이나에 1-3으로 졌다.',
    mentions: [
      { text: '17일 오전', value: { start: '2019-06-17', end: '2019-06-17', precision: 'day' } },
      { text: '이날 오후', value: { start: '2019-06-17', end: '2019-06-17', precision: 'day' } },
      { text: '16일 새벽', value: { start: '2019-06-16', end: '2019-06-16', precision: 'day' } },
    ],
  },
  {
    reference: '2025-09-29',
    text: '프로야구 정규시즌 우승팀이 28일 확정됐다. 한국시리즈는 다음 달 26일부터 7전 4승제로 치러진다. 와일드카드 결정전은 6일 시작된다.',
    mentions: [
      { text: '28일', value: { start: '2025-09-28', end: '2025-09-28', precision: 'day' } },
      { text: '다음 달 26일', value: { start: '2025-10-26', end: '2025-10-26', precision: 'day' } },
      { text: '6일', value: { start: '2025-10-06', end: '2025-10-06', precision: 'day' } },
    ],
  },
  {
    reference: '2025-01-10',
    text: 'CES 2025가 7일(현지시간) 미국 라스베이거스에서 개막해 10일까지 나흘간 열렸다. 올해 행사에는 150여 개국 4500여 개 기업이 참가했다.',
    mentions: [
      { text: '7일(현지시간)', value: { start: '2025-01-07', end: '2025-01-07', precision: 'day' } },
      { text: '10일', value: { start: '2025-01-10', end: '2025-01-10', precision: 'day' } },
      { text: '올해', value: { start: '2025-01-01', end: '2025-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2025-07-17',
    text: '서울서부지법 형사5단독 재판장은 16일 특수건조물침입 등 혐의로 기소된 남모(36)씨에게 징역 2년 6개월을 선고했다. 남씨는 지난 1월 19일 새벽 법원 경내에 침입한 혐의로 지난 3월 재판에 넘겨졌다.',
    mentions: [
      { text: '16일', value: { start: '2025-07-16', end: '2025-07-16', precision: 'day' } },
      { text: '지난 1월 19일 새벽', value: { start: '2025-01-19', end: '2025-01-19', precision: 'day' } },
      { text: '지난 3월', value: { start: '2025-03-01', end: '2025-03-31', precision: 'month' } },
    ],
  },
  {
    reference: '2023-02-08',
    text: '대법원 2부는 업무상 횡령 혐의로 기소된 전직 조합장 A씨의 상고를 기각하고 징역 3년을 선고한 원심을 확정했다고 8일 밝혔다. A씨는 2016년부터 2019년까지 조합 자금 12억원을 빼돌린 혐의를 받았다.',
    mentions: [
      { text: '8일', value: { start: '2023-02-08', end: '2023-02-08', precision: 'day' } },
      { text: '2016년부터 2019년까지', value: { start: '2016-01-01', end: '2019-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2024-10-25',
    text: '이 사건 항소심 첫 공판은 다음 달 14일 오후 2시 서울고법에서 열린다. 1심 재판부는 지난 8월 피고인에게 무죄를 선고했다.',
    mentions: [
      { text: '다음 달 14일 오후 2시', value: { start: '2024-11-14', end: '2024-11-14', precision: 'day', time: '14:00' } },
      { text: '지난 8월', value: { start: '2024-08-01', end: '2024-08-31', precision: 'month' } },
    ],
  },
  {
    reference: '2020-09-10',
    text: '검찰은 이르면 다음 주 중 관련자들을 다시 불러 조사할 방침이다. 앞서 검찰은 지난 3일 회사 본사와 임원 자택 등 10여 곳을 압수수색했다.',
    mentions: [
      { text: '다음 주 중', value: { start: '2020-09-14', end: '2020-09-20', precision: 'week' } },
      { text: '지난 3일', value: { start: '2020-09-03', end: '2020-09-03', precision: 'day' } },
    ],
  },
  {
    reference: '2027-03-05',
    text: '헌법재판소는 오는 11일 오후 2시 대심판정에서 해당 법률 조항에 대한 위헌법률심판 사건을 선고한다고 5일 밝혔다. 이 사건은 2024년 6월 접수된 뒤 2년 9개월 동안 심리가 이어졌다.',
    mentions: [
      { text: '오는 11일 오후 2시', value: { start: '2027-03-11', end: '2027-03-11', precision: 'day', time: '14:00' } },
      { text: '5일', value: { start: '2027-03-05', end: '2027-03-05', precision: 'day' } },
      { text: '2024년 6월', value: { start: '2024-06-01', end: '2024-06-30', precision: 'month' } },
    ],
  },
  {
    reference: '2025-04-04',
    text: '헌법재판소는 4일 오전 11시 22분 윤석열 대통령에 대한 탄핵심판 사건에서 재판관 8명 전원일치 의견으로 파면을 선고했다. 지난해 12월 14일 국회가 탄핵소추안을 가결한 지 111일 만이다. 차기 대통령 선거는 60일 안에 치러져야 한다.',
    mentions: [
      { text: '4일 오전 11시 22분', value: { start: '2025-04-04', end: '2025-04-04', precision: 'day', time: '11:22' } },
      { text: '지난해 12월 14일', value: { start: '2024-12-14', end: '2024-12-14', precision: 'day' } },
    ],
  },
  {
    reference: '2021-08-20',
    text: '코스피가 20일 외국인 매도세에 밀려 3,060선으로 내려앉았다. 이날 코스피는 전 거래일보다 37.65포인트(1.21%) 내린 3,060.51에 거래를 마쳤다. 외국인은 지난 9일부터 9거래일 연속 순매도를 이어갔다.',
    mentions: [
      { text: '20일', value: { start: '2021-08-20', end: '2021-08-20', precision: 'day' } },
      { text: '이날', value: { start: '2021-08-20', end: '2021-08-20', precision: 'day' } },
      { text: '전 거래일', value: { start: '2021-08-19', end: '2021-08-19', precision: 'day' } },
      { text: '지난 9일', value: { start: '2021-08-09', end: '2021-08-09', precision: 'day' } },
    ],
  },
  {
    reference: '2024-08-06',
    text: '전날 8% 넘게 폭락했던 코스피가 6일 장 초반 반등에 성공했다. 코스피는 이날 오전 9시 7분 현재 전 거래일 대비 3.67% 오른 2,534.12를 나타내고 있다. 한국거래소는 오전 9시 6분께 유가증권시장에 매수 사이드카를 발동했다.',
    mentions: [
      { text: '전날', value: { start: '2024-08-05', end: '2024-08-05', precision: 'day' } },
      { text: '6일', value: { start: '2024-08-06', end: '2024-08-06', precision: 'day' } },
      { text: '이날 오전 9시 7분', value: { start: '2024-08-06', end: '2024-08-06', precision: 'day', time: '09:07' } },
      { text: '전 거래일', value: { start: '2024-08-05', end: '2024-08-05', precision: 'day' } },
      { text: '오전 9시 6분', value: { start: '2024-08-06', end: '2024-08-06', precision: 'day', time: '09:06' } },
    ],
  },
  {
    reference: '2022-10-14',
    text: '삼성전자는 3분기 연결 기준 영업이익이 10조8천억원으로 지난해 같은 기간보다 31.7% 줄어든 것으로 잠정 집계됐다고 7일 공시했다. 확정 실적은 이달 27일 발표된다.',
    mentions: [
      { text: '3분기', value: { start: '2022-07-01', end: '2022-09-30', precision: 'quarter' } },
      { text: '지난해 같은 기간', value: { start: '2021-07-01', end: '2021-09-30', precision: 'quarter' } },
      { text: '7일', value: { start: '2022-10-07', end: '2022-10-07', precision: 'day' } },
      { text: '이달 27일', value: { start: '2022-10-27', end: '2022-10-27', precision: 'day' } },
    ],
  },
  {
    reference: '2020-03-20',
    text: '원·달러 환율이 19일 40원 가까이 치솟으며 1,285.7원에 마감했다. 한국은행은 이날 밤 미국 연방준비제도와 600억 달러 규모의 통화스와프 계약을 체결했다고 발표했다. 종가 기준 환율은 2009년 7월 이후 가장 높은 수준이다.',
    mentions: [
      { text: '19일', value: { start: '2020-03-19', end: '2020-03-19', precision: 'day' } },
      { text: '이날 밤', value: { start: '2020-03-19', end: '2020-03-19', precision: 'day' } },
      { text: '2009년 7월', value: { start: '2009-07-01', end: '2009-07-31', precision: 'month' } },
    ],
  },
  {
    reference: '2023-12-28',
    text: '올해 마지막 거래일인 28일 코스피는 2,655.28에 장을 마쳤다. 코스피는 연초 대비 18.7% 올라 한 해를 마감했다. 내년 증시는 1월 2일 오전 10시에 개장한다.',
    mentions: [
      { text: '올해', value: { start: '2023-01-01', end: '2023-12-31', precision: 'year' } },
      { text: '28일', value: { start: '2023-12-28', end: '2023-12-28', precision: 'day' } },
      { text: '연초', value: { start: '2023-01-01', end: '2023-01-31', precision: 'month' } },
      { text: '내년', value: { start: '2024-01-01', end: '2024-12-31', precision: 'year' } },
      { text: '1월 2일 오전 10시', value: { start: '2024-01-02', end: '2024-01-02', precision: 'day', time: '10:00' } },
    ],
  },
  {
    reference: '2019-01-04',
    text: '올해 첫 거래일인 2일 코스피는 2,010.00에 마감하며 간신히 2,000선을 지켰다. 3일에는 애플의 실적 전망 하향 여파로 1,993.70까지 밀렸다.',
    mentions: [
      { text: '올해', value: { start: '2019-01-01', end: '2019-12-31', precision: 'year' } },
      { text: '2일', value: { start: '2019-01-02', end: '2019-01-02', precision: 'day' } },
      { text: '3일', value: { start: '2019-01-03', end: '2019-01-03', precision: 'day' } },
    ],
  },
  {
    reference: '2023-07-27',
    text: '올해 2분기 실질 국내총생산(GDP)이 1분기보다 0.6% 성장했다고 한국은행이 25일 발표했다. 하반기에는 수출이 회복되면서 성장세가 커질 것으로 한은은 내다봤다.',
    mentions: [
      { text: '올해 2분기', value: { start: '2023-04-01', end: '2023-06-30', precision: 'quarter' } },
      { text: '1분기', value: { start: '2023-01-01', end: '2023-03-31', precision: 'quarter' } },
      { text: '25일', value: { start: '2023-07-25', end: '2023-07-25', precision: 'day' } },
      { text: '하반기', value: { start: '2023-07-01', end: '2023-12-31', precision: 'half' } },
    ],
  },
  {
    reference: '2026-01-05',
    text: '지난해 12월 수출은 650억 달러로 전년 동월보다 13% 늘었다. 산업통상자원부는 올해 수출이 1분기부터 둔화할 수 있다고 전망했다.',
    mentions: [
      { text: '지난해 12월', value: { start: '2025-12-01', end: '2025-12-31', precision: 'month' } },
      { text: '전년 동월', value: { start: '2024-12-01', end: '2024-12-31', precision: 'month' } },
      { text: '올해', value: { start: '2026-01-01', end: '2026-12-31', precision: 'year' } },
      { text: '1분기', value: { start: '2026-01-01', end: '2026-03-31', precision: 'quarter' } },
    ],
  },
  {
    reference: '2027-02-12',
    text: '한국은행은 오는 25일 통화정책방향 회의를 열어 기준금리를 결정한다. 시장은 지난달 동결에 이어 이번에도 금리를 묶을 것으로 보고 있다.',
    mentions: [
      { text: '오는 25일', value: { start: '2027-02-25', end: '2027-02-25', precision: 'day' } },
      { text: '지난달', value: { start: '2027-01-01', end: '2027-01-31', precision: 'month' } },
    ],
  },
  {
    reference: '2022-07-13',
    text: '한국은행 금융통화위원회는 13일 기준금리를 연 1.75%에서 2.25%로 0.5%포인트 인상했다. 한은이 기준금리를 한 번에 0.5%포인트 올린 것은 1999년 기준금리 도입 이후 처음이다. 다음 통화정책방향 회의는 다음 달 25일 열린다.',
    mentions: [
      { text: '13일', value: { start: '2022-07-13', end: '2022-07-13', precision: 'day' } },
      { text: '1999년', value: { start: '1999-01-01', end: '1999-12-31', precision: 'year' } },
      { text: '다음 달 25일', value: { start: '2022-08-25', end: '2022-08-25', precision: 'day' } },
    ],
  },
  {
    reference: '2023-08-31',
    text: '통계청이 31일 발표한 7월 산업활동동향에 따르면 전산업 생산지수는 0.7% 감소했다. 생산이 두 달 연속 줄어든 것은 지난해 11월 이후 처음이다.',
    mentions: [
      { text: '31일', value: { start: '2023-08-31', end: '2023-08-31', precision: 'day' } },
      { text: '7월', value: { start: '2023-07-01', end: '2023-07-31', precision: 'month' } },
      { text: '지난해 11월', value: { start: '2022-11-01', end: '2022-11-30', precision: 'month' } },
    ],
  },
  {
    reference: '2025-02-03',
    text: '통계청은 1월 소비자물가가 1년 전보다 2.2% 올랐다고 3일 발표했다. 상승률은 지난해 7월 이후 6개월 만에 가장 높았다.',
    mentions: [
      { text: '1월', value: { start: '2025-01-01', end: '2025-01-31', precision: 'month' } },
      { text: '1년 전', value: { start: '2024-01-01', end: '2024-12-31', precision: 'year' } },
      { text: '3일', value: { start: '2025-02-03', end: '2025-02-03', precision: 'day' } },
      { text: '지난해 7월', value: { start: '2024-07-01', end: '2024-07-31', precision: 'month' } },
    ],
  },
  {
    reference: '2025-11-18',
    text: '유니버설발레단의 호두까기 인형이 다음 달 20일부터 31일까지 세종문화회관 대극장 무대에 오른다. 티켓은 오는 25일 오후 2시부터 예매할 수 있다.',
    mentions: [
      { text: '다음 달 20일부터 31일까지', value: { start: '2025-12-20', end: '2025-12-31', precision: 'day' } },
      { text: '오는 25일 오후 2시', value: { start: '2025-11-25', end: '2025-11-25', precision: 'day', time: '14:00' } },
    ],
  },
  {
    reference: '2023-05-02',
    text: '서울시립교향악단은 오는 11, 12일 오후 7시 30분 롯데콘서트홀에서 말러 교향곡 2번 부활을 연주한다. 이번 공연은 지난해 12월 취소된 무대를 다시 올리는 것이다. 예매는 3일 정오에 시작된다.',
    mentions: [
      { text: '오는 11, 12일 오후 7시 30분', value: { start: '2023-05-11', end: '2023-05-12', precision: 'day', time: '19:30' } },
      { text: '지난해 12월', value: { start: '2022-12-01', end: '2022-12-31', precision: 'month' } },
      { text: '3일 정오', value: { start: '2023-05-03', end: '2023-05-03', precision: 'day', time: '12:00' } },
    ],
  },
  {
    reference: '2022-08-25',
    text: '국립현대미술관은 이건희 컬렉션 특별전을 다음 달 1일부터 내년 2월 26일까지 과천관에서 연다고 25일 밝혔다. 관람은 무료이며 매주 월요일은 휴관한다.',
    mentions: [
      { text: '다음 달 1일부터 내년 2월 26일까지', value: { start: '2022-09-01', end: '2023-02-26', precision: 'day' } },
      { text: '25일', value: { start: '2022-08-25', end: '2022-08-25', precision: 'day' } },
    ],
  },
  {
    reference: '2024-06-12',
    text: '가수 임영웅의 전국 투어 서울 공연이 지난 주말 서울월드컵경기장에서 열렸다. 이틀 동안 10만 명이 넘는 관객이 몰렸다. 투어는 오는 7월 13일 부산에서 이어진다.',
    mentions: [
      { text: '지난 주말', value: { start: '2024-06-08', end: '2024-06-09', precision: 'week' } },
      { text: '오는 7월 13일', value: { start: '2024-07-13', end: '2024-07-13', precision: 'day' } },
    ],
  },
  {
    reference: '2026-04-03',
    text: '제50회 서울연극제가 3일 대학로 아르코예술극장에서 개막했다. 올해 축제는 이달 26일까지 24일간 이어지며 공식 선정작 8편이 무대에 오른다.',
    mentions: [
      { text: '3일', value: { start: '2026-04-03', end: '2026-04-03', precision: 'day' } },
      { text: '올해', value: { start: '2026-01-01', end: '2026-12-31', precision: 'year' } },
      { text: '이달 26일', value: { start: '2026-04-26', end: '2026-04-26', precision: 'day' } },
    ],
  },
  {
    reference: '2022-03-02',
    text: '행사는 2022년 3월 2일(수) 오후 2시 서울 코엑스에서 열린다. 참가 신청은 행사 당일 현장에서도 받는다.',
    mentions: [
      { text: '2022년 3월 2일(수) 오후 2시', value: { start: '2022-03-02', end: '2022-03-02', precision: 'day', time: '14:00' } },
      { text: '당일', value: { start: '2022-03-02', end: '2022-03-02', precision: 'day' } },
    ],
  },
  {
    reference: '2024-05-03',
    text: '3일 오전 서울 여의도 한강공원에서 시민들이 산책을 하고 있다. 2024.5.3/뉴스1',
    mentions: [
      { text: '3일 오전', value: { start: '2024-05-03', end: '2024-05-03', precision: 'day' } },
      { text: '2024.5.3', value: { start: '2024-05-03', end: '2024-05-03', precision: 'day' } },
    ],
  },
  {
    reference: '2023-09-26',
    text: '관객들이 지난 23일 서울 송파구 올림픽공원에서 열린 음악 축제를 즐기고 있다. (사진=주최사 제공) 2023.09.26',
    mentions: [
      { text: '지난 23일', value: { start: '2023-09-23', end: '2023-09-23', precision: 'day' } },
      { text: '2023.09.26', value: { start: '2023-09-26', end: '2023-09-26', precision: 'day' } },
    ],
  },
  {
    reference: '2024-10-11',
    text: '스웨덴 한림원은 10일(현지시간) 올해 노벨문학상 수상자로 소설가 한강을 선정했다고 발표했다. 한국인이 노벨상을 받는 것은 2000년 김대중 전 대통령의 평화상 이후 두 번째다. 시상식은 오는 12월 10일 스톡홀름에서 열린다.',
    mentions: [
      { text: '10일(현지시간)', value: { start: '2024-10-10', end: '2024-10-10', precision: 'day' } },
      { text: '올해', value: { start: '2024-01-01', end: '2024-12-31', precision: 'year' } },
      { text: '2000년', value: { start: '2000-01-01', end: '2000-12-31', precision: 'year' } },
      { text: '오는 12월 10일', value: { start: '2024-12-10', end: '2024-12-10', precision: 'day' } },
    ],
  },
  {
    reference: '2025-08-14',
    text: '광복 80주년 경축식이 15일 오전 10시 세종문화회관에서 열린다. 서울시는 14일부터 17일까지 광화문광장에서 기념 행사를 연다.',
    mentions: [
      { text: '15일 오전 10시', value: { start: '2025-08-15', end: '2025-08-15', precision: 'day', time: '10:00' } },
      { text: '14일부터 17일까지', value: { start: '2025-08-14', end: '2025-08-17', precision: 'day' } },
    ],
  },
  {
    reference: '2023-11-16',
    text: '2024학년도 대학수학능력시험이 16일 전국 84개 시험지구 1279개 시험장에서 일제히 치러졌다. 수험생들은 오전 8시 10분까지 시험장에 입실했다. 성적은 다음 달 8일 수험생에게 통지된다.',
    mentions: [
      { text: '16일', value: { start: '2023-11-16', end: '2023-11-16', precision: 'day' } },
      { text: '오전 8시 10분', value: { start: '2023-11-16', end: '2023-11-16', precision: 'day', time: '08:10' } },
      { text: '다음 달 8일', value: { start: '2023-12-08', end: '2023-12-08', precision: 'day' } },
    ],
  },
  {
    reference: '2021-02-26',
    text: '교육부는 다음 달 2일 새 학기 개학에 맞춰 유치원생과 초등학교 1·2학년의 매일 등교를 허용한다고 26일 밝혔다. 지난해에는 코로나19 확산으로 개학이 네 차례 연기돼 4월 9일에야 온라인 개학이 이뤄졌다.',
    mentions: [
      { text: '다음 달 2일', value: { start: '2021-03-02', end: '2021-03-02', precision: 'day' } },
      { text: '26일', value: { start: '2021-02-26', end: '2021-02-26', precision: 'day' } },
      { text: '지난해', value: { start: '2020-01-01', end: '2020-12-31', precision: 'year' } },
      { text: '4월 9일', value: { start: '2020-04-09', end: '2020-04-09', precision: 'day' } },
    ],
  },
  {
    reference: '2025-03-04',
    text: '서울 시내 초·중·고교가 4일 일제히 개학했다. 서울시교육청은 이날 오전 관내 초등학교 가운데 입학생이 한 명도 없는 곳이 30곳을 넘는다고 밝혔다.',
    mentions: [
      { text: '4일', value: { start: '2025-03-04', end: '2025-03-04', precision: 'day' } },
      { text: '이날 오전', value: { start: '2025-03-04', end: '2025-03-04', precision: 'day' } },
    ],
  },
  {
    reference: '2024-07-30',
    text: '2025학년도 대입 수시모집 원서 접수가 9월 9일부터 13일까지 진행된다. 대학별 고사는 11월 중순부터 본격적으로 치러질 예정이다.',
    mentions: [
      { text: '9월 9일부터 13일까지', value: { start: '2024-09-09', end: '2024-09-13', precision: 'day' } },
      { text: '11월 중순', value: { start: '2024-11-11', end: '2024-11-20', precision: 'month' } },
    ],
  },
  {
    reference: '2020-05-19',
    text: '고3 학생들이 20일 등교 수업을 시작한다. 당초 3월 2일이던 개학일이 코로나19로 다섯 차례 미뤄진 지 79일 만이다. 고2 이하 학생들은 27일부터 순차적으로 학교에 나온다.',
    mentions: [
      { text: '20일', value: { start: '2020-05-20', end: '2020-05-20', precision: 'day' } },
      { text: '3월 2일', value: { start: '2020-03-02', end: '2020-03-02', precision: 'day' } },
      { text: '27일', value: { start: '2020-05-27', end: '2020-05-27', precision: 'day' } },
    ],
  },
  {
    reference: '2026-11-19',
    text: '2027학년도 수능이 19일 전국 시험장에서 치러졌다. 1교시 국어 영역은 오전 8시 40분에 시작됐다. 수험생들은 국어가 지난해보다 어려웠다고 입을 모았다.',
    mentions: [
      { text: '19일', value: { start: '2026-11-19', end: '2026-11-19', precision: 'day' } },
      { text: '오전 8시 40분', value: { start: '2026-11-19', end: '2026-11-19', precision: 'day', time: '08:40' } },
      { text: '지난해', value: { start: '2025-01-01', end: '2025-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2021-09-02',
    text: '전국 유치원과 초·중·고교 학생들이 6일부터 거리두기 단계에 따라 등교 수업을 확대한다. 교육부는 수도권 중학교의 경우 지난달 말까지 학생의 3분의 1만 등교했다고 설명했다.',
    mentions: [
      { text: '6일', value: { start: '2021-09-06', end: '2021-09-06', precision: 'day' } },
      { text: '지난달 말', value: { start: '2021-08-21', end: '2021-08-31', precision: 'month' } },
    ],
  },
  {
    reference: '2022-02-25',
    text: '러시아군이 24일(현지시간) 새벽 우크라이나를 전면 침공했다. 블라디미르 푸틴 러시아 대통령은 이날 오전 6시께 TV 연설을 통해 특별 군사작전을 선언했다.',
    mentions: [
      { text: '24일(현지시간) 새벽', value: { start: '2022-02-24', end: '2022-02-24', precision: 'day' } },
      { text: '이날 오전 6시', value: { start: '2022-02-24', end: '2022-02-24', precision: 'day', time: '06:00' } },
    ],
  },
  {
    reference: '2023-09-11',
    text: '모로코 중부에서 8일(현지시간) 밤 11시 11분 규모 6.8의 강진이 발생했다. 모로코 내무부는 10일 오후 기준 사망자가 2천 명을 넘었다고 발표했다.',
    mentions: [
      { text: '8일(현지시간) 밤 11시 11분', value: { start: '2023-09-08', end: '2023-09-08', precision: 'day', time: '23:11' } },
      { text: '10일 오후', value: { start: '2023-09-10', end: '2023-09-10', precision: 'day' } },
    ],
  },
  {
    reference: '2019-04-16',
    text: '프랑스 파리 노트르담 대성당에서 15일 오후(현지시간) 큰 불이 나 첨탑이 무너졌다. 불은 16일 오전 완전히 꺼졌다.',
    mentions: [
      { text: '15일 오후(현지시간)', value: { start: '2019-04-15', end: '2019-04-15', precision: 'day' } },
      { text: '16일 오전', value: { start: '2019-04-16', end: '2019-04-16', precision: 'day' } },
    ],
  },
  {
    reference: '2025-01-21',
    text: '도널드 트럼프 미국 대통령이 20일(현지시간) 정오 워싱턴 의사당 중앙홀에서 취임 선서를 했다. 한국 시간으로는 21일 오전 2시였다.',
    mentions: [
      { text: '20일(현지시간) 정오', value: { start: '2025-01-20', end: '2025-01-20', precision: 'day', time: '12:00' } },
      { text: '21일 오전 2시', value: { start: '2025-01-21', end: '2025-01-21', precision: 'day', time: '02:00' } },
    ],
  },
  {
    reference: '2027-01-15',
    text: '일본은행은 오는 22∼23일 금융정책결정회의를 열어 기준금리 인상 여부를 결정한다. 시장에서는 지난해 12월에 이어 추가 인상 가능성이 크다는 관측이 나온다.',
    mentions: [
      { text: '오는 22∼23일', value: { start: '2027-01-22', end: '2027-01-23', precision: 'day' } },
      { text: '지난해 12월', value: { start: '2026-12-01', end: '2026-12-31', precision: 'month' } },
    ],
  },
  {
    reference: '2021-03-24',
    text: '이집트 수에즈 운하에서 23일(현지시간) 초대형 컨테이너선이 좌초돼 양방향 통행이 전면 중단됐다. 운하관리청은 선박을 다시 띄우는 데 며칠이 걸릴 수 있다고 밝혔다.',
    mentions: [
      { text: '23일(현지시간)', value: { start: '2021-03-23', end: '2021-03-23', precision: 'day' } },
    ],
  },
  {
    reference: '2023-10-09',
    text: '팔레스타인 무장정파 하마스가 7일(현지시간) 새벽 이스라엘을 기습 공격했다. 이스라엘은 다음 날 공식 전쟁을 선포했다. 양측 사망자는 9일 오전 기준 1천100명을 넘어섰다.',
    mentions: [
      { text: '7일(현지시간) 새벽', value: { start: '2023-10-07', end: '2023-10-07', precision: 'day' } },
      { text: '다음 날', value: { start: '2023-10-08', end: '2023-10-08', precision: 'day' } },
      { text: '9일 오전', value: { start: '2023-10-09', end: '2023-10-09', precision: 'day' } },
    ],
  },
  {
    reference: '2020-01-31',
    text: '세계보건기구(WHO)는 30일(현지시간) 신종 코로나바이러스 감염증에 대해 국제적 공중보건 비상사태를 선포했다. WHO가 비상사태를 선포한 것은 2009년 신종플루, 2014년 에볼라 등에 이어 여섯 번째다.',
    mentions: [
      { text: '30일(현지시간)', value: { start: '2020-01-30', end: '2020-01-30', precision: 'day' } },
      { text: '2009년', value: { start: '2009-01-01', end: '2009-12-31', precision: 'year' } },
      { text: '2014년', value: { start: '2014-01-01', end: '2014-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2023-02-06',
    text: '6일(현지시간) 오전 4시 17분 튀르키예 남동부 가지안테프 인근에서 규모 7.8의 강진이 발생했다. 한국 시간으로는 이날 오전 10시 17분이다.',
    mentions: [
      { text: '6일(현지시간) 오전 4시 17분', value: { start: '2023-02-06', end: '2023-02-06', precision: 'day', time: '04:17' } },
      { text: '이날 오전 10시 17분', value: { start: '2023-02-06', end: '2023-02-06', precision: 'day', time: '10:17' } },
    ],
  },
  {
    reference: '2019-07-02',
    text: '일본 정부가 4일부터 반도체 핵심 소재 3개 품목의 한국 수출 규제를 강화한다고 1일 발표했다. 정부는 이번 조치가 지난해 10월 대법원의 강제징용 배상 판결에 대한 보복이라고 보고 있다.',
    mentions: [
      { text: '4일', value: { start: '2019-07-04', end: '2019-07-04', precision: 'day' } },
      { text: '1일', value: { start: '2019-07-01', end: '2019-07-01', precision: 'day' } },
      { text: '지난해 10월', value: { start: '2018-10-01', end: '2018-10-31', precision: 'month' } },
    ],
  },
  {
    reference: '2025-10-27',
    text: '아시아태평양경제협력체(APEC) 정상회의가 오는 31일부터 다음 달 1일까지 경북 경주에서 열린다. 최고경영자(CEO) 서밋은 28일부터 사흘간 열린다.',
    mentions: [
      { text: '오는 31일부터 다음 달 1일까지', value: { start: '2025-10-31', end: '2025-11-01', precision: 'day' } },
      { text: '28일', value: { start: '2025-10-28', end: '2025-10-28', precision: 'day' } },
    ],
  },
  {
    reference: '2024-12-04',
    text: '윤석열 대통령이 3일 밤 10시 27분 긴급 대국민담화를 통해 비상계엄을 선포했다. 국회는 4일 오전 1시께 본회의를 열어 재석 의원 190명 전원 찬성으로 계엄 해제 요구 결의안을 가결했다. 윤 대통령은 이날 오전 4시 27분 계엄 해제를 발표했다.',
    mentions: [
      { text: '3일 밤 10시 27분', value: { start: '2024-12-03', end: '2024-12-03', precision: 'day', time: '22:27' } },
      { text: '4일 오전 1시', value: { start: '2024-12-04', end: '2024-12-04', precision: 'day', time: '01:00' } },
      { text: '이날 오전 4시 27분', value: { start: '2024-12-04', end: '2024-12-04', precision: 'day', time: '04:27' } },
    ],
  },
  {
    reference: '2020-02-24',
    text: '정부는 23일 오후 코로나19 감염병 위기경보를 경계에서 최고 단계인 심각으로 격상했다. 위기경보가 심각 단계로 올라간 것은 2009년 신종플루 유행 이후 11년 만이다.',
    mentions: [
      { text: '23일 오후', value: { start: '2020-02-23', end: '2020-02-23', precision: 'day' } },
      { text: '2009년', value: { start: '2009-01-01', end: '2009-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2026-09-01',
    text: '정부는 내년 예산안을 올해 본예산보다 6.5% 늘어난 720조원 규모로 편성했다고 1일 밝혔다. 예산안은 오는 3일 국회에 제출된다.',
    mentions: [
      { text: '내년', value: { start: '2027-01-01', end: '2027-12-31', precision: 'year' } },
      { text: '올해', value: { start: '2026-01-01', end: '2026-12-31', precision: 'year' } },
      { text: '1일', value: { start: '2026-09-01', end: '2026-09-01', precision: 'day' } },
      { text: '오는 3일', value: { start: '2026-09-03', end: '2026-09-03', precision: 'day' } },
    ],
  },
  {
    reference: '2019-10-02',
    text: '경기 파주시의 한 양돈농장에서 지난달 16일 국내 첫 아프리카돼지열병 확진 사례가 나온 뒤 2일까지 모두 10건이 확인됐다.',
    mentions: [
      { text: '지난달 16일', value: { start: '2019-09-16', end: '2019-09-16', precision: 'day' } },
      { text: '2일', value: { start: '2019-10-02', end: '2019-10-02', precision: 'day' } },
    ],
  },
  {
    reference: '2023-04-03',
    text: '지난 주말 전국 곳곳에서 산불이 잇따랐다. 산림청에 따르면 1, 2일 전국에서 발생한 산불은 50건에 이른다. 서울 인왕산에서는 2일 오전 11시 53분께 불이 나 축구장 20개 넓이의 산림이 탔다.',
    mentions: [
      { text: '지난 주말', value: { start: '2023-04-01', end: '2023-04-02', precision: 'week' } },
      { text: '1, 2일', value: { start: '2023-04-01', end: '2023-04-02', precision: 'day' } },
      { text: '2일 오전 11시 53분', value: { start: '2023-04-02', end: '2023-04-02', precision: 'day', time: '11:53' } },
    ],
  },
  {
    reference: '2025-12-31',
    text: '올해 마지막 날인 31일 밤 서울 보신각에서 제야의 종 타종 행사가 열린다. 서울시는 행사가 끝나는 1일 새벽 2시까지 지하철과 버스를 연장 운행한다고 밝혔다.',
    mentions: [
      { text: '올해', value: { start: '2025-01-01', end: '2025-12-31', precision: 'year' } },
      { text: '31일 밤', value: { start: '2025-12-31', end: '2025-12-31', precision: 'day' } },
      { text: '1일 새벽 2시', value: { start: '2026-01-01', end: '2026-01-01', precision: 'day', time: '02:00' } },
    ],
  },
  {
    reference: '2024-02-29',
    text: '정부는 29일 집단 이탈한 전공의들에게 이날까지 병원에 복귀하라고 거듭 요청했다. 보건복지부는 다음 달 4일부터 미복귀자에 대한 면허정지 처분 절차에 들어간다고 밝혔다.',
    mentions: [
      { text: '29일', value: { start: '2024-02-29', end: '2024-02-29', precision: 'day' } },
      { text: '이날', value: { start: '2024-02-29', end: '2024-02-29', precision: 'day' } },
      { text: '다음 달 4일', value: { start: '2024-03-04', end: '2024-03-04', precision: 'day' } },
    ],
  },
  {
    reference: '2021-11-01',
    text: '정부는 1일부터 단계적 일상회복 1단계를 시행했다. 식당과 카페의 영업시간 제한이 풀렸다. 2단계 전환은 이르면 다음 달 13일께 이뤄질 전망이다.',
    mentions: [
      { text: '1일', value: { start: '2021-11-01', end: '2021-11-01', precision: 'day' } },
      { text: '다음 달 13일', value: { start: '2021-12-13', end: '2021-12-13', precision: 'day' } },
    ],
  },
  {
    reference: '2023-06-28',
    text: '나이를 셀 때 만 나이로 통일하는 개정 행정기본법과 민법이 28일부터 시행됐다. 법제처는 이날 0시를 기해 법령상 나이는 모두 만 나이로 해석된다고 설명했다.',
    mentions: [
      { text: '28일', value: { start: '2023-06-28', end: '2023-06-28', precision: 'day' } },
      { text: '이날 0시', value: { start: '2023-06-28', end: '2023-06-28', precision: 'day', time: '00:00' } },
    ],
  },
  {
    reference: '2019-12-20',
    text: '서울시는 연말연시를 맞아 31일 밤부터 1일 새벽까지 종로 일대 교통을 통제한다. 버스와 지하철은 1일 오전 2시까지 연장 운행된다.',
    mentions: [
      { text: '연말연시', value: { start: '2019-12-01', end: '2020-01-31', precision: 'month' } },
      { text: '31일 밤부터 1일 새벽까지', value: { start: '2019-12-31', end: '2020-01-01', precision: 'day' } },
      { text: '1일 오전 2시', value: { start: '2020-01-01', end: '2020-01-01', precision: 'day', time: '02:00' } },
    ],
  },
  {
    reference: '2020-12-14',
    text: '중앙방역대책본부는 14일 0시 기준 신규 확진자가 718명이라고 밝혔다. 전날(1030명)보다 300명 넘게 줄었지만 주말 검사 건수가 감소한 영향이 크다는 분석이다.',
    mentions: [
      { text: '14일 0시', value: { start: '2020-12-14', end: '2020-12-14', precision: 'day', time: '00:00' } },
      { text: '전날', value: { start: '2020-12-13', end: '2020-12-13', precision: 'day' } },
    ],
  },
  {
    reference: '2024-05-08',
    text: '어버이날인 8일 전국 경로당과 복지관 곳곳에서 효도 잔치가 열렸다. 지난 4∼6일 어린이날 연휴에는 비가 내려 나들이객이 크게 줄었다.',
    mentions: [
      { text: '8일', value: { start: '2024-05-08', end: '2024-05-08', precision: 'day' } },
      { text: '지난 4∼6일', value: { start: '2024-05-04', end: '2024-05-06', precision: 'day' } },
    ],
  },
  {
    reference: '2021-06-30',
    text: '올 상반기 국내 신차 판매량이 87만 대로 집계됐다. 반도체 수급난이 이어지면서 하반기에는 판매가 더 줄어들 수 있다는 우려가 나온다.',
    mentions: [
      { text: '올 상반기', value: { start: '2021-01-01', end: '2021-06-30', precision: 'half' } },
      { text: '하반기', value: { start: '2021-07-01', end: '2021-12-31', precision: 'half' } },
    ],
  },
  {
    reference: '2022-11-30',
    text: '화물연대가 지난 24일부터 총파업에 들어간 가운데 정부는 29일 시멘트 분야 운송 거부자들에게 업무개시명령을 내렸다. 명령을 받은 운송사업자는 다음 날 자정까지 업무에 복귀해야 한다.',
    mentions: [
      { text: '지난 24일', value: { start: '2022-11-24', end: '2022-11-24', precision: 'day' } },
      { text: '29일', value: { start: '2022-11-29', end: '2022-11-29', precision: 'day' } },
      { text: '다음 날 자정', value: { start: '2022-11-30', end: '2022-11-30', precision: 'day', time: '00:00' } },
    ],
  },
  {
    reference: '2023-01-20',
    text: '한국도로공사는 21일부터 24일까지 나흘간 고속도로 통행료를 면제한다고 20일 밝혔다. 귀성 행렬은 21일 오전, 귀경 행렬은 23일 오후에 가장 붐빌 것으로 예상된다.',
    mentions: [
      { text: '21일부터 24일까지', value: { start: '2023-01-21', end: '2023-01-24', precision: 'day' } },
      { text: '20일', value: { start: '2023-01-20', end: '2023-01-20', precision: 'day' } },
      { text: '21일 오전', value: { start: '2023-01-21', end: '2023-01-21', precision: 'day' } },
      { text: '23일 오후', value: { start: '2023-01-23', end: '2023-01-23', precision: 'day' } },
    ],
  },
  {
    reference: '2026-05-15',
    text: '15일 오후 3시 24분께 경북 경주시 남남서쪽 9㎞ 지역에서 규모 4.1의 지진이 발생했다. 기상청은 이번 지진이 올해 한반도에서 일어난 지진 가운데 가장 강하다고 밝혔다.',
    mentions: [
      { text: '15일 오후 3시 24분', value: { start: '2026-05-15', end: '2026-05-15', precision: 'day', time: '15:24' } },
      { text: '올해', value: { start: '2026-01-01', end: '2026-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2022-06-08',
    text: '누리호 2차 발사일이 오는 15일로 확정됐다. 발사 예비일은 16일부터 23일까지다. 한국항공우주연구원은 8일 이같이 밝혔다.',
    mentions: [
      { text: '오는 15일', value: { start: '2022-06-15', end: '2022-06-15', precision: 'day' } },
      { text: '16일부터 23일까지', value: { start: '2022-06-16', end: '2022-06-23', precision: 'day' } },
      { text: '8일', value: { start: '2022-06-08', end: '2022-06-08', precision: 'day' } },
    ],
  },
  {
    reference: '2023-03-31',
    text: '정부와 여당은 31일 2분기 전기·가스요금 인상 여부를 다음 주 중 결정하기로 했다. 당초 요금 조정안은 이날 발표될 예정이었다.',
    mentions: [
      { text: '31일', value: { start: '2023-03-31', end: '2023-03-31', precision: 'day' } },
      { text: '2분기', value: { start: '2023-04-01', end: '2023-06-30', precision: 'quarter' } },
      { text: '다음 주 중', value: { start: '2023-04-03', end: '2023-04-09', precision: 'week' } },
      { text: '이날', value: { start: '2023-03-31', end: '2023-03-31', precision: 'day' } },
    ],
  },
  {
    reference: '2023-05-26',
    text: '누리호가 25일 오후 6시 24분 전남 고흥 나로우주센터에서 발사됐다. 당초 24일 발사할 예정이었으나 통신 장비 이상으로 하루 연기됐다.',
    mentions: [
      { text: '25일 오후 6시 24분', value: { start: '2023-05-25', end: '2023-05-25', precision: 'day', time: '18:24' } },
      { text: '24일', value: { start: '2023-05-24', end: '2023-05-24', precision: 'day' } },
    ],
  },
  {
    reference: '2024-01-02',
    text: '정부는 2일 올해 경제성장률 전망치를 2.2%로 제시했다. 지난해 성장률은 1.4%로 추정됐다. 정부는 상반기에 재정의 65%를 집행하기로 했다.',
    mentions: [
      { text: '2일', value: { start: '2024-01-02', end: '2024-01-02', precision: 'day' } },
      { text: '올해', value: { start: '2024-01-01', end: '2024-12-31', precision: 'year' } },
      { text: '지난해', value: { start: '2023-01-01', end: '2023-12-31', precision: 'year' } },
      { text: '상반기', value: { start: '2024-01-01', end: '2024-06-30', precision: 'half' } },
    ],
  },
  {
    reference: '2019-11-29',
    text: '국내 최대 쇼핑 행사인 코리아세일페스타가 지난 1일부터 22일까지 열렸다. 행사 기간 참여 업체 매출은 지난해보다 30%가량 늘었다.',
    mentions: [
      { text: '지난 1일부터 22일까지', value: { start: '2019-11-01', end: '2019-11-22', precision: 'day' } },
      { text: '지난해', value: { start: '2018-01-01', end: '2018-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2022-04-18',
    text: '사회적 거리두기가 18일 0시부터 전면 해제됐다. 2020년 3월 22일 강도 높은 사회적 거리두기가 시작된 지 2년 1개월 만이다. 실내 마스크 착용 의무는 당분간 유지된다.',
    mentions: [
      { text: '18일 0시', value: { start: '2022-04-18', end: '2022-04-18', precision: 'day', time: '00:00' } },
      { text: '2020년 3월 22일', value: { start: '2020-03-22', end: '2020-03-22', precision: 'day' } },
    ],
  },
  {
    reference: '2019-03-11',
    text: '서울 등 수도권에 지난 1일부터 7일까지 일주일 연속 미세먼지 비상저감조치가 내려졌다. 정부는 이달 중 미세먼지 추가경정예산 편성 여부를 결정할 계획이다.',
    mentions: [
      { text: '지난 1일부터 7일까지', value: { start: '2019-03-01', end: '2019-03-07', precision: 'day' } },
      { text: '이달 중', value: { start: '2019-03-01', end: '2019-03-31', precision: 'month' } },
    ],
  },
  {
    reference: '2027-09-14',
    text: '정부는 14일 국무회의를 열고 내년도 예산안을 의결했다. 예산안은 이달 말 국회에 제출되며, 국회는 12월 2일까지 처리해야 한다.',
    mentions: [
      { text: '14일', value: { start: '2027-09-14', end: '2027-09-14', precision: 'day' } },
      { text: '내년도', value: { start: '2028-01-01', end: '2028-12-31', precision: 'year' } },
      { text: '이달 말', value: { start: '2027-09-21', end: '2027-09-30', precision: 'month' } },
      { text: '12월 2일', value: { start: '2027-12-02', end: '2027-12-02', precision: 'day' } },
    ],
  },
  {
    reference: '2020-06-25',
    text: '6·25전쟁 70주년 기념식이 25일 오후 8시 서울공항에서 열린다. 1950년 6월 25일 새벽 북한군의 기습 남침으로 시작된 전쟁은 3년 1개월 동안 이어졌다.',
    mentions: [
      { text: '25일 오후 8시', value: { start: '2020-06-25', end: '2020-06-25', precision: 'day', time: '20:00' } },
      { text: '1950년 6월 25일 새벽', value: { start: '1950-06-25', end: '1950-06-25', precision: 'day' } },
    ],
  },
  {
    reference: '2022-10-31',
    text: '29일 밤 서울 용산구 이태원동 일대에서 대규모 압사 사고가 발생했다. 정부는 30일 국가애도기간을 선포했다. 애도기간은 다음 달 5일까지다.',
    mentions: [
      { text: '29일 밤', value: { start: '2022-10-29', end: '2022-10-29', precision: 'day' } },
      { text: '30일', value: { start: '2022-10-30', end: '2022-10-30', precision: 'day' } },
      { text: '다음 달 5일', value: { start: '2022-11-05', end: '2022-11-05', precision: 'day' } },
    ],
  },
  {
    reference: '2025-07-21',
    text: '지난 16∼20일 쏟아진 극한호우로 전국에서 20명 넘게 숨졌다. 정부는 21일 경남 산청군 등 6개 시군을 특별재난지역으로 우선 선포했다.',
    mentions: [
      { text: '지난 16∼20일', value: { start: '2025-07-16', end: '2025-07-20', precision: 'day' } },
      { text: '21일', value: { start: '2025-07-21', end: '2025-07-21', precision: 'day' } },
    ],
  },
  {
    reference: '2024-06-24',
    text: '경기 화성시 리튬 배터리 제조 공장에서 24일 오전 10시 31분께 화재가 발생했다. 소방당국은 오후 3시 10분께 큰 불길을 잡았다.',
    mentions: [
      { text: '24일 오전 10시 31분', value: { start: '2024-06-24', end: '2024-06-24', precision: 'day', time: '10:31' } },
      { text: '오후 3시 10분', value: { start: '2024-06-24', end: '2024-06-24', precision: 'day', time: '15:10' } },
    ],
  },
  {
    reference: '2024-03-29',
    text: '서울 시내버스 노조가 28일 새벽 4시부터 12년 만에 총파업에 들어갔다. 노사는 같은 날 오후 3시께 임금 4.48% 인상에 합의했고, 버스는 곧바로 정상 운행에 들어갔다.',
    mentions: [
      { text: '28일 새벽 4시', value: { start: '2024-03-28', end: '2024-03-28', precision: 'day', time: '04:00' } },
      { text: '같은 날 오후 3시', value: { start: '2024-03-28', end: '2024-03-28', precision: 'day', time: '15:00' } },
    ],
  },
  {
    reference: '2023-08-03',
    text: '잼버리 대회 참가자 가운데 온열질환자가 잇따르자 정부는 3일 오후 긴급 대책회의를 열었다. 대회는 오는 12일까지 이어진다.',
    mentions: [
      { text: '3일 오후', value: { start: '2023-08-03', end: '2023-08-03', precision: 'day' } },
      { text: '오는 12일', value: { start: '2023-08-12', end: '2023-08-12', precision: 'day' } },
    ],
  },
  {
    reference: '2026-07-06',
    text: '기상청은 이번 주 내내 전국에 무더위가 이어지겠다고 6일 예보했다. 지난달 전국 평균기온은 23.4도로 1973년 관측 이래 가장 높았다.',
    mentions: [
      { text: '이번 주', value: { start: '2026-07-06', end: '2026-07-12', precision: 'week' } },
      { text: '6일', value: { start: '2026-07-06', end: '2026-07-06', precision: 'day' } },
      { text: '지난달', value: { start: '2026-06-01', end: '2026-06-30', precision: 'month' } },
      { text: '1973년', value: { start: '1973-01-01', end: '1973-12-31', precision: 'year' } },
    ],
  },
  {
    reference: '2027-04-20',
    text: '서울시는 오는 5월 1일부터 시내버스 기본요금을 1500원에서 1650원으로 올린다고 20일 밝혔다. 버스 요금이 오르는 것은 2023년 8월 이후 3년 8개월 만이다.',
    mentions: [
      { text: '오는 5월 1일', value: { start: '2027-05-01', end: '2027-05-01', precision: 'day' } },
      { text: '20일', value: { start: '2027-04-20', end: '2027-04-20', precision: 'day' } },
      { text: '2023년 8월', value: { start: '2023-08-01', end: '2023-08-31', precision: 'month' } },
    ],
  },
  {
    reference: '2019-05-10',
    text: '문재인 대통령은 취임 2주년을 맞은 9일 밤 KBS와 특집 대담을 가졌다. 청와대는 다음 주 중 후속 조치를 발표할 예정이다.',
    mentions: [
      { text: '9일 밤', value: { start: '2019-05-09', end: '2019-05-09', precision: 'day' } },
      { text: '다음 주 중', value: { start: '2019-05-13', end: '2019-05-19', precision: 'week' } },
    ],
  },
  {
    reference: '2021-12-27',
    text: '정부는 18일부터 시행한 특별방역대책을 다음 달 16일까지 3주 연장한다고 31일 발표할 예정이다.',
    mentions: [
      { text: '18일', value: { start: '2021-12-18', end: '2021-12-18', precision: 'day' } },
      { text: '다음 달 16일', value: { start: '2022-01-16', end: '2022-01-16', precision: 'day' } },
      { text: '31일', value: { start: '2021-12-31', end: '2021-12-31', precision: 'day' } },
    ],
  },
  {
    reference: '2025-04-14',
    text: '벚꽃이 예년보다 일주일가량 늦게 핀 서울 여의도 윤중로에 12, 13일 30만 명이 넘는 상춘객이 몰렸다. 영등포구는 봄꽃축제를 이달 18일까지 연장했다.',
    mentions: [
      { text: '12, 13일', value: { start: '2025-04-12', end: '2025-04-13', precision: 'day' } },
      { text: '이달 18일', value: { start: '2025-04-18', end: '2025-04-18', precision: 'day' } },
    ],
  },
  {
    reference: '2020-10-15',
    text: '한국은행은 올해 경제성장률 전망치를 -1.3%로 유지했다. 한은은 내년 상반기 중 코로나19 백신이 보급되면 성장률이 3%대로 회복할 것으로 봤다.',
    mentions: [
      { text: '올해', value: { start: '2020-01-01', end: '2020-12-31', precision: 'year' } },
      { text: '내년 상반기 중', value: { start: '2021-01-01', end: '2021-06-30', precision: 'half' } },
    ],
  },
  {
    reference: '2022-05-11',
    text: '윤석열 대통령은 11일 용산 대통령실로 첫 출근해 수석비서관회의를 주재했다. 전날 국회에서 열린 취임식에는 4만여 명이 참석했다.',
    mentions: [
      { text: '11일', value: { start: '2022-05-11', end: '2022-05-11', precision: 'day' } },
      { text: '전날', value: { start: '2022-05-10', end: '2022-05-10', precision: 'day' } },
    ],
  },
];
