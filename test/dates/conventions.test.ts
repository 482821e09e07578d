import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractEvents, findDates, parseArticle, parseArticleText, SinmunError } from '../../src/index.js';
import { splitSentences } from '../../src/events/sentences.js';

const REF = { referenceDate: '2023-08-03' }; // a Thursday
const one = (text: string, options = REF) => {
  const found = findDates(text, options);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

// The machine's zone must never change a result: every test here runs under three zones.
const ZONES = ['UTC', 'Asia/Seoul', 'America/Los_Angeles'] as const;
const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
});

describe.each(ZONES)('under TZ=%s', (zone) => {
  process.env.TZ = zone;

  it('resolves a month-day by tense', () => {
    process.env.TZ = zone;
    expect(one('메타가 7월 6일에 스레드를 출시했다.').date).toEqual({ start: '2023-07-06', end: '2023-07-06', precision: 'day' });
    expect(one('행사는 7월 6일에 열릴 예정이다.').date.start).toBe('2024-07-06');
    expect(one('회의는 8월 10일에 열린다.').date.start).toBe('2023-08-10');
    expect(one('1월 5일 개막했다.').date.start).toBe('2023-01-05');
    expect(one('1월 5일 개막할 계획이다.').date.start).toBe('2024-01-05');
  });

  it('crosses the year end', () => {
    process.env.TZ = zone;
    expect(one('12월 28일 발표했다.', { referenceDate: '2024-01-03' }).date.start).toBe('2023-12-28');
    expect(one('1월 2일 문을 연다.', { referenceDate: '2023-12-20' }).date.start).toBe('2024-01-02');
    expect(one('지난 30일 발표했다.', { referenceDate: '2024-03-02' }).date.start).toBe('2024-01-30');
    expect(one('어제 발표했다.', { referenceDate: '2024-01-01' }).date.start).toBe('2023-12-31');
    expect(one('내일 발표한다.', { referenceDate: '2024-02-28' }).date.start).toBe('2024-02-29');
  });

  it('reads relative words, weeks and months', () => {
    process.env.TZ = zone;
    expect(one('그저께 만났다.').date.start).toBe('2023-08-01');
    expect(one('모레 만난다.').date.start).toBe('2023-08-05');
    expect(one('지난주 발표했다.').date).toEqual({ start: '2023-07-24', end: '2023-07-30', precision: 'week' });
    expect(one('다음 주 화요일 발표한다.').date.start).toBe('2023-08-08');
    expect(one('지난 금요일 만났다.').date.start).toBe('2023-07-28');
    expect(one('지난달 늘었다.').date).toEqual({ start: '2023-07-01', end: '2023-07-31', precision: 'month' });
    expect(one('이달 말 발표한다.').date).toEqual({ start: '2023-08-21', end: '2023-08-31', precision: 'month' });
    expect(one('3개월 전 시작했다.').date).toEqual({ start: '2023-05-01', end: '2023-05-31', precision: 'month' });
    expect(one('사흘 뒤 발표한다.').date.start).toBe('2023-08-06');
    expect(one('보름 전 끝났다.').date.start).toBe('2023-07-19');
    expect(one('지난해 11월 출시됐다.').date).toEqual({ start: '2022-11-01', end: '2022-11-30', precision: 'month' });
    expect(one('지난 6월 줄었다.').date).toEqual({ start: '2023-06-01', end: '2023-06-30', precision: 'month' });
    expect(one('오는 9월 연다.').date.start).toBe('2023-09-01');
    expect(one('지난 8월 열렸다.').date.start).toBe('2022-08-01');
  });

  it('reads periods and ranges', () => {
    process.env.TZ = zone;
    expect(one('2023년 2분기에 늘었다.').date).toEqual({ start: '2023-04-01', end: '2023-06-30', precision: 'quarter' });
    expect(one('하반기에 출시한다.').date).toEqual({ start: '2023-07-01', end: '2023-12-31', precision: 'half' });
    expect(one('지난해 하반기 줄었다.').date.start).toBe('2022-07-01');
    expect(one('연말까지 마친다.').date).toEqual({ start: '2023-12-01', end: '2023-12-31', precision: 'month' });
    expect(one('7월 6~8일 열렸다.').date).toEqual({ start: '2023-07-06', end: '2023-07-08', precision: 'day' });
    expect(one('7월 6일부터 8일까지 열렸다.').date).toEqual({ start: '2023-07-06', end: '2023-07-08', precision: 'day' });
    expect(one('7월 말~8월 초 휴가를 떠났다.').date).toEqual({ start: '2023-07-21', end: '2023-08-10', precision: 'month' });
    expect(one('2023년 1~3월 늘었다.').date).toEqual({ start: '2023-01-01', end: '2023-03-31', precision: 'month' });
  });

  it('attaches clock times to their day', () => {
    process.env.TZ = zone;
    expect(one('3일 오후 3시 30분 열렸다.').date).toEqual({ start: '2023-08-03', end: '2023-08-03', precision: 'day', time: '15:30' });
    expect(one('4일 오전 12시 시작한다.').date.time).toBe('00:00');
    expect(one('4일 오후 12시 시작한다.').date.time).toBe('12:00');
    expect(one('2023-08-03 15:30 기준이다.').date.time).toBe('15:30');
    expect(one('3일(현지시간) 발표했다.').mention).toBe('3일(현지시간)');
  });

  it('reads absolute forms', () => {
    process.env.TZ = zone;
    for (const text of ['2023년 8월 3일', '2023.8.3', '2023-08-03', '23.08.03', '2023. 8. 3.']) {
      expect(findDates(`${text} 발표했다.`, {})[0]?.date.start, text).toBe('2023-08-03');
    }
    expect(one('2023년 8월 늘었다.').date.precision).toBe('month');
    expect(one('2023년 늘었다.').date).toEqual({ start: '2023-01-01', end: '2023-12-31', precision: 'year' });
  });
});

describe('not dates', () => {
  it.each([
    '3개월 동안 개발했다.', '7개월 만에 출시됐다.', '3일간 열렸다.', '지난 한 달 동안 벌어졌다.', '2년째 이어졌다.', '사흘 만에 돌아왔다.',
    '2천 명이 모였다.', '1위에 올랐다.', '10% 늘었다.', '5G 가입자가 늘었다.', '66번 언급했다.', '성장률은 3.5%였다.',
    '춘천에서 열렸다.', '일반 회원이다.', '일부가 반대했다.', '매일 운동한다.', '월급이 올랐다.',
    '전화 010-1234-5678로 문의하면 된다.', '버전 2.3.1이 나왔다.', '2023년 2월 30일에 열렸다.', '13월 5일에 열렸다.', '그제야 알았다.', '오늘날 우리는 바쁘다.',
  ])('%s', (text) => {
    expect(findDates(text, REF)).toEqual([]);
  });
});

describe('offsets and options', () => {
  it('slice back to the mention', () => {
    const text = '그는 "지난해 11월 이후 달라졌다"며 올해 3월 5일 오후 2시에 다시 만나자고 했다.';
    for (const m of findDates(text, REF)) expect(text.slice(m.start, m.end)).toBe(m.mention);
  });

  it('leaves out relative dates without a reference, keeping full dates', () => {
    expect(findDates('2023년 8월 3일과 어제 만났다.').map((m) => m.mention)).toEqual(['2023년 8월 3일']);
  });

  it('takes an ISO date-time reference in Korean time', () => {
    expect(one('오늘 발표했다.', { referenceDate: '2023-08-02T20:00:00Z' }).date.start).toBe('2023-08-03');
  });

  it('rejects bad arguments with typed errors', () => {
    expect(() => findDates(42 as never, REF)).toThrow(SinmunError);
    expect(() => findDates('오늘', { referenceDate: 'yesterday' })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() => parseArticle('<p>오늘</p>', { referenceDate: '2023-13-45' })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});

describe('sentences', () => {
  it('split at 다. but not in quotes or decimals', () => {
    const text = '성장률은 3.5%였다. 그는 "좋다. 아주 좋다"고 말했다.\n둘째 문단이다';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['성장률은 3.5%였다.', '그는 "좋다. 아주 좋다"고 말했다.', '둘째 문단이다']);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('events', () => {
  const seedText = readFileSync(new URL('../../fixtures/seed/text/source.txt', import.meta.url), 'utf8');
  const seedHtml = new Uint8Array(readFileSync(new URL('../../fixtures/seed/gnuboard/source.html', import.meta.url)));
  const expected = [
    ['2023-07-06', 'day', '메타'],
    ['2023-07-18', 'day', '메타'],
    ['2023-07-19', 'day', '블룸버그'],
    ['2023-07-24', 'day', '트위터'],
    ['2022-11-01', 'month', '오픈AI'],
    ['2023-06-01', 'month'],
  ];

  it.each([
    ['as text', parseArticleText(seedText, REF)],
    ['as HTML', parseArticle(seedHtml, REF)],
  ])('the seed page %s gives its six events once', (_, article) => {
    const got = article.events.map((e) => [e.date.start, e.date.precision, e.subject]);
    expect(got.map((g) => g.slice(0, 2))).toEqual(expected.map((e) => e.slice(0, 2)));
    for (let i = 0; i < 5; i++) expect(got[i]?.[2]).toBe(expected[i]?.[2]);
    for (const event of article.events) {
      expect(article.body.slice(event.sentenceStart, event.sentenceEnd)).toBe(event.sentence);
      expect(article.body.slice(event.start, event.end)).toBe(event.mention);
    }
  });

  it('are one per mention that dates a happening, not per qualifying date', () => {
    const events = extractEvents('메타는 7월 18일에 라마2를 공개했으며, 블룸버그는 7월 19일 기사를 보도했다. 2분기 실적 발표는 미뤄졌다.', REF);
    expect(events.map((e) => [e.mention, e.subject])).toEqual([
      ['7월 18일', '메타'],
      ['7월 19일', '블룸버그'],
    ]);
    // The qualified noun as the clause's subject: the period dates the clause.
    expect(extractEvents('2분기 영업이익이 20% 늘었다.', REF).map((e) => [e.mention, e.subject])).toEqual([['2분기', '영업이익']]);
  });

  it('take the actor, not a verb of figures in the attributive (웃도는, 밑도는)', () => {
    const events = extractEvents('가람식품이 올해 1분기 시장 기대를 웃도는 실적을 냈다. 청운케미칼은 2분기 전망치를 밑도는 매출을 지난달 발표했다.', REF);
    expect(events.map((e) => [e.mention, e.subject])).toEqual([
      ['올해 1분기', '가람식품'],
      ['지난달', '청운케미칼'],
    ]);
  });

  it('take whole noun phrases, surnames before titles included, and split reporting sentences', () => {
    const subjects = (text: string, referenceDate = '2023-08-07') =>
      extractEvents(text, { referenceDate }).map((e) => [e.mention, e.subject ?? null]);
    expect(subjects('장 대표가 7일 쇄신안을 제시했다.')).toEqual([['7일', '장 대표']]);
    expect(subjects('서울 지하철 요금이 오는 12일 150원 오른다.')).toEqual([['오는 12일', '서울 지하철 요금']]);
    expect(subjects('미국 항공우주국(NASA)은 지난 4일 탐사선을 쏘아 올렸다.')).toEqual([['지난 4일', '미국 항공우주국(NASA)']]);
    expect(subjects('청운전자는 2분기 영업이익이 30% 늘었다고 7일 공시했다.')).toEqual([['2분기', '영업이익'], ['7일', '청운전자']]);
  });

  it('keep a time-zone gloss in the mention, before or after the clock', () => {
    const texts = (text: string) => findDates(text, { referenceDate: '2023-08-05' }).map((m) => [m.mention, m.date.start, m.date.time ?? null]);
    expect(texts('바이든 대통령은 4일(이하 현지시간) 백악관에서 연설했다.')).toEqual([['4일(이하 현지시간)', '2023-08-04', null]]);
    expect(texts('회담은 4일 오후 2시(현지시간) 열렸다.')).toEqual([['4일 오후 2시(현지시간)', '2023-08-04', '14:00']]);
  });

  it('count 이날 and 전날 from the last day told in the paragraph, and from the day of the story in a new one', () => {
    const text = '경찰은 7일 압수수색을 벌였다고 밝혔다. 경찰은 지난달 24일 자료를 넘겨받았고 다음 날 분석에 들어갔다.\n전날에는 위령제가 열렸다.';
    expect(findDates(text, { referenceDate: '2023-09-07' }).map((m) => [m.mention, m.date.start])).toEqual([
      ['7일', '2023-09-07'],
      ['지난달 24일', '2023-08-24'],
      ['다음 날', '2023-08-25'],
      ['전날', '2023-09-06'],
    ]);
  });

  it('warn when the page has no reference date', () => {
    const article = parseArticleText('제목\n메타가 7월 6일에 출시했다.');
    expect(article.events).toEqual([]);
    expect(article.source.warnings.map((w) => w.code)).toContain('no-reference-date');
  });
});
