import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstrumentDefinition, type InstrumentDefinitionInput, type Question } from './instrument.contract';
import { questionsOf } from './instrument.rules';
import { type AnswerCheck, type AnswerValue, isShown, validateAnswers } from './survey-response.rules';

type QuestionInput = InstrumentDefinitionInput['sections'][number]['questions'][number];

const text = (id: string) => ({ id });
const options = (...values: string[]) => values.map((value) => ({ value, label: text(value) }));
const statements = (...keys: string[]) => keys.map((key) => ({ key, text: text(key) }));

/** A parsed one-section instrument holding `questions`. */
const instrument = (...questions: QuestionInput[]) =>
  InstrumentDefinition.parse({
    kind: 'custom',
    title: text('Survei'),
    sections: [{ key: 'main', title: text('Bagian'), questions }],
  });

const issue = (path: string, code: string, params: Record<string, string | number> = {}) => ({
  path,
  code: `errors.survey.answer.${code}`,
  params,
});

/** [path, code] of each issue, the code without its `errors.survey.answer.` prefix. */
const problems = (check: AnswerCheck) =>
  check.ok ? [] : check.issues.map((i) => [i.path, i.code.replace(/^errors\.survey\.answer\./, '')]);

const likert = (key: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
  ({ key, type: 'likert', text: text(key), scale: { min: 1, max: 5 }, ...extra }) as QuestionInput;

// One question of every type; each test answers the others validly unless it says otherwise.
const everyType = instrument(
  likert('rating'),
  { key: 'channel', type: 'single', text: text('Saluran'), options: options('online', 'counter', 'phone') },
  {
    key: 'formats',
    type: 'multiple',
    text: text('Bentuk'),
    options: options('classroom', 'e_learning', 'coaching', 'mentoring'),
    maxChoices: 2,
  },
  { key: 'years', type: 'number', text: text('Masa kerja'), min: 0, max: 40 },
  { key: 'hours', type: 'number', text: text('Jam'), integer: false, min: 0.5, max: 8 },
  { key: 'comment', type: 'text', text: text('Komentar'), required: false, maxLength: 10 },
  {
    key: 'facilities',
    type: 'matrix',
    text: text('Sarana'),
    scale: { min: 1, max: 4 },
    statements: statements('room', 'tools'),
  },
  {
    key: 'competencies',
    type: 'abilityNeed',
    text: text('Kompetensi'),
    scale: { min: 1, max: 5 },
    statements: statements('comm', 'integ'),
  },
);

const valid: Record<string, AnswerValue> = {
  rating: 4,
  channel: 'online',
  formats: ['classroom', 'coaching'],
  years: 12,
  hours: 2.5,
  comment: 'Bagus',
  facilities: { room: 3, tools: 4 },
  competencies: { comm: { ability: 2, need: 5 }, integ: { ability: 4, need: 4 } },
};

const check = (changes: Record<string, unknown>) => validateAnswers(everyType, { ...valid, ...changes });

describe('validateAnswers: the response as a whole', () => {
  it('accepts a response answering every question of every type, and returns it as stored', () => {
    expect(validateAnswers(everyType, valid)).toEqual({ ok: true, answers: valid });
  });

  it.each([null, undefined, [], [valid], 'rating=4', 42, true])(
    'rejects a body that is not an object: %j',
    (body) => {
      expect(validateAnswers(everyType, body)).toEqual({ ok: false, issues: [issue('', 'notAnObject')] });
    },
  );

  it('names every key that is not a question of the instrument, even with a blank value', () => {
    const result = validateAnswers(everyType, { ...valid, age: 30, Rating: 4, extra: null });
    expect(result).toEqual({
      ok: false,
      issues: [
        issue('age', 'unknownQuestion', { key: 'age' }),
        issue('Rating', 'unknownQuestion', { key: 'Rating' }),
        issue('extra', 'unknownQuestion', { key: 'extra' }),
      ],
    });
  });

  it('lists every problem at once: unknown keys first, then the questions in order', () => {
    const result = validateAnswers(everyType, {
      ...valid,
      zzz: 1,
      rating: 9,
      channel: 'fax',
      years: undefined,
      facilities: { room: 0, tools: 4 },
    });
    expect(problems(result)).toEqual([
      ['zzz', 'unknownQuestion'],
      ['rating', 'outOfRange'],
      ['channel', 'notAnOption'],
      ['years', 'required'],
      ['facilities.room', 'outOfRange'],
    ]);
  });

  it('reads only the response’s own keys, so a question keyed like a built-in property may be skipped', () => {
    const definition = instrument(likert('constructor', { required: false }), {
      key: 'grid',
      type: 'matrix',
      required: false,
      text: text('Grid'),
      scale: { min: 1, max: 4 },
      statements: statements('constructor', 'other'),
    });
    expect(validateAnswers(definition, { grid: { other: 2 } })).toEqual({
      ok: true,
      answers: { grid: { other: 2 } },
    });
    expect(validateAnswers(definition, { constructor: 3 })).toEqual({
      ok: true,
      answers: { constructor: 3 },
    });
  });
});

describe('validateAnswers: required and blank answers', () => {
  it('rejects a required question left out, naming it with no parameters', () => {
    const { years: _, ...rest } = valid;
    expect(validateAnswers(everyType, rest)).toEqual({ ok: false, issues: [issue('years', 'required')] });
  });

  it.each([
    ['an empty text', ''],
    ['a text of spaces', '   '],
    ['a text of control characters and spaces', ' \u0000\u0007 \u001b '],
    ['an empty list', []],
    ['an empty object', {}],
    ['null', null],
    ['undefined', undefined],
  ])('treats %s as no answer: required when the question is required', (_label, blank) => {
    for (const key of ['rating', 'channel', 'formats', 'years', 'facilities', 'competencies']) {
      expect(problems(check({ [key]: blank }))).toEqual([[key, 'required']]);
    }
  });

  it.each([
    ['an empty text', ''],
    ['a text of control characters and spaces', '\u0001 \u0002'],
    ['an empty list', []],
    ['an empty object', {}],
    ['null', null],
  ])('treats %s as no answer and leaves an optional question out of what is stored', (_label, blank) => {
    const result = check({ comment: blank });
    const { comment: _, ...rest } = valid;
    expect(result).toEqual({ ok: true, answers: rest });
  });

  it('counts 0 as an answer, not as a blank', () => {
    expect(check({ years: 0 })).toEqual({ ok: true, answers: { ...valid, years: 0 } });
  });

  it('still checks an optional question that is answered', () => {
    expect(problems(check({ comment: 42 }))).toEqual([['comment', 'wrongType']]);
  });
});

describe('validateAnswers: likert', () => {
  it('accepts every point of the scale', () => {
    for (const point of [1, 2, 3, 4, 5]) expect(check({ rating: point }).ok).toBe(true);
  });

  it('accepts 0 on a scale that starts at 0', () => {
    const definition = instrument(likert('nps', { scale: { min: 0, max: 10 } }));
    expect(validateAnswers(definition, { nps: 0 })).toEqual({ ok: true, answers: { nps: 0 } });
  });

  it.each([0, 6, -1, 2.5, '4', [4], { value: 4 }, true])(
    'rejects %j as off the scale, with the scale’s bounds',
    (answer) => {
      expect(check({ rating: answer })).toEqual({
        ok: false,
        issues: [issue('rating', 'outOfRange', { min: 1, max: 5 })],
      });
    },
  );

  it('rejects any number that is not a point of the scale', () => {
    const offScale = fc.oneof(
      fc.integer().filter((n) => n < 1 || n > 5),
      fc.double({ noNaN: true }).filter((n) => !Number.isInteger(n)),
    );
    fc.assert(
      fc.property(offScale, (answer) => {
        expect(check({ rating: answer })).toEqual({
          ok: false,
          issues: [issue('rating', 'outOfRange', { min: 1, max: 5 })],
        });
      }),
    );
  });
});

describe('validateAnswers: single choice', () => {
  it('accepts one of the option values', () => {
    expect(check({ channel: 'phone' })).toEqual({ ok: true, answers: { ...valid, channel: 'phone' } });
  });

  it('rejects a value that is not an option, naming it', () => {
    expect(check({ channel: 'fax' })).toEqual({
      ok: false,
      issues: [issue('channel', 'notAnOption', { value: 'fax' })],
    });
    expect(problems(check({ channel: 'Online' }))).toEqual([['channel', 'notAnOption']]);
  });

  it.each([1, ['online'], { value: 'online' }, true])('rejects %j as the wrong type', (answer) => {
    expect(check({ channel: answer })).toEqual({
      ok: false,
      issues: [issue('channel', 'wrongType', { expected: 'option' })],
    });
  });
});

describe('validateAnswers: multiple choice', () => {
  it('stores the choices once each, in the order of the options', () => {
    const result = check({ formats: ['coaching', 'classroom', 'coaching'] });
    expect(result).toEqual({ ok: true, answers: { ...valid, formats: ['classroom', 'coaching'] } });
  });

  it('counts a repeated choice once against maxChoices', () => {
    expect(check({ formats: ['mentoring', 'mentoring', 'e_learning'] }).ok).toBe(true);
  });

  it('rejects more distinct choices than maxChoices, saying how many were chosen', () => {
    expect(check({ formats: ['classroom', 'coaching', 'mentoring'] })).toEqual({
      ok: false,
      issues: [issue('formats', 'tooManyChoices', { max: 2, given: 3 })],
    });
  });

  it('rejects each value that is not an option, once', () => {
    expect(check({ formats: ['classroom', 'webinar', 'podcast', 'webinar'] })).toEqual({
      ok: false,
      issues: [
        issue('formats', 'notAnOption', { value: 'webinar' }),
        issue('formats', 'notAnOption', { value: 'podcast' }),
      ],
    });
  });

  it.each(['classroom', ['classroom', 1], { classroom: true }, 3])(
    'rejects %j as the wrong type',
    (answer) => {
      expect(check({ formats: answer })).toEqual({
        ok: false,
        issues: [issue('formats', 'wrongType', { expected: 'options' })],
      });
    },
  );

  it('lets the respondent choose every option when there is no maxChoices', () => {
    const definition = instrument({
      key: 'all',
      type: 'multiple',
      text: text('Semua'),
      options: options('a', 'b', 'c'),
    });
    expect(validateAnswers(definition, { all: ['c', 'b', 'a'] })).toEqual({
      ok: true,
      answers: { all: ['a', 'b', 'c'] },
    });
  });

  it('stores any accepted choice list as the chosen options in option order, without repeats', () => {
    const values = ['classroom', 'e_learning', 'coaching', 'mentoring'];
    const chosen = fc
      .array(fc.constantFrom(...values), { minLength: 1, maxLength: 8 })
      .filter((list) => new Set(list).size <= 2);
    fc.assert(
      fc.property(chosen, (list) => {
        const result = check({ formats: list });
        expect(result.ok && result.answers.formats).toEqual(values.filter((v) => list.includes(v)));
      }),
    );
  });
});

describe('validateAnswers: number', () => {
  it('accepts whole numbers from min to max, bounds included', () => {
    for (const years of [0, 1, 39, 40]) expect(check({ years }).ok).toBe(true);
  });

  it('rejects a fraction where a whole number is asked (the default)', () => {
    expect(check({ years: 2.5 })).toEqual({ ok: false, issues: [issue('years', 'notInteger')] });
  });

  it('rejects a number below min or above max, with the bound', () => {
    expect(check({ years: -1 })).toEqual({ ok: false, issues: [issue('years', 'tooSmall', { min: 0 })] });
    expect(check({ years: 41 })).toEqual({ ok: false, issues: [issue('years', 'tooBig', { max: 40 })] });
    expect(check({ hours: 0.25 })).toEqual({ ok: false, issues: [issue('hours', 'tooSmall', { min: 0.5 })] });
  });

  it('accepts fractions within the bounds when the question allows them', () => {
    expect(check({ hours: 7.75 })).toEqual({ ok: true, answers: { ...valid, hours: 7.75 } });
  });

  it.each(['12', Number.NaN, Number.POSITIVE_INFINITY, [12], { years: 12 }])(
    'rejects %j as not a number',
    (answer) => {
      expect(check({ years: answer })).toEqual({
        ok: false,
        issues: [issue('years', 'wrongType', { expected: 'number' })],
      });
    },
  );

  it('accepts any finite number when the question sets no bounds and allows fractions', () => {
    const definition = instrument({ key: 'amount', type: 'number', text: text('Jumlah'), integer: false });
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (amount) => {
        expect(validateAnswers(definition, { amount })).toEqual({ ok: true, answers: { amount } });
      }),
    );
  });
});

describe('validateAnswers: text', () => {
  it('stores the text trimmed', () => {
    expect(check({ comment: '  Bagus  ' })).toEqual({ ok: true, answers: { ...valid, comment: 'Bagus' } });
  });

  it('strips control characters but keeps tabs and line breaks', () => {
    const result = check({ comment: 'a\u0000b\u0007\u001b\u007f\tc\r\nd' });
    expect(result).toEqual({ ok: true, answers: { ...valid, comment: 'ab\tc\r\nd' } });
  });

  it('rejects a text longer than maxLength, counted after stripping and trimming', () => {
    expect(check({ comment: `  ${'x'.repeat(10)}\u0000\u0001  ` }).ok).toBe(true);
    expect(check({ comment: 'x'.repeat(11) })).toEqual({
      ok: false,
      issues: [issue('comment', 'tooLong', { max: 10, given: 11 })],
    });
  });

  it('allows 500 characters unless the question says otherwise', () => {
    const definition = instrument({ key: 'note', type: 'text', text: text('Catatan') });
    expect(validateAnswers(definition, { note: 'x'.repeat(500) }).ok).toBe(true);
    expect(problems(validateAnswers(definition, { note: 'x'.repeat(501) }))).toEqual([['note', 'tooLong']]);
  });

  it.each([42, ['Bagus'], { text: 'Bagus' }])('rejects %j as not a text', (answer) => {
    expect(check({ comment: answer })).toEqual({
      ok: false,
      issues: [issue('comment', 'wrongType', { expected: 'text' })],
    });
  });

  it('rejects a required text of nothing but control characters as unanswered', () => {
    const definition = instrument({ key: 'note', type: 'text', text: text('Catatan') });
    expect(validateAnswers(definition, { note: '\u0000\u0008' })).toEqual({
      ok: false,
      issues: [issue('note', 'required')],
    });
  });

  it('stores any accepted text without control characters other than tab and line breaks', () => {
    const definition = instrument({ key: 'note', type: 'text', text: text('Catatan'), required: false });
    const chars = fc.constantFrom(
      'a',
      'é',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0007',
      '\u001f',
      '\u007f',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (list) => {
        const result = validateAnswers(definition, { note: list.join('') });
        expect(result.ok).toBe(true);
        const stored = result.ok ? result.answers.note : undefined;
        if (stored === undefined) return;
        expect(stored).toBe((stored as string).trim());
        const controls = [...(stored as string)].filter((c) => {
          const code = c.codePointAt(0)!;
          return (code < 0x20 && !'\t\n\r'.includes(c)) || code === 0x7f;
        });
        expect(controls).toEqual([]);
      }),
    );
  });
});

describe('validateAnswers: matrix', () => {
  it('rejects a rating off the scale at key.statement', () => {
    expect(check({ facilities: { room: 5, tools: 2.5 } })).toEqual({
      ok: false,
      issues: [
        issue('facilities.room', 'outOfRange', { min: 1, max: 4 }),
        issue('facilities.tools', 'outOfRange', { min: 1, max: 4 }),
      ],
    });
  });

  it('rejects a statement the question does not have', () => {
    expect(check({ facilities: { room: 3, tools: 4, parking: 2 } })).toEqual({
      ok: false,
      issues: [issue('facilities.parking', 'unknownStatement', { statement: 'parking' })],
    });
  });

  it('asks for every statement of a required matrix, a null rating counting as none', () => {
    expect(check({ facilities: { room: 3, tools: null } })).toEqual({
      ok: false,
      issues: [issue('facilities.tools', 'missingStatement')],
    });
  });

  it.each([[3, 4], 3, 'room'])('rejects %j as not a set of ratings', (answer) => {
    expect(check({ facilities: answer })).toEqual({
      ok: false,
      issues: [issue('facilities', 'wrongType', { expected: 'statements' })],
    });
  });

  describe('when optional', () => {
    const optional = instrument({
      key: 'grid',
      type: 'matrix',
      required: false,
      text: text('Grid'),
      scale: { min: 1, max: 4 },
      statements: statements('a', 'b'),
    });

    it('stores the statements rated and lets the others be left out', () => {
      expect(validateAnswers(optional, { grid: { a: 2, b: null } })).toEqual({
        ok: true,
        answers: { grid: { a: 2 } },
      });
    });

    it('leaves the question out when every rating is empty', () => {
      expect(validateAnswers(optional, { grid: { a: null, b: null } })).toEqual({ ok: true, answers: {} });
    });
  });
});

describe('validateAnswers: ability and need', () => {
  it('stores each statement as its ability and need, dropping anything else sent with them', () => {
    const result = check({
      competencies: { comm: { ability: 1, need: 5, note: 'x' }, integ: { ability: 3, need: 3 } },
    });
    expect(result.ok && result.answers.competencies).toEqual({
      comm: { ability: 1, need: 5 },
      integ: { ability: 3, need: 3 },
    });
  });

  it('rejects an ability or need off the scale at key.statement.ability or key.statement.need', () => {
    expect(
      check({ competencies: { comm: { ability: 0, need: 5 }, integ: { ability: 3, need: 6 } } }),
    ).toEqual({
      ok: false,
      issues: [
        issue('competencies.comm.ability', 'outOfRange', { min: 1, max: 5 }),
        issue('competencies.integ.need', 'outOfRange', { min: 1, max: 5 }),
      ],
    });
  });

  it('rejects a rating missing one half, or not a pair at all, part by part', () => {
    expect(problems(check({ competencies: { comm: { ability: 2 }, integ: 4 } }))).toEqual([
      ['competencies.comm.need', 'outOfRange'],
      ['competencies.integ.ability', 'outOfRange'],
      ['competencies.integ.need', 'outOfRange'],
    ]);
  });

  it('asks for every statement and rejects unknown ones', () => {
    expect(
      problems(check({ competencies: { comm: { ability: 2, need: 3 }, tech: { ability: 1, need: 1 } } })),
    ).toEqual([
      ['competencies.tech', 'unknownStatement'],
      ['competencies.integ', 'missingStatement'],
    ]);
  });

  it('rejects a list as the wrong type', () => {
    expect(problems(check({ competencies: [{ ability: 2, need: 3 }] }))).toEqual([
      ['competencies', 'wrongType'],
    ]);
  });
});

describe('isShown', () => {
  const conditional = instrument(
    { key: 'visited', type: 'single', text: text('Pernah datang?'), options: options('yes', 'no') },
    {
      key: 'why_not',
      type: 'text',
      text: text('Mengapa belum?'),
      showIf: { question: 'visited', anyOf: ['no'] },
    },
    likert('overall'),
    {
      key: 'complaint',
      type: 'text',
      text: text('Apa yang kurang?'),
      showIf: { question: 'overall', anyOf: [1, 2] },
    },
    {
      key: 'channels',
      type: 'multiple',
      required: false,
      text: text('Saluran'),
      options: options('web', 'app', 'desk'),
    },
    likert('app_rating', { showIf: { question: 'channels', anyOf: ['app'] } }),
  );
  const question = (key: string): Question => questionsOf(conditional).find((q) => q.key === key)!;

  it('shows a question without a condition whatever was answered', () => {
    expect(isShown(question('overall'), {})).toBe(true);
  });

  it('shows a conditional question only when the earlier answer is one of the values named', () => {
    expect(isShown(question('why_not'), { visited: 'no' })).toBe(true);
    expect(isShown(question('why_not'), { visited: 'yes' })).toBe(false);
    expect(isShown(question('complaint'), { overall: 2 })).toBe(true);
    expect(isShown(question('complaint'), { overall: 3 })).toBe(false);
  });

  it('hides a conditional question while the earlier question is unanswered', () => {
    expect(isShown(question('why_not'), {})).toBe(false);
    expect(isShown(question('why_not'), { visited: null })).toBe(false);
  });

  it('shows a question conditioned on a multiple choice when any chosen value is named', () => {
    expect(isShown(question('app_rating'), { channels: ['web', 'app'] })).toBe(true);
    expect(isShown(question('app_rating'), { channels: ['web', 'desk'] })).toBe(false);
    expect(isShown(question('app_rating'), { channels: [] })).toBe(false);
  });

  it('does not take the text "1" for the point 1', () => {
    expect(isShown(question('complaint'), { overall: '1' })).toBe(false);
  });

  describe('in validateAnswers', () => {
    const base = { visited: 'yes', overall: 4 };

    it('rejects an answer to a question the respondent was not shown', () => {
      expect(validateAnswers(conditional, { ...base, why_not: 'Jauh' })).toEqual({
        ok: false,
        issues: [issue('why_not', 'notShown')],
      });
      expect(problems(validateAnswers(conditional, { ...base, app_rating: 5 }))).toEqual([
        ['app_rating', 'notShown'],
      ]);
    });

    it('accepts a blank answer to a question that was not shown', () => {
      expect(validateAnswers(conditional, { ...base, why_not: '', app_rating: null })).toEqual({
        ok: true,
        answers: base,
      });
    });

    it('requires a conditional question once it is shown', () => {
      expect(problems(validateAnswers(conditional, { visited: 'no', overall: 1 }))).toEqual([
        ['why_not', 'required'],
        ['complaint', 'required'],
      ]);
      expect(problems(validateAnswers(conditional, { ...base, channels: ['app'] }))).toEqual([
        ['app_rating', 'required'],
      ]);
      expect(validateAnswers(conditional, { ...base, channels: ['app'], app_rating: 3 }).ok).toBe(true);
    });

    it('judges a condition by the answer as accepted, so an invalid earlier answer shows nothing', () => {
      expect(problems(validateAnswers(conditional, { ...base, overall: 9, complaint: 'Lama' }))).toEqual([
        ['overall', 'outOfRange'],
        ['complaint', 'notShown'],
      ]);
    });
  });
});

describe('validateAnswers: generated responses', () => {
  const definition = instrument(
    likert('rating'),
    likert('optional_rating', { required: false }),
    { key: 'channel', type: 'single', text: text('Saluran'), options: options('online', 'counter') },
    {
      key: 'formats',
      type: 'multiple',
      required: false,
      text: text('Bentuk'),
      options: options('a', 'b', 'c', 'd', 'e'),
      maxChoices: 3,
    },
    {
      key: 'why',
      type: 'text',
      required: false,
      maxLength: 20,
      text: text('Mengapa'),
      showIf: { question: 'channel', anyOf: ['counter'] },
    },
    { key: 'hours', type: 'number', text: text('Jam'), integer: false, min: -2, max: 2 },
    { key: 'years', type: 'number', text: text('Tahun'), min: 0, max: 60 },
    {
      key: 'grid',
      type: 'matrix',
      text: text('Grid'),
      scale: { min: 0, max: 3 },
      statements: statements('x', 'y'),
    },
    {
      key: 'extra_grid',
      type: 'matrix',
      required: false,
      text: text('Grid'),
      scale: { min: 1, max: 3 },
      statements: statements('x', 'y'),
      showIf: { question: 'formats', anyOf: ['a', 'b'] },
    },
    {
      key: 'needs',
      type: 'abilityNeed',
      text: text('Kebutuhan'),
      scale: { min: 1, max: 5 },
      statements: statements('p', 'q', 'r'),
    },
  );

  const point = (min: number, max: number) => fc.integer({ min, max });
  const blank = fc.constantFrom(undefined, null, '', '  ', [], {});
  const orBlank = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof(arbitrary, blank);
  const chars = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\u0000', '\u001b', '\u007f', 'ü');
  const pair = fc.record({ ability: point(1, 5), need: point(1, 5) });

  const raw = fc
    .record({
      rating: point(1, 5),
      optional_rating: orBlank(point(1, 5)),
      channel: fc.constantFrom('online', 'counter'),
      formats: orBlank(
        fc
          .array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 6 })
          .filter((list) => new Set(list).size <= 3),
      ),
      why: orBlank(fc.array(chars, { maxLength: 20 }).map((list) => list.join(''))),
      hours: fc.double({ min: -2, max: 2, noNaN: true }),
      years: point(0, 60),
      grid: fc.record({ x: point(0, 3), y: point(0, 3) }),
      extra_grid: orBlank(fc.record({ x: fc.option(point(1, 3)), y: fc.option(point(1, 3)) })),
      needs: fc.record({ p: pair, q: pair, r: pair }),
    })
    // A respondent does not answer what they are not shown.
    .map((answers: Record<string, unknown>) => {
      const shown: Record<string, unknown> = {};
      for (const question of questionsOf(definition)) {
        if (isShown(question, shown)) shown[question.key] = answers[question.key];
      }
      return shown;
    });

  it('accepts every response that answers what it is shown within the rules', () => {
    fc.assert(
      fc.property(raw, (answers) => {
        expect(problems(validateAnswers(definition, answers))).toEqual([]);
      }),
    );
  });

  it('gives the same stored answers when what it stored is validated again', () => {
    fc.assert(
      fc.property(raw, (answers) => {
        const first = validateAnswers(definition, answers);
        if (!first.ok) throw new Error('a valid response was rejected');
        expect(validateAnswers(definition, first.answers)).toEqual(first);
      }),
    );
  });

  it('stores only questions that were answered, none of them blank', () => {
    fc.assert(
      fc.property(raw, (answers) => {
        const result = validateAnswers(definition, answers);
        if (!result.ok) throw new Error('a valid response was rejected');
        for (const [key, value] of Object.entries(result.answers)) {
          expect(answers[key]).not.toBeUndefined();
          expect(value === '' || (Array.isArray(value) && value.length === 0)).toBe(false);
          if (typeof value === 'object' && !Array.isArray(value))
            expect(Object.keys(value).length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
