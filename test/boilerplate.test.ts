import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES, matchBoilerplate } from '../src/dedupe/boilerplate.js';

describe('boilerplate rule table', () => {
  it('has unique names and sane limits', () => {
    const names = BOILERPLATE_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of BOILERPLATE_RULES) {
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.maxLength).toBeGreaterThan(0);
      expect(rule.pattern.global || rule.pattern.sticky, `${rule.name} must be stateless`).toBe(false);
      expect(rule.pattern.test(''), `${rule.name} matches an empty block`).toBe(false);
    }
  });

  it.each([
    ['저작권자 © 우리동네신문 무단전재 및 재배포 금지', 'copyright'],
    ['<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>', 'copyright'],
    ['Copyright ⓒ 헤럴드경제. All rights reserved.', 'copyright'],
    ['홍길동 기자 gildong@example.com', 'reporter-email'],
    ['◎공감언론 뉴시스 hong@example.com', 'email-sign-off'],
    ['홍길동 기자', 'byline'],
    ['/한지우 기자', 'byline'],
    ['[스포츠서울 | 이지훈 기자]', 'byline'],
    ['▶ 관련기사 보기', 'related-link'],
    ['☞ 지금 구독하면 선물을 드립니다', 'promotion'],
    ['[사진=연합뉴스]', 'photo-credit'],
    ['(세종=뉴스1)', 'wire-credit'],
    ['(끝)', 'end-mark'],
    ['[앵커]', 'speaker-cue'],
    ['(영상취재 : 박동현, 영상편집 : 오세린)', 'production-credit'],
    ['#짠테크 #오픈채팅', 'hashtags'],
    ['※ 이 기사는 지역신문발전기금을 지원받았습니다.', 'notice'],
    ['제보는 카카오톡 okjebo', 'tip-off'],
  ])('%s is %s', (block, name) => {
    expect(matchBoilerplate(block)).toBe(name);
  });

  it.each([
    '메타가 7월 6일에 새 사회관계망서비스(SNS) 스레드를 출시했다.',
    '한국기자협회는 이해찬 대표에게 사과를 촉구했다.',
    '저작권 분쟁이 이어지자 법원은 무단전재를 금지한 계약이 유효하다고 판단했고, 양측은 항소할 뜻을 밝혔다. 업계는 이번 판결이 저작권 보호의 기준이 될 것으로 내다봤다. 출판사들은 새 계약서를 만들기로 했다.',
  ])('leaves article text alone: %s', (block) => {
    expect(matchBoilerplate(block)).toBeUndefined();
  });
});
