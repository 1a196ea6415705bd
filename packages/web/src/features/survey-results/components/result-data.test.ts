import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { buildWaveReport } from '@jenjang/domain/surveys/survey-report';
import { describe, expect, it } from 'vitest';
import {
  abilityNeedRows,
  elementRows,
  excerpt,
  likertRows,
  needPriorityRows,
  optionRows,
  resultSections,
  statementMeanRows,
  weightedWords,
} from './result-data';

const definition = InstrumentDefinition.parse({
  kind: 'needs',
  title: { id: 'Kebutuhan' },
  sections: [
    {
      key: 'about',
      title: { id: 'Tentang Anda', en: 'About you' },
      questions: [
        {
          key: 'formats',
          type: 'multiple',
          text: { id: 'Bentuk pelatihan' },
          options: [
            { value: 'class', label: { id: 'Klasikal', en: 'Classroom' } },
            { value: 'online', label: { id: 'E-learning' } },
          ],
        },
      ],
    },
    {
      key: 'rating',
      title: { id: 'Penilaian', en: 'Ratings' },
      questions: [
        {
          key: 'overall',
          type: 'likert',
          text: { id: 'Kepuasan umum' },
          scale: {
            min: 1,
            max: 3,
            labels: [{ id: 'Kurang' }, { id: 'Cukup', en: 'Fair' }, { id: 'Baik', en: 'Good' }],
          },
        },
        {
          key: 'climate',
          type: 'matrix',
          text: { id: 'Suasana kerja' },
          scale: { min: 1, max: 5 },
          statements: [
            { key: 'team', text: { id: 'Kerja sama tim', en: 'Teamwork' } },
            { key: 'lead', text: { id: 'Kepemimpinan', en: 'Leadership' } },
          ],
        },
        {
          key: 'skills',
          type: 'abilityNeed',
          text: { id: 'Kompetensi' },
          scale: { min: 1, max: 5 },
          statements: [
            { key: 'data', text: { id: 'Analisis data' }, competency: 'T.1' },
            { key: 'talk', text: { id: 'Komunikasi' }, competency: 'M.3' },
            { key: 'write', text: { id: 'Menulis laporan' }, competency: 'M.3' },
          ],
        },
      ],
    },
    {
      key: 'empty',
      title: { id: 'Kosong' },
      questions: [{ key: 'note', type: 'text', text: { id: 'Catatan' } }],
    },
  ],
});

const answers = [
  {
    formats: ['class', 'online'],
    overall: 3,
    climate: { team: 4, lead: 2 },
    skills: { data: { ability: 2, need: 5 }, talk: { ability: 3, need: 4 }, write: { ability: 3, need: 3 } },
  },
  {
    formats: ['class'],
    overall: 2,
    climate: { team: 5, lead: 3 },
    skills: { data: { ability: 2, need: 4 }, talk: { ability: 4, need: 4 }, write: { ability: 2, need: 3 } },
  },
  {
    formats: ['online'],
    overall: 3,
    climate: { team: 4, lead: 3 },
    skills: { data: { ability: 3, need: 5 }, talk: { ability: 3, need: 4 }, write: { ability: 3, need: 3 } },
  },
];
const report = buildWaveReport({
  definition,
  responses: answers.map((a, i) => ({ id: `r${i}`, unitId: null, answers: a })),
  minGroupSize: 3,
  population: null,
  final: true,
  hiddenTexts: new Set(),
});
const result = (key: string) => report.questions.find((q) => q.key === key)!.summary;
const question = (key: string) => definition.sections.flatMap((s) => s.questions).find((q) => q.key === key);

describe('likertRows', () => {
  it('labels each point of the scale with its text and value, zeros included', () => {
    const summary = result('overall');
    const q = question('overall');
    if (summary.type !== 'likert' || q?.type !== 'likert') throw new Error('not likert');
    expect(likertRows(summary, q, 'en')).toEqual([
      { key: '1', label: 'Kurang (1)', count: 0, percent: 0 },
      { key: '2', label: 'Fair (2)', count: 1, percent: (1 / 3) * 100 },
      { key: '3', label: 'Good (3)', count: 2, percent: (2 / 3) * 100 },
    ]);
  });

  it('shows bare numbers for a scale without labels', () => {
    const rows = likertRows(
      {
        type: 'likert',
        key: 'x',
        scale: { min: 1, max: 2 },
        n: 0,
        mean: null,
        distribution: [
          { value: 1, count: 0, percent: null },
          { value: 2, count: 0, percent: null },
        ],
      },
      undefined,
      'id',
    );
    expect(rows.map((r) => r.label)).toEqual(['1', '2']);
  });
});

describe('optionRows', () => {
  it('keeps the options’ order and the shares of respondents, which may add up beyond 100', () => {
    const summary = result('formats');
    const q = question('formats');
    if (summary.type !== 'multiple' || q?.type !== 'multiple') throw new Error('not multiple');
    const rows = optionRows(summary, q, 'en');
    expect(rows.map((r) => r.label)).toEqual(['Classroom', 'E-learning']);
    expect(rows.reduce((sum, r) => sum + (r.percent ?? 0), 0)).toBeGreaterThan(100);
  });
});

describe('statementMeanRows', () => {
  it('gives each statement’s mean in the instrument’s order', () => {
    const summary = result('climate');
    const q = question('climate');
    if (summary.type !== 'matrix' || q?.type !== 'matrix') throw new Error('not matrix');
    expect(statementMeanRows(summary, q, 'en')).toEqual([
      { key: 'team', label: 'Teamwork', n: 3, mean: 13 / 3 },
      { key: 'lead', label: 'Leadership', n: 3, mean: 8 / 3 },
    ]);
  });
});

describe('abilityNeedRows', () => {
  it('puts the biggest development need first', () => {
    const summary = result('skills');
    const q = question('skills');
    if (summary.type !== 'abilityNeed' || q?.type !== 'abilityNeed') throw new Error('not abilityNeed');
    const rows = abilityNeedRows(summary, q, 'id');
    expect(rows.map((r) => r.label)).toEqual(['Analisis data', 'Komunikasi', 'Menulis laporan']);
    expect(rows[0]).toMatchObject({ competency: 'T.1', meanAbility: 7 / 3, meanNeed: 14 / 3 });
  });
});

describe('needPriorityRows', () => {
  it('ranks competencies by gap and names the statements pooled into each', () => {
    const rows = needPriorityRows(report.needs!, definition, 'id');
    expect(rows.map((r) => [r.rank, r.competency])).toEqual([
      [1, 'T.1'],
      [2, 'M.3'],
    ]);
    expect(rows[1]?.statements).toEqual(['Komunikasi', 'Menulis laporan']);
    expect(rows[1]?.ratings).toBe(6);
  });
});

describe('resultSections', () => {
  it('follows the instrument’s sections and questions, in the reader’s language', () => {
    const sections = resultSections(definition, report.questions, 'en');
    expect(sections.map((s) => s.title)).toEqual(['About you', 'Ratings', 'Kosong']);
    expect(sections[1]?.items.map((i) => i.question.key)).toEqual(['overall', 'climate', 'skills']);
  });

  it('leaves out a section none of whose questions has a result', () => {
    const sections = resultSections(
      definition,
      report.questions.filter((q) => q.key !== 'note'),
      'id',
    );
    expect(sections.map((s) => s.key)).toEqual(['about', 'rating']);
  });
});

describe('elementRows', () => {
  it('names each element of the IKM', () => {
    const rows = elementRows(
      {
        elements: [{ element: 'U1', n: 8, nrr: 3.25, weightedNrr: 0.3611 }],
        weight: 0.1111,
        weightedNrr: 3.25,
        ikm: 81.25,
        category: { mutu: 'B', kinerja: 'baik' },
        convention: { weight: 'exact', roundDecimals: null },
      },
      (element) => `${element} Persyaratan`,
    );
    expect(rows).toEqual([{ element: 'U1', name: 'U1 Persyaratan', n: 8, nrr: 3.25, weightedNrr: 0.3611 }]);
  });
});

describe('weightedWords', () => {
  it('sizes the most frequent word largest and the rarest smallest', () => {
    const words = weightedWords([
      { word: 'antrean', count: 9 },
      { word: 'ramah', count: 5 },
      { word: 'parkir', count: 1 },
    ]);
    expect(words.map((w) => w.weight)).toEqual([5, 3, 1]);
  });

  it('gives words that are all equally frequent the same size', () => {
    expect(
      weightedWords([
        { word: 'a', count: 2 },
        { word: 'b', count: 2 },
      ]).map((w) => w.weight),
    ).toEqual([5, 5]);
  });

  it('gives no words for no texts', () => {
    expect(weightedWords([])).toEqual([]);
  });
});

describe('excerpt', () => {
  it('keeps a short answer whole, on one line', () => {
    expect(excerpt('Antrean  terlalu\npanjang')).toBe('Antrean terlalu panjang');
  });

  it('cuts a long answer short with an ellipsis', () => {
    const text = excerpt('a'.repeat(100), 10);
    expect(text).toBe(`${'a'.repeat(9)}…`);
  });
});
