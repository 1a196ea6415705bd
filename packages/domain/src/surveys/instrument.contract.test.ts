import { describe, expect, it } from 'vitest';
import {
  InstrumentDefinition,
  type InstrumentDefinitionInput,
  Key,
  LocalizedText,
} from './instrument.contract';
import { localized, questionsOf } from './instrument.rules';

type SectionInput = InstrumentDefinitionInput['sections'][number];
type QuestionInput = SectionInput['questions'][number];

const text = (id: string) => ({ id });
const options = (...values: string[]) => values.map((value) => ({ value, label: text(value) }));
const statements = (...keys: string[]) => keys.map((key) => ({ key, text: text(key) }));
const section = (key: string, ...questions: QuestionInput[]): SectionInput => ({
  key,
  title: text(key),
  questions,
});
const definition = (...sections: SectionInput[]): InstrumentDefinitionInput => ({
  kind: 'custom',
  title: text('Survei'),
  sections,
});
/** A definition of one section holding `questions`. */
const withQuestions = (...questions: QuestionInput[]) => definition(section('main', ...questions));

const likert = (key: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
  ({ key, type: 'likert', text: text(key), scale: { min: 1, max: 5 }, ...extra }) as QuestionInput;
const single = (key: string, ...values: string[]): QuestionInput => ({
  key,
  type: 'single',
  text: text(key),
  options: options(...values),
});
const openText = (key: string): QuestionInput => ({ key, type: 'text', text: text(key) });
const shownIf = (question: QuestionInput, target: string, ...anyOf: (string | number)[]) =>
  ({ ...question, showIf: { question: target, anyOf } }) as QuestionInput;

/** The path and message of every issue, or [] when the definition is valid. */
function issuesOf(input: unknown) {
  const result = InstrumentDefinition.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

const at = (q: number, ...rest: (string | number)[]) => ['sections', 0, 'questions', q, ...rest];

describe('InstrumentDefinition: shape', () => {
  it('accepts a minimal definition and fills in the defaults', () => {
    const parsed = InstrumentDefinition.parse(
      withQuestions(
        likert('rating'),
        openText('comment'),
        { key: 'years', type: 'number', text: text('Tahun') },
        {
          key: 'grid',
          type: 'matrix',
          text: text('Grid'),
          scale: { min: 0, max: 3 },
          statements: statements('a'),
        },
      ),
    );
    expect(parsed.title).toEqual({ id: 'Survei', en: '' });
    const [rating, comment, years, grid] = questionsOf(parsed);
    expect(rating).toMatchObject({ required: true, scale: { min: 1, max: 5, labels: [] } });
    expect(comment).toMatchObject({ required: true, long: false, maxLength: 500 });
    expect(years).toMatchObject({ integer: true });
    expect(grid).toMatchObject({ scale: { min: 0, max: 3, labels: [] } });
  });

  it('lists the questions of every section in order', () => {
    const parsed = InstrumentDefinition.parse(
      definition(section('first', likert('a'), likert('b')), section('second', likert('c'))),
    );
    expect(questionsOf(parsed).map((q) => q.key)).toEqual(['a', 'b', 'c']);
  });

  it('requires an Indonesian text and trims both languages', () => {
    expect(LocalizedText.parse({ id: '  Judul ', en: ' Title  ' })).toEqual({ id: 'Judul', en: 'Title' });
    expect(LocalizedText.safeParse({ id: '   ', en: 'Title' }).success).toBe(false);
    expect(LocalizedText.safeParse({ en: 'Title' }).success).toBe(false);
  });

  it('refuses a definition without sections or a section without questions', () => {
    expect(issuesOf(definition())).not.toEqual([]);
    expect(issuesOf(definition(section('empty')))).not.toEqual([]);
  });
});

describe('Key', () => {
  it.each(['a', 'q1', 'u1_requirements', 'a'.repeat(40), 'm1_integrity'])('accepts %s', (key) => {
    expect(Key.safeParse(key).success).toBe(true);
  });

  it.each(['', 'A', 'Rating', '1a', '_a', 'a-b', 'a b', 'a.b', 'é', 'a'.repeat(41)])(
    'refuses "%s"',
    (key) => {
      expect(Key.safeParse(key).success).toBe(false);
    },
  );

  it('applies to section, question, option and statement keys alike', () => {
    const paths = (input: unknown) => issuesOf(input).map((i) => i.path.join('.'));
    expect(paths(definition(section('Main', likert('a'))))).toEqual(['sections.0.key']);
    expect(paths(withQuestions(likert('Rating')))).toEqual(['sections.0.questions.0.key']);
    expect(paths(withQuestions(single('s', 'yes', 'No')))).toEqual([
      'sections.0.questions.0.options.1.value',
    ]);
    expect(
      paths(
        withQuestions({
          key: 'grid',
          type: 'matrix',
          text: text('Grid'),
          scale: { min: 1, max: 4 },
          statements: statements('ok', 'not-ok'),
        }),
      ),
    ).toEqual(['sections.0.questions.0.statements.1.key']);
  });
});

describe('InstrumentDefinition: unique keys', () => {
  it('refuses a section key used twice', () => {
    expect(issuesOf(definition(section('part', likert('a')), section('part', likert('b'))))).toEqual([
      { path: ['sections'], message: 'section key "part" is used twice' },
    ]);
  });

  it('refuses a question key used twice, within a section or across sections, at the later one', () => {
    expect(issuesOf(withQuestions(likert('a'), likert('b'), likert('a')))).toEqual([
      { path: at(2, 'key'), message: 'question key "a" is used twice' },
    ]);
    expect(issuesOf(definition(section('one', likert('a')), section('two', openText('a'))))).toEqual([
      { path: ['sections', 1, 'questions', 0, 'key'], message: 'question key "a" is used twice' },
    ]);
  });

  it('refuses an option value used twice in single and multiple choices', () => {
    expect(issuesOf(withQuestions(single('s', 'yes', 'no', 'yes')))).toEqual([
      { path: at(0, 'options'), message: 'option value "yes" is used twice' },
    ]);
    const multiple: QuestionInput = {
      key: 'm',
      type: 'multiple',
      text: text('M'),
      options: options('a', 'b', 'a', 'b', 'a'),
    };
    expect(issuesOf(withQuestions(multiple))).toEqual([
      { path: at(0, 'options'), message: 'option value "a" is used twice' },
      { path: at(0, 'options'), message: 'option value "b" is used twice' },
    ]);
  });

  it.each(['matrix', 'abilityNeed'] as const)(
    'refuses a statement key used twice in a %s question',
    (type) => {
      const question = {
        key: 'grid',
        type,
        text: text('Grid'),
        scale: { min: 1, max: 5 },
        statements: statements('s1', 's2', 's1'),
      } as QuestionInput;
      expect(issuesOf(withQuestions(question))).toEqual([
        { path: at(0, 'statements'), message: 'statement key "s1" is used twice' },
      ]);
    },
  );

  it('lets the same option value or statement key appear in different questions', () => {
    expect(issuesOf(withQuestions(single('a', 'yes', 'no'), single('b', 'yes', 'no')))).toEqual([]);
  });
});

describe('InstrumentDefinition: showIf', () => {
  it('accepts a condition on an earlier single, multiple or Likert question with values it has', () => {
    const multiple: QuestionInput = {
      key: 'channels',
      type: 'multiple',
      text: text('Saluran'),
      options: options('web', 'app'),
    };
    expect(
      issuesOf(
        definition(
          section('first', single('visited', 'yes', 'no'), multiple, likert('overall')),
          section(
            'second',
            shownIf(openText('why_not'), 'visited', 'no'),
            shownIf(likert('app_rating'), 'channels', 'app'),
            shownIf(openText('complaint'), 'overall', 1, 2),
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('refuses a condition on a later question', () => {
    expect(
      issuesOf(withQuestions(shownIf(openText('why'), 'visited', 'no'), single('visited', 'yes', 'no'))),
    ).toEqual([
      {
        path: at(0, 'showIf', 'question'),
        message: 'showIf must name an earlier choice or Likert question, not "visited"',
      },
    ]);
  });

  it('refuses a condition on the question itself or on a question that does not exist', () => {
    expect(issuesOf(withQuestions(shownIf(likert('loop'), 'loop', 1)))).toEqual([
      {
        path: at(0, 'showIf', 'question'),
        message: 'showIf must name an earlier choice or Likert question, not "loop"',
      },
    ]);
    expect(
      issuesOf(withQuestions(likert('a'), shownIf(likert('b'), 'missing', 1))).map((i) => i.path),
    ).toEqual([at(1, 'showIf', 'question')]);
  });

  it.each([
    ['text', openText('earlier')],
    ['number', { key: 'earlier', type: 'number', text: text('N') } as QuestionInput],
    [
      'matrix',
      {
        key: 'earlier',
        type: 'matrix',
        text: text('M'),
        scale: { min: 1, max: 4 },
        statements: statements('a'),
      } as QuestionInput,
    ],
    [
      'abilityNeed',
      {
        key: 'earlier',
        type: 'abilityNeed',
        text: text('A'),
        scale: { min: 1, max: 5 },
        statements: statements('a'),
      } as QuestionInput,
    ],
  ])('refuses a condition on a %s question', (_type, earlier) => {
    expect(issuesOf(withQuestions(earlier, shownIf(openText('later'), 'earlier', 'x')))).toEqual([
      {
        path: at(1, 'showIf', 'question'),
        message: 'showIf must name an earlier choice or Likert question, not "earlier"',
      },
    ]);
  });

  it('refuses each value that is not an answer of the question named', () => {
    expect(
      issuesOf(
        withQuestions(
          single('visited', 'yes', 'no'),
          shownIf(openText('why'), 'visited', 'no', 'maybe', 'never'),
        ),
      ),
    ).toEqual([
      { path: at(1, 'showIf', 'anyOf'), message: '"maybe" is not an answer of it' },
      { path: at(1, 'showIf', 'anyOf'), message: '"never" is not an answer of it' },
    ]);
  });

  it('refuses a point outside the Likert scale, or a point written as text', () => {
    expect(
      issuesOf(withQuestions(likert('overall'), shownIf(openText('why'), 'overall', 0, 6, '1'))),
    ).toEqual([
      { path: at(1, 'showIf', 'anyOf'), message: '"0" is not an answer of it' },
      { path: at(1, 'showIf', 'anyOf'), message: '"6" is not an answer of it' },
      { path: at(1, 'showIf', 'anyOf'), message: '"1" is not an answer of it' },
    ]);
  });

  it('refuses a condition with no values', () => {
    expect(
      issuesOf(withQuestions(likert('overall'), shownIf(openText('why'), 'overall'))).map((i) => i.path),
    ).toEqual([at(1, 'showIf', 'anyOf')]);
  });
});

describe('InstrumentDefinition: limits', () => {
  const multiple = (maxChoices: number): QuestionInput => ({
    key: 'formats',
    type: 'multiple',
    text: text('Bentuk'),
    options: options('a', 'b', 'c'),
    maxChoices,
  });

  it('refuses maxChoices above the number of options, and accepts it up to that number', () => {
    expect(issuesOf(withQuestions(multiple(4)))).toEqual([
      { path: at(0, 'maxChoices'), message: 'maxChoices exceeds the number of options' },
    ]);
    expect(issuesOf(withQuestions(multiple(3)))).toEqual([]);
    expect(issuesOf(withQuestions(multiple(1)))).toEqual([]);
  });

  it('refuses a number question whose min exceeds its max', () => {
    const number = (bounds: { min?: number; max?: number }): QuestionInput => ({
      key: 'n',
      type: 'number',
      text: text('N'),
      ...bounds,
    });
    expect(issuesOf(withQuestions(number({ min: 10, max: 5 })))).toEqual([
      { path: at(0, 'min'), message: 'min exceeds max' },
    ]);
    expect(issuesOf(withQuestions(number({ min: 5, max: 5 })))).toEqual([]);
    expect(issuesOf(withQuestions(number({ min: 10 })))).toEqual([]);
    expect(issuesOf(withQuestions(number({ max: -10 })))).toEqual([]);
  });

  it('refuses an SKM element measured by two questions, naming the first', () => {
    const skm = (key: string, element: string) =>
      likert(key, { skmElement: element, scale: { min: 1, max: 4 } } as Partial<QuestionInput>);
    expect(issuesOf(withQuestions(skm('a', 'U1'), skm('b', 'U2'), skm('c', 'U1')))).toEqual([
      { path: at(2, 'skmElement'), message: 'U1 is already measured by "a"' },
    ]);
    expect(issuesOf(withQuestions(skm('a', 'U10'))).map((i) => i.path)).toEqual([at(0, 'skmElement')]);
  });

  it('refuses an SKM element rated on any scale but 1–4 (PermenPANRB 14/2017)', () => {
    const rated = (min: number, max: number) =>
      likert('u1', { skmElement: 'U1', scale: { min, max } } as Partial<QuestionInput>);
    expect(issuesOf(withQuestions(rated(1, 5)))).toEqual([
      { path: at(0, 'scale'), message: 'an SKM element is rated on a 1–4 scale' },
    ]);
    expect(issuesOf(withQuestions(rated(0, 4))).map((i) => i.path)).toEqual([at(0, 'scale')]);
    expect(issuesOf(withQuestions(rated(1, 4)))).toEqual([]);
  });

  it('refuses scale labels that are not one per point, and accepts none or one per point', () => {
    const labels = (count: number) => Array.from({ length: count }, (_, i) => text(`L${i}`));
    const scaled = (count: number) => likert('rating', { scale: { min: 1, max: 4, labels: labels(count) } });
    expect(issuesOf(withQuestions(scaled(3)))).toEqual([
      { path: at(0, 'scale', 'labels'), message: 'labels: one per point of the scale' },
    ]);
    expect(issuesOf(withQuestions(scaled(5))).map((i) => i.path)).toEqual([at(0, 'scale', 'labels')]);
    expect(issuesOf(withQuestions(scaled(4)))).toEqual([]);
    expect(issuesOf(withQuestions(scaled(0)))).toEqual([]);
    const fromZero = likert('nps', { scale: { min: 0, max: 10, labels: labels(11) } });
    expect(issuesOf(withQuestions(fromZero))).toEqual([]);
  });

  it('reports every rule broken, not only the first', () => {
    const result = issuesOf(
      definition(
        section('dup', single('a', 'x', 'x')),
        section('dup', { key: 'n', type: 'number', text: text('N'), min: 2, max: 1 }, likert('a')),
      ),
    );
    expect(result.map((i) => i.message)).toEqual([
      'section key "dup" is used twice',
      'option value "x" is used twice',
      'min exceeds max',
      'question key "a" is used twice',
    ]);
  });
});

describe('localized', () => {
  it('gives the text in the reader’s language', () => {
    const title = { id: 'Survei Kepuasan', en: 'Satisfaction Survey' };
    expect(localized(title, 'id')).toBe('Survei Kepuasan');
    expect(localized(title, 'en')).toBe('Satisfaction Survey');
  });

  it('falls back to Indonesian when the English text is empty', () => {
    expect(localized({ id: 'Survei Kepuasan', en: '' }, 'en')).toBe('Survei Kepuasan');
    expect(localized(LocalizedText.parse({ id: 'Survei Kepuasan' }), 'en')).toBe('Survei Kepuasan');
    expect(localized(LocalizedText.parse({ id: 'Survei Kepuasan', en: '   ' }), 'en')).toBe(
      'Survei Kepuasan',
    );
  });

  it('gives an empty string for a text that is not there', () => {
    expect(localized(undefined, 'id')).toBe('');
    expect(localized(undefined, 'en')).toBe('');
  });
});

describe('InstrumentDefinition: messages for people', () => {
  it('names a message key with its values for every rule it breaks, in both languages', async () => {
    const id = (await import('../i18n/id.json', { with: { type: 'json' } })).default as Record<
      string,
      unknown
    >;
    const en = (await import('../i18n/en.json', { with: { type: 'json' } })).default as Record<
      string,
      unknown
    >;
    const lookup = (catalog: Record<string, unknown>, key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
    const broken = withQuestions(
      likert('a', {
        skmElement: 'U1',
        scale: { min: 1, max: 5, labels: [text('x')] },
      } as Partial<QuestionInput>),
      likert('a'),
      { ...likert('b'), showIf: { question: 'zzz', anyOf: [1] } } as QuestionInput,
    );
    const result = InstrumentDefinition.safeParse(broken);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    expect(issues.length).toBeGreaterThanOrEqual(4);
    for (const issue of issues) {
      const key = (issue as { params?: { i18n?: string } }).params?.i18n;
      expect(key, issue.message).toMatch(/^errors\.instrument\./);
      expect(typeof lookup(id, key!), key).toBe('string');
      expect(typeof lookup(en, key!), key).toBe('string');
    }
  });
});
