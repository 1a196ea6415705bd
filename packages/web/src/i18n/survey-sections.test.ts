import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { loaders } from './namespaces';
import { SURVEY_SECTIONS, sectionsOf } from './survey-sections';

describe('the parts of the translation files the survey page keeps', () => {
  for (const language of LANGUAGES) {
    it(`each exists, with strings in it, in ${language}`, async () => {
      for (const [namespace, sections] of Object.entries(SURVEY_SECTIONS)) {
        const load = loaders[language][namespace];
        expect(load, namespace).toBeDefined();
        const file = (await load!()).default;
        for (const section of sections) {
          const kept = JSON.stringify(sectionsOf(file, [section]));
          expect(kept, `${namespace}:${section}`).toMatch(/":"/);
        }
      }
    });
  }

  it('keeps the parts named, nested as they were, and nothing else', () => {
    const file = { a: { b: { c: 'x', d: 'y' }, e: 'z' }, f: 'w', g: { h: 'v' } };
    expect(sectionsOf(file, ['a.b.c', 'g', 'missing.part'])).toEqual({ a: { b: { c: 'x' } }, g: { h: 'v' } });
  });
});
