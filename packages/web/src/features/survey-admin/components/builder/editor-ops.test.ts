import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { describe, expect, it } from 'vitest';
import { type EditorDefinition, fromEditor, toEditor } from './editor-model';
import {
  addQuestion,
  addSection,
  canMoveQuestion,
  conditionSources,
  duplicateQuestion,
  moveQuestion,
  setOptionLabel,
  setOptionValue,
  setQuestionKey,
  setQuestionText,
  setScaleRange,
  setSectionTitle,
} from './editor-ops';

const t = (id: string, en = '') => ({ id, en });

function sample(): EditorDefinition {
  return toEditor(
    InstrumentDefinition.parse({
      kind: 'custom',
      title: t('Survei uji'),
      sections: [
        {
          key: 'satu',
          title: t('Satu'),
          questions: [
            {
              key: 'pernah',
              type: 'single',
              text: t('Pernah ikut pelatihan?'),
              options: [
                { value: 'ya', label: t('Ya') },
                { value: 'tidak', label: t('Tidak') },
              ],
            },
            {
              key: 'alasan',
              type: 'text',
              text: t('Mengapa?'),
              showIf: { question: 'pernah', anyOf: ['ya'] },
            },
          ],
        },
        {
          key: 'dua',
          title: t('Dua'),
          questions: [{ key: 'puas', type: 'likert', text: t('Puas?'), scale: { min: 1, max: 4 } }],
        },
      ],
    }),
  );
}

const keysOf = (definition: EditorDefinition) =>
  definition.sections.map((s) => s.questions.map((q) => q.key));
const uidOf = (definition: EditorDefinition, key: string) =>
  definition.sections.flatMap((s) => s.questions).find((q) => q.key === key)?.uid ?? '';

describe('adding', () => {
  it('adds a question with a free key that then follows its Indonesian text', () => {
    const { definition, uid } = addQuestion(sample(), 1, 'single');
    expect(keysOf(definition)[1]).toEqual(['puas', 'pertanyaan']);
    const typed = setQuestionText(definition, uid, 'Apakah Anda puas?');
    expect(keysOf(typed)[1]).toEqual(['puas', 'apakah_anda_puas']);
  });

  it('starts a new choice question with two options to fill in, which fail validation until filled', () => {
    const { definition } = addQuestion(sample(), 0, 'multiple');
    const added = definition.sections[0]?.questions[2];
    expect(added?.options).toHaveLength(2);
    expect(InstrumentDefinition.safeParse(fromEditor(definition)).success).toBe(false);
  });

  it('names a new section after its title until the key is typed', () => {
    const withSection = addSection(sample());
    expect(withSection.sections[2]?.key).toBe('bagian');
    expect(setSectionTitle(withSection, 2, 'Data Responden').sections[2]?.key).toBe('data_responden');
  });
});

describe('keys and conditions', () => {
  it('keeps an existing question’s key when its text changes', () => {
    const definition = sample();
    expect(keysOf(setQuestionText(definition, uidOf(definition, 'pernah'), 'Sudah pernah?'))[0]?.[0]).toBe(
      'pernah',
    );
  });

  it('points conditions at a question’s new key', () => {
    const definition = sample();
    const renamed = setQuestionKey(definition, uidOf(definition, 'pernah'), 'pernah_ikut', false);
    expect(renamed.sections[0]?.questions[1]?.showIf).toEqual({ question: 'pernah_ikut', anyOf: ['ya'] });
  });

  it('points conditions at an option’s new value', () => {
    const definition = sample();
    const question = definition.sections[0]?.questions[0];
    const option = question?.options[0];
    if (!question || !option) throw new Error('no option');
    const renamed = setOptionValue(definition, question.uid, option.uid, 'iya', false);
    expect(renamed.sections[0]?.questions[1]?.showIf?.anyOf).toEqual(['iya']);
  });

  it('derives a new option’s value from its label', () => {
    const { definition, uid } = addQuestion(sample(), 0, 'single');
    const option = definition.sections[0]?.questions[2]?.options[1];
    if (!option) throw new Error('no option');
    const labelled = setOptionLabel(definition, uid, option.uid, 'Sangat sering');
    expect(labelled.sections[0]?.questions[2]?.options[1]?.value).toBe('sangat_sering');
  });

  it('offers the earlier choice and Likert questions, with their answers', () => {
    const { definition, uid } = addQuestion(sample(), 1, 'text');
    const sources = conditionSources(definition, uid, 'id');
    expect(sources.map((s) => s.key)).toEqual(['pernah', 'puas']);
    expect(sources[0]?.values).toEqual([
      { value: 'ya', label: 'Ya' },
      { value: 'tidak', label: 'Tidak' },
    ]);
    expect(sources[1]?.values.map((v) => v.value)).toEqual(['1', '2', '3', '4']);
    expect(conditionSources(definition, uidOf(definition, 'pernah'), 'id')).toEqual([]);
  });
});

describe('moving and duplicating', () => {
  it('moves a question within its section', () => {
    const moved = moveQuestion(sample(), { section: 0, question: 0 }, 1);
    expect(moved && keysOf(moved.definition)[0]).toEqual(['alasan', 'pernah']);
    expect(moved?.to).toEqual({ section: 0, question: 1 });
  });

  it('moves a question past the end of its section into the next one, and back', () => {
    const down = moveQuestion(sample(), { section: 0, question: 1 }, 1);
    expect(down && keysOf(down.definition)).toEqual([['pernah'], ['alasan', 'puas']]);
    const up = down && moveQuestion(down.definition, down.to, -1);
    expect(up && keysOf(up.definition)).toEqual([['pernah', 'alasan'], ['puas']]);
  });

  it('cannot move the first question up or the last one down', () => {
    expect(canMoveQuestion(sample(), { section: 0, question: 0 }, -1)).toBe(false);
    expect(canMoveQuestion(sample(), { section: 1, question: 0 }, 1)).toBe(false);
    expect(moveQuestion(sample(), { section: 1, question: 0 }, 1)).toBeNull();
  });

  it('duplicates a question right after it, under a free key', () => {
    const { definition, uid } = duplicateQuestion(sample(), { section: 0, question: 0 });
    expect(keysOf(definition)[0]).toEqual(['pernah', 'pernah_2', 'alasan']);
    const copy = definition.sections[0]?.questions[1];
    expect(copy?.uid).toBe(uid);
    expect(copy?.options[0]?.uid).not.toBe(definition.sections[0]?.questions[0]?.options[0]?.uid);
  });
});

describe('setScaleRange', () => {
  it('keeps the labels of the points that remain', () => {
    const question = toEditor(
      InstrumentDefinition.parse({
        kind: 'custom',
        title: t('x'),
        sections: [
          {
            key: 's',
            title: t('s'),
            questions: [
              {
                key: 'q',
                type: 'likert',
                text: t('q'),
                scale: { min: 1, max: 3, labels: [t('Buruk'), t('Cukup'), t('Baik')] },
              },
            ],
          },
        ],
      }),
    ).sections[0]?.questions[0];
    if (!question) throw new Error('no question');
    expect(setScaleRange(question, 1, 4).scale.labels.map((l) => l.id)).toEqual([
      'Buruk',
      'Cukup',
      'Baik',
      '',
    ]);
    expect(setScaleRange(question, 2, 3).scale.labels.map((l) => l.id)).toEqual(['Cukup', 'Baik']);
  });
});
