import { PREDIKAT_WORDS, PREDIKATS, RATING_WORDS, RATINGS } from '@jenjang/domain/performance/predikat.rules';
import { describe, expect, it } from 'vitest';
import type { SkpAbilities, SkpDetail } from '../../../api/types';
import en from '../../../i18n/locales/en/performance.json';
import id from '../../../i18n/locales/id/performance.json';
import {
  annualByYear,
  countOf,
  expectationsBody,
  formatDeviation,
  monthName,
  nextStage,
  opensSkp,
  periodName,
  periodsBegun,
  predikatPreview,
  resultErrors,
  resultRows,
  resultsBody,
  skpActions,
  skpView,
} from './performance-values';

const NONE: SkpAbilities = {
  editResults: false,
  editExpectations: false,
  propose: false,
  agree: false,
  changeAppraiser: false,
  feedback: false,
  appraise: false,
};

const quarters = [1, 4, 7, 10].map((fromMonth, i) => ({
  index: i + 1,
  fromMonth,
  toMonth: fromMonth + 2,
  feedback: [],
  appraisal: null,
}));

const skp = (may: Partial<SkpAbilities>, state: SkpDetail['cycle']['state'] = 'running') => ({
  may: { ...NONE, ...may },
  periods: quarters,
  cycle: { id: 1, year: 2026, state, checkIns: 'quarterly' as const },
});

/** A period's words as the Indonesian file writes them, with its placeholders filled. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

describe('predikatPreview', () => {
  it('gives the predikat of the PermenPANRB 6/2022 matrix, row by row', () => {
    expect(predikatPreview('above', 'above')).toBe('sangat_baik');
    expect(predikatPreview('above', 'meets')).toBe('baik');
    expect(predikatPreview('meets', 'above')).toBe('baik');
    expect(predikatPreview('meets', 'meets')).toBe('baik');
    expect(predikatPreview('below', 'above')).toBe('butuh_perbaikan');
    expect(predikatPreview('below', 'meets')).toBe('butuh_perbaikan');
    expect(predikatPreview('below', 'below')).toBe('sangat_kurang');
  });

  it('makes behaviour below expectations Kurang/Misconduct whatever the results, but Sangat Kurang below both', () => {
    expect(predikatPreview('above', 'below')).toBe('kurang');
    expect(predikatPreview('meets', 'below')).toBe('kurang');
    expect(predikatPreview('below', 'below')).toBe('sangat_kurang');
  });

  it('shows nothing until both ratings are chosen', () => {
    expect(predikatPreview(null, null)).toBeNull();
    expect(predikatPreview('above', null)).toBeNull();
    expect(predikatPreview(null, 'meets')).toBeNull();
  });
});

describe('the words of ratings and predikat', () => {
  it('are the domain’s official Indonesian terms, Kurang as the regulation prints it', () => {
    for (const rating of RATINGS) expect(id.rating[rating]).toBe(RATING_WORDS[rating]);
    for (const predikat of PREDIKATS)
      expect(id.predikat[predikat]).toMatch(new RegExp(`^${PREDIKAT_WORDS[predikat]}`));
    expect(id.predikat.kurang).toBe('Kurang/Misconduct');
  });

  it('exist in English for every rating and predikat', () => {
    for (const rating of RATINGS) expect(en.rating[rating]).toBeTruthy();
    for (const predikat of PREDIKATS) expect(en.predikat[predikat]).toBeTruthy();
  });
});

describe('periodName', () => {
  it('names quarters and semesters by their roman number', () => {
    expect(periodName('quarterly', 1, 3)).toEqual({ kind: 'quarterly', roman: 'I' });
    expect(periodName('quarterly', 7, 9)).toEqual({ kind: 'quarterly', roman: 'III' });
    expect(periodName('quarterly', 10, 12)).toEqual({ kind: 'quarterly', roman: 'IV' });
    expect(periodName('semester', 7, 12)).toEqual({ kind: 'semester', roman: 'II' });
  });

  it('names a month by the month, and the year as annual', () => {
    expect(periodName('monthly', 1, 1)).toEqual({ kind: 'monthly', month: 1 });
    expect(periodName('monthly', 12, 12)).toEqual({ kind: 'monthly', month: 12 });
    expect(periodName('annual', 1, 12)).toEqual({ kind: 'annual' });
  });

  it('names an imported span that is no period of its frequency by its months', () => {
    expect(periodName('quarterly', 2, 4)).toEqual({ kind: 'months', from: 2, to: 4 });
    expect(periodName('monthly', 3, 5)).toEqual({ kind: 'months', from: 3, to: 5 });
  });

  it('reads Triwulan III, Semester II and Bulan Januari in Indonesian, Quarter III in English', () => {
    expect(fill(id.period.quarterly, { roman: 'III' })).toBe('Triwulan III');
    expect(fill(id.period.semester, { roman: 'II' })).toBe('Semester II');
    expect(fill(id.period.monthly, { month: monthName(1, 'id') })).toBe('Bulan Januari');
    expect(fill(en.period.quarterly, { roman: 'III' })).toBe('Quarter III');
    expect(fill(en.period.monthly, { month: monthName(1, 'en') })).toBe('January');
  });
});

describe('monthName', () => {
  it('writes the month in the reader’s language', () => {
    expect(monthName(1, 'id')).toBe('Januari');
    expect(monthName(8, 'id')).toBe('Agustus');
    expect(monthName(12, 'en')).toBe('December');
  });
});

describe('periodsBegun', () => {
  it('offers no period before the year begins and every period after it ends', () => {
    expect(periodsBegun(quarters, 2026, '2025-12-31')).toEqual([]);
    expect(periodsBegun(quarters, 2026, '2027-01-02').map((p) => p.index)).toEqual([1, 2, 3, 4]);
  });

  it('offers the periods whose first month has come, in the year', () => {
    expect(periodsBegun(quarters, 2026, '2026-01-01').map((p) => p.index)).toEqual([1]);
    expect(periodsBegun(quarters, 2026, '2026-06-30').map((p) => p.index)).toEqual([1, 2]);
    expect(periodsBegun(quarters, 2026, '2026-07-01').map((p) => p.index)).toEqual([1, 2, 3]);
  });
});

describe('what an SKP page shows, by its may flags', () => {
  it('shows a reader without any flag the SKP read-only: no button, editor or form', () => {
    expect(skpView(skp({}), '2026-08-01')).toEqual({
      actions: [],
      editsResults: false,
      editsExpectations: false,
      feedbackPeriods: [],
      appraisedPeriods: [],
      appraisesYear: false,
      annualOpen: false,
    });
  });

  it('gives the employee of a draft the results editor and the button to propose', () => {
    const view = skpView(skp({ editResults: true, propose: true }, 'planning'), '2026-01-10');
    expect(view.actions).toEqual(['propose']);
    expect(view.editsResults).toBe(true);
    expect(view.editsExpectations).toBe(false);
  });

  it('gives the appraiser of a proposal the expectations editor, agree and send back', () => {
    const view = skpView(skp({ editExpectations: true, agree: true }, 'planning'), '2026-01-10');
    expect(view.actions).toEqual(['agree', 'return']);
    expect(view.editsExpectations).toBe(true);
    expect(view.editsResults).toBe(false);
  });

  it('gives the agency only the change of appraiser', () => {
    expect(skpView(skp({ changeAppraiser: true }), '2026-08-01').actions).toEqual(['changeAppraiser']);
  });

  it('offers feedback and periodic appraisal in the periods begun only', () => {
    const view = skpView(skp({ feedback: true, appraise: true }), '2026-08-01');
    expect(view.feedbackPeriods).toEqual([1, 2, 3]);
    expect(view.appraisedPeriods).toEqual([1, 2, 3]);
    expect(view.appraisesYear).toBe(true);
    expect(view.annualOpen).toBe(false);
  });

  it('lets the employee give feedback without any appraisal form', () => {
    const view = skpView(skp({ feedback: true }), '2026-04-01');
    expect(view.feedbackPeriods).toEqual([1, 2]);
    expect(view.appraisedPeriods).toEqual([]);
    expect(view.appraisesYear).toBe(false);
  });

  it('says the annual appraisal is open once the year is in its appraisal stage', () => {
    expect(skpView(skp({ appraise: true }, 'appraisal'), '2026-12-15').annualOpen).toBe(true);
  });

  it('orders the buttons propose, agree, send back, change appraiser', () => {
    expect(skpActions({ ...NONE, propose: true, agree: true, changeAppraiser: true })).toEqual([
      'propose',
      'agree',
      'return',
      'changeAppraiser',
    ]);
  });
});

describe('the results editor', () => {
  it('starts from the SKP’s results, or one empty row', () => {
    expect(resultRows({ results: [] })).toEqual([{ text: '', indicator: '', target: '' }]);
    expect(resultRows({ results: [{ id: 4, text: 'Laporan', indicator: 'Jumlah', target: '12' }] })).toEqual([
      { text: 'Laporan', indicator: 'Jumlah', target: '12' },
    ]);
  });

  it('sends the rows trimmed and leaves out rows left empty', () => {
    expect(
      resultsBody([
        { text: ' Laporan ', indicator: 'Jumlah ', target: ' 12' },
        { text: ' ', indicator: '', target: '' },
      ]),
    ).toEqual({ results: [{ text: 'Laporan', indicator: 'Jumlah', target: '12' }] });
  });

  it('asks for the indicator and target of a row begun, and for at least one row', () => {
    expect(resultErrors([{ text: 'Laporan', indicator: '', target: ' ' }])).toEqual({
      'results.0.indicator': 'required',
      'results.0.target': 'required',
    });
    expect(resultErrors([{ text: '', indicator: '', target: '' }])).toEqual({ results: 'atLeastOne' });
    expect(resultErrors([{ text: 'a', indicator: 'b', target: 'c' }])).toEqual({});
  });

  it('sends the expectations written, trimmed', () => {
    expect(expectationsBody([{ text: ' Berorientasi pelayanan ' }, { text: '' }])).toEqual({
      expectations: [{ text: 'Berorientasi pelayanan' }],
    });
  });
});

describe('the appraisal years and figures', () => {
  it('moves a year planning → running → appraisal → closed, and no further', () => {
    expect(nextStage('planning')).toBe('running');
    expect(nextStage('running')).toBe('appraisal');
    expect(nextStage('appraisal')).toBe('closed');
    expect(nextStage('closed')).toBeNull();
  });

  it('opens SKP in a year that plans or runs, not once it is appraised or closed', () => {
    expect(opensSkp('planning')).toBe(true);
    expect(opensSkp('running')).toBe(true);
    expect(opensSkp('appraisal')).toBe(false);
    expect(opensSkp('closed')).toBe(false);
  });

  it('charts the annual appraisals only, oldest year first', () => {
    const a = (year: number, period: 'annual' | 'quarterly') => ({ year, period });
    expect(annualByYear([a(2025, 'annual'), a(2024, 'quarterly'), a(2023, 'annual')])).toEqual([
      a(2023, 'annual'),
      a(2025, 'annual'),
    ]);
  });

  it('counts the appraisals of every predikat', () => {
    expect(countOf({ sangat_baik: 1, baik: 4, butuh_perbaikan: 2, kurang: 0, sangat_kurang: 1 })).toBe(8);
  });

  it('writes a deviation signed, with two decimals', () => {
    expect(formatDeviation(2.3, 'en')).toBe('+2.30');
    expect(formatDeviation(-0.4, 'id')).toBe('-0,40');
    expect(formatDeviation(0, 'en')).toBe('0.00');
  });
});
