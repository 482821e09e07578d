import { describe, expect, it } from 'vitest';
import { SELECTOR_FIELDS, SITE_FAMILIES } from '../src/sites/index.js';
import { compileSelector } from '../src/helpers/dom.js';

describe('site rule tables', () => {
  it('have unique names', () => {
    const names = SITE_FAMILIES.map((family) => family.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('claim no host twice', () => {
    const seen = new Map<string, string>();
    for (const family of SITE_FAMILIES) {
      for (const host of family.detect.hosts ?? []) {
        expect(host, `${family.name}: host ${host}`).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
        expect(seen.get(host), `${host} is claimed by ${seen.get(host)} and ${family.name}`).toBeUndefined();
        seen.set(host, family.name);
      }
    }
  });

  describe.each(SITE_FAMILIES.map((family) => [family.name, family] as const))('%s', (_, family) => {
    it('says where its rules come from and how it is recognised', () => {
      expect(family.source.trim().length).toBeGreaterThan(10);
      const { hosts = [], markers = [], generator } = family.detect;
      expect(hosts.length + markers.length + (generator ? 1 : 0)).toBeGreaterThan(0);
    });

    it('has selectors that parse, with no duplicates in a list', () => {
      for (const field of [...SELECTOR_FIELDS, 'markers'] as const) {
        const selectors = field === 'markers' ? family.detect.markers : family[field];
        if (!selectors) continue;
        expect(selectors.length, `${family.name}.${field} is empty`).toBeGreaterThan(0);
        expect(new Set(selectors).size, `${family.name}.${field} has a duplicate`).toBe(selectors.length);
        for (const selector of selectors) {
          expect(selector.trim(), `${family.name}.${field}`).toBe(selector);
          expect(() => compileSelector(selector), `${family.name}.${field}: ${selector}`).not.toThrow();
        }
      }
    });
  });
});
