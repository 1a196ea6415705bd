import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { describe, expect, it } from 'vitest';
import { issuesByPath, questionAt } from './definition-issues';

const t = (id: string, en = '') => ({ id, en });
const messagesOf = (definition: unknown) => {
  const result = InstrumentDefinition.safeParse(definition);
  if (result.success) return new Map();
  return issuesByPath(result.error.issues);
};
const withQuestions = (questions: unknown[]) => ({
  kind: 'custom',
  title: t('Survei'),
  sections: [{ key: 'satu', title: t('Satu'), questions }],
});
const single = (key: string) => ({
  key,
  type: 'single',
  text: t('Pilih'),
  options: [
    { value: 'a', label: t('A') },
    { value: 'b', label: t('B') },
  ],
});

describe('issuesByPath', () => {
  it('asks for a missing Indonesian text and a valid key', () => {
    const messages = messagesOf(withQuestions([{ ...single('Bad Key'), text: t('') }]));
    expect(messages.get('sections.0.questions.0.text.id')).toEqual({ key: 'required', params: {} });
    expect(messages.get('sections.0.questions.0.key')).toEqual({ key: 'keyFormat', params: {} });
  });

  it('names a key used twice and an empty section', () => {
    const messages = messagesOf({
      ...withQuestions([single('sama'), single('sama')]),
      sections: [
        { key: 'satu', title: t('Satu'), questions: [single('sama'), single('sama')] },
        { key: 'dua', title: t('Dua'), questions: [] },
      ],
    });
    expect(messages.get('sections.0.questions.1.key')?.key).toBe('keyDuplicate');
    expect(messages.get('sections.1.questions')?.key).toBe('sectionEmpty');
  });

  it('names too few options with the minimum', () => {
    const messages = messagesOf(
      withQuestions([{ ...single('q'), options: [{ value: 'a', label: t('A') }] }]),
    );
    expect(messages.get('sections.0.questions.0.options')).toEqual({
      key: 'optionsTooFew',
      params: { min: 2 },
    });
  });

  it('explains conditions on a later question or on an answer the question does not have', () => {
    const messages = messagesOf(
      withQuestions([
        { key: 'awal', type: 'text', text: t('Awal'), showIf: { question: 'pilih', anyOf: ['a'] } },
        single('pilih'),
        { key: 'lanjut', type: 'text', text: t('Lanjut'), showIf: { question: 'pilih', anyOf: ['z'] } },
        { key: 'kosong', type: 'text', text: t('Kosong'), showIf: { question: 'pilih', anyOf: [] } },
      ]),
    );
    expect(messages.get('sections.0.questions.0.showIf.question')?.key).toBe('showIfTarget');
    expect(messages.get('sections.0.questions.2.showIf.anyOf')?.key).toBe('showIfValue');
    expect(messages.get('sections.0.questions.3.showIf.anyOf')?.key).toBe('showIfValuesRequired');
  });

  it('asks for one label per point of a scale, and one question per SKM element', () => {
    const likert = (key: string, labels: unknown[]) => ({
      key,
      type: 'likert',
      text: t('Nilai'),
      skmElement: 'U1',
      scale: { min: 1, max: 4, labels },
    });
    const messages = messagesOf(withQuestions([likert('satu', [t('Buruk')]), likert('dua', [])]));
    expect(messages.get('sections.0.questions.0.scale.labels')?.key).toBe('labelsPerPoint');
    expect(messages.get('sections.0.questions.1.skmElement')?.key).toBe('skmElementTwice');
  });

  it('flags limits that contradict each other', () => {
    const messages = messagesOf(
      withQuestions([
        { key: 'umur', type: 'number', text: t('Umur'), min: 60, max: 18 },
        { ...single('banyak'), type: 'multiple', maxChoices: 5 },
      ]),
    );
    expect(messages.get('sections.0.questions.0.min')?.key).toBe('minAboveMax');
    expect(messages.get('sections.0.questions.1.maxChoices')?.key).toBe('maxChoicesTooMany');
  });
});

describe('questionAt', () => {
  it('finds the question a path lies in', () => {
    expect(questionAt('sections.1.questions.3.options.0.label.id')).toEqual({ section: 1, question: 3 });
    expect(questionAt('sections.1.questions.3')).toEqual({ section: 1, question: 3 });
    expect(questionAt('sections.1.title.id')).toBeNull();
  });
});
