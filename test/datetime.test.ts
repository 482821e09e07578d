import { describe, expect, it } from 'vitest';
import { findLabelledDates, findPostDate, readDateTime } from '../src/dates/datetime.js';

const iso = (text: string): string | undefined => {
  const reading = readDateTime(text);
  return reading && 'iso' in reading ? reading.iso : undefined;
};

describe('readDateTime', () => {
  it.each([
    ['2023-08-03T10:12:00+09:00', '2023-08-03T10:12:00+09:00'],
    ['2023-08-03T01:12:00Z', '2023-08-03T10:12:00+09:00'],
    ['2023-08-03T01:12:00.165Z', '2023-08-03T10:12:00+09:00'],
    ['2023-08-02T20:12:00-05:00', '2023-08-03T10:12:00+09:00'],
    ['2023-08-03T10:12:00+0900', '2023-08-03T10:12:00+09:00'],
    ['2023-08-03 10:12:00', '2023-08-03T10:12:00+09:00'],
    ['2023-08-03', '2023-08-03'],
    ['2023-12-31T20:00:00Z', '2024-01-01T05:00:00+09:00'],
    ['Thu, 03 Aug 2023 01:12:00 GMT', '2023-08-03T10:12:00+09:00'],
    ['2023.08.03 10:12', '2023-08-03T10:12:00+09:00'],
    ['2023-08-03 오후 3:21', '2023-08-03T15:21:00+09:00'],
    ['2023. 8. 3. 오후 3:21', '2023-08-03T15:21:00+09:00'],
    ['2023.09.07. 오후 12:22', '2023-09-07T12:22:00+09:00'],
    ['2023.09.07. 오전 12:05', '2023-09-07T00:05:00+09:00'],
    ['2023년 8월 3일 15시 21분', '2023-08-03T15:21:00+09:00'],
    ['2023년 08월 03일 (목) 오전 9시', '2023-08-03T09:00:00+09:00'],
    ['23.08.03', '2023-08-03'],
    ['23-08-03 14:05', '2023-08-03T14:05:00+09:00'],
    ['2023/08/03 10:12:31', '2023-08-03T10:12:31+09:00'],
    ['2023.08.03 10:12 PM', '2023-08-03T22:12:00+09:00'],
  ])('%s → %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('calls impossible dates invalid', () => {
    expect(readDateTime('2023-02-30')).toHaveProperty('invalid');
    expect(readDateTime('2023.13.01 10:00')).toHaveProperty('invalid');
    expect(readDateTime('2023-08-03 25:10')).toHaveProperty('invalid');
  });

  it('finds nothing in text without a date', () => {
    expect(readDateTime('조회 1,234')).toBeUndefined();
    expect(readDateTime('')).toBeUndefined();
  });
});

describe('findLabelledDates', () => {
  it('reads 입력 and 수정 on one line', () => {
    const found = findLabelledDates('입력 2023.08.03 10:12 | 수정 2023.08.04 09:00');
    expect(found.map((d) => [d.field, 'iso' in d.reading ? d.reading.iso : d.reading.invalid])).toEqual([
      ['published', '2023-08-03T10:12:00+09:00'],
      ['modified', '2023-08-04T09:00:00+09:00'],
    ]);
  });

  it.each([
    ['기사입력 : 2023-08-03 오후 3:21', 'published', '2023-08-03T15:21:00+09:00'],
    ['승인 2023.08.03 10:12', 'published', '2023-08-03T10:12:00+09:00'],
    ['등록 2023.08.03 10:12', 'published', '2023-08-03T10:12:00+09:00'],
    ['최종수정 2023.08.03. 오후 5:18', 'modified', '2023-08-03T17:18:00+09:00'],
    ['송고시간 2023-04-18 15:04:06', 'published', '2023-04-18T15:04:06+09:00'],
    ['업데이트 2023.08.03 오전 12:00', 'modified', '2023-08-03T00:00:00+09:00'],
  ])('%s', (line, field, expected) => {
    const [found] = findLabelledDates(line);
    expect(found?.field).toBe(field);
    expect(found && 'iso' in found.reading ? found.reading.iso : undefined).toBe(expected);
  });

  it('ignores a label that is not followed by a date', () => {
    expect(findLabelledDates('입력하신 내용이 없습니다')).toEqual([]);
  });
});

describe('findPostDate', () => {
  it.each([
    ['일반 | 2023-09-07 13:18 | 조회 : 92', '2023-09-07T13:18:00+09:00'],
    ['2023.09.07 13:18 조회수 1,204', '2023-09-07T13:18:00+09:00'],
    ['Hit 35 | 23-09-07 오후 1:18', '2023-09-07T13:18:00+09:00'],
  ])('reads the post date beside a view counter: %s', (line, expected) => {
    expect(findPostDate(line)).toEqual({ iso: expected });
  });

  it.each([
    ['2023-09-07 13:18', 'no view counter'],
    ['조회 92 | 2023.09.07', 'a day without a time'],
    ['2023.09.06 10:00 ~ 2023.09.07 13:18 조회 5', 'two dates'],
  ])('reads nothing from %s (%s)', (line) => {
    expect(findPostDate(line)).toBeUndefined();
  });
});
