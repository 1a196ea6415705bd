import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { validateAnswers } from '@jenjang/domain/surveys/survey-response.rules';
import { describe, expect, it } from 'vitest';
import {
  changedPaths,
  clearErrors,
  FORM_ERROR,
  issuesToErrors,
  keepShownAnswers,
  questionsWithErrors,
  scalePoints,
  serverErrorsToMap,
  shownQuestionKeys,
  withAbilityNeed,
  withAnswer,
  withRating,
} from './questionnaire-rules';

const text = (id: string, en = '') => ({ id, en });
const scale = {
  min: 1,
  max: 3,
  labels: [text('Buruk', 'Poor'), text('Cukup', 'Fair'), text('Baik', 'Good')],
};

const definition = InstrumentDefinition.parse({
  kind: 'custom',
  title: text('Uji'),
  sections: [
    {
      key: 'main',
      title: text('Utama'),
      questions: [
        { key: 'rating', type: 'likert', text: text('Penilaian', 'Rating'), scale },
        {
          key: 'why',
          type: 'text',
          text: text('Mengapa buruk?', 'Why poor?'),
          showIf: { question: 'rating', anyOf: [1] },
        },
        {
          key: 'channel',
          type: 'single',
          text: text('Saluran'),
          required: false,
          showIf: { question: 'rating', anyOf: [1, 2] },
          options: [
            { value: 'web', label: text('Situs') },
            { value: 'desk', label: text('Loket') },
          ],
        },
        {
          key: 'desk_detail',
          type: 'text',
          text: text('Loket mana?'),
          required: false,
          showIf: { question: 'channel', anyOf: ['desk'] },
        },
        {
          key: 'grid',
          type: 'matrix',
          text: text('Matriks', 'Matrix'),
          statements: [
            { key: 'a', text: text('A') },
            { key: 'b', text: text('B') },
          ],
          scale,
        },
        {
          key: 'gap',
          type: 'abilityNeed',
          text: text('Kesenjangan'),
          statements: [{ key: 'x', text: text('X') }],
          scale,
        },
      ],
    },
  ],
});

const translate = (key: string, params: Record<string, string | number>) =>
  `${key} ${JSON.stringify(params)}`;

describe('shown questions', () => {
  it('shows a conditional question only while its condition holds', () => {
    expect(shownQuestionKeys(definition, {}).has('why')).toBe(false);
    expect(shownQuestionKeys(definition, { rating: 1 }).has('why')).toBe(true);
    expect(shownQuestionKeys(definition, { rating: 3 }).has('why')).toBe(false);
  });

  it('hides a question whose condition rests on a question that is itself hidden', () => {
    // channel = desk would show desk_detail, but channel is hidden once the rating is 3.
    const shown = shownQuestionKeys(definition, { rating: 3, channel: 'desk' });
    expect(shown.has('channel')).toBe(false);
    expect(shown.has('desk_detail')).toBe(false);
  });
});

describe('keepShownAnswers', () => {
  it('drops the answers to questions an earlier answer now hides, down the chain', () => {
    const answers = { rating: 3, why: 'lambat', channel: 'desk', desk_detail: 'Loket 2' };
    expect(keepShownAnswers(definition, answers)).toEqual({ rating: 3 });
  });

  it('drops answers to questions the questionnaire does not have', () => {
    expect(keepShownAnswers(definition, { rating: 2, old_question: 'x' })).toEqual({ rating: 2 });
  });

  it('returns the very same object when every answer belongs to a shown question', () => {
    const answers = { rating: 1, why: 'lambat' };
    expect(keepShownAnswers(definition, answers)).toBe(answers);
  });
});

describe('changing answers', () => {
  it('sets an answer, and removes it when it becomes blank', () => {
    const set = withAnswer({}, 'why', 'lambat');
    expect(set).toEqual({ why: 'lambat' });
    expect(withAnswer(set, 'why', '')).toEqual({});
    expect(withAnswer({ many: ['a'] }, 'many', [])).toEqual({});
  });

  it('rates one statement of a matrix without touching the others', () => {
    const one = withRating({}, 'a', 2);
    expect(withRating(one, 'b', 3)).toEqual({ a: 2, b: 3 });
    expect(withRating(one, 'a', undefined)).toEqual({});
  });

  it('keeps both ratings of an ability-vs-need statement', () => {
    const ability = withAbilityNeed({ y: { ability: 1, need: 1 } }, 'x', 'ability', 2);
    expect(withAbilityNeed(ability, 'x', 'need', 3)).toEqual({
      x: { ability: 2, need: 3 },
      y: { ability: 1, need: 1 },
    });
  });
});

describe('scalePoints', () => {
  it('labels each point in the reader’s language, falling back to Indonesian', () => {
    expect(scalePoints(scale, 'en').map((p) => p.label)).toEqual(['Poor', 'Fair', 'Good']);
    const partly = { min: 0, max: 1, labels: [text('Tidak'), text('Ya', 'Yes')] };
    expect(scalePoints(partly, 'en')).toEqual([
      { value: 0, label: 'Tidak' },
      { value: 1, label: 'Yes' },
    ]);
  });

  it('gives numbers only for a scale without labels', () => {
    expect(scalePoints({ min: 0, max: 2, labels: [] }, 'id')).toEqual([
      { value: 0, label: null },
      { value: 1, label: null },
      { value: 2, label: null },
    ]);
  });
});

describe('issuesToErrors', () => {
  it('puts each domain issue under its question, naming the question in the reader’s language', () => {
    const check = validateAnswers(definition, { rating: 1 });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const errors = issuesToErrors(definition, check.issues, 'en', translate);
    expect(errors.why).toBe('domain:errors.survey.answer.required {"question":"Why poor?"}');
    expect(errors.grid).toBe('domain:errors.survey.answer.required {"question":"Matrix"}');
  });

  it('keeps statement issues under key.statement and repeats the first on the question', () => {
    const check = validateAnswers(definition, { rating: 2, grid: { a: 1 }, gap: { x: { ability: 9 } } });
    if (check.ok) throw new Error('expected issues');
    const errors = issuesToErrors(definition, check.issues, 'id', translate);
    expect(errors['grid.b']).toContain('missingStatement');
    expect(errors.grid).toBe(errors['grid.b']);
    expect(errors['grid.a']).toBeUndefined();
    // Both parts of the pair are wrong; the statement shows the first.
    expect(errors['gap.x']).toContain('outOfRange');
    expect(errors['gap.x']).toContain('"min":1');
  });

  it('keeps an issue of the whole response apart', () => {
    const errors = issuesToErrors(
      definition,
      [{ path: '', code: 'errors.survey.answer.notAnObject', params: {} }],
      'id',
      translate,
    );
    expect(errors[FORM_ERROR]).toContain('notAnObject');
  });
});

describe('serverErrorsToMap', () => {
  it('maps answers.<key> paths to their questions and the rest to the whole response', () => {
    const errors = serverErrorsToMap(definition, [
      { path: 'answers.rating', message: 'Penilaian wajib dijawab.' },
      { path: 'answers.gap.x.need', message: 'Harus antara 1 dan 3.' },
      { path: 'answers.nope', message: 'Tidak dikenal.' },
      { path: 'answers', message: 'Bukan objek.' },
    ]);
    expect(errors).toEqual({
      rating: 'Penilaian wajib dijawab.',
      'gap.x': 'Harus antara 1 dan 3.',
      gap: 'Harus antara 1 dan 3.',
      [FORM_ERROR]: 'Tidak dikenal.',
    });
  });
});

describe('questionsWithErrors', () => {
  it('lists the questions with errors in questionnaire order', () => {
    const errors = { gap: 'x', 'grid.a': 'y', rating: 'z' };
    expect(questionsWithErrors(definition, errors).map((q) => q.key)).toEqual(['rating', 'grid', 'gap']);
  });
});

describe('clearing errors as answers change', () => {
  it('finds the questions and matrix statements whose answers changed', () => {
    const before = { rating: 1, grid: { a: 1, b: 2 }, why: 'x' };
    const after = { rating: 2, grid: { a: 1, b: 3 } };
    expect(changedPaths(before, after).sort()).toEqual(['grid.b', 'rating', 'why']);
  });

  it('clears a changed question and its statements', () => {
    expect(clearErrors({ grid: 'm', 'grid.a': 'm', rating: 'r' }, ['grid'])).toEqual({ rating: 'r' });
  });

  it('clears a matrix question’s own error only once none of its statements has one', () => {
    const errors = { grid: 'm', 'grid.a': 'm', 'grid.b': 'm' };
    const once = clearErrors(errors, ['grid.a']);
    expect(once).toEqual({ grid: 'm', 'grid.b': 'm' });
    expect(clearErrors(once, ['grid.b'])).toEqual({});
  });

  it('returns the very same object when no error was affected', () => {
    const errors = { rating: 'r' };
    expect(clearErrors(errors, ['why'])).toBe(errors);
  });

  it('drops an error about the whole response at any change', () => {
    expect(clearErrors({ [FORM_ERROR]: 'x', rating: 'r' }, ['why'])).toEqual({ rating: 'r' });
  });
});
