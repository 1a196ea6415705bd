import { DEFAULT_TALENT_SETTINGS, TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { describe, expect, it } from 'vitest';
import {
  checkSettings,
  formValuesOf,
  settingsOf,
  type TalentFormValues,
  withBoxNumber,
} from './talent-settings-values';

const defaults = () => formValuesOf(DEFAULT_TALENT_SETTINGS);

describe('the talent settings form', () => {
  it('gives back the settings it was filled with, valid under the contract', () => {
    const settings = settingsOf(defaults());
    expect(settings).toEqual(DEFAULT_TALENT_SETTINGS);
    expect(TalentSettings.safeParse(settings).success).toBe(true);
    expect(checkSettings(defaults())).toEqual({ ok: true, settings: DEFAULT_TALENT_SETTINGS });
  });

  it('shows levels without points and boxes without a name as empty inputs', () => {
    const values = defaults();
    expect(values.potential.qualificationPoints).toMatchObject({ SD: '', SLTA: '', D3: 7.5, S3: 20 });
    expect(values.boxLabels['5']).toBe('');
    expect(values.boxNumbers).toEqual([
      ['1', '3', '6'],
      ['2', '5', '8'],
      ['4', '7', '9'],
    ]);
  });

  it('turns typical edits typed as text into valid settings', () => {
    const values = defaults();
    const edited: TalentFormValues = {
      ...values,
      performance: {
        ...values.performance,
        predikatPoints: { ...values.performance.predikatPoints, baik: '60', kurang: '12.5' },
        components: [
          ...values.performance.components.filter((c) => c.key !== 'achievements'),
          { rowId: 'new', key: 'kejuaraan', label: ' Juara lomba ', maxPoints: '7.5', kind: 'bonus' },
        ],
        cutoffs: ['45', 75],
      },
      potential: {
        ...values.potential,
        qualificationPoints: { ...values.potential.qualificationPoints, D3: '', SLTA: '2' },
        otherQualificationPoints: '0',
        training: { pointsPerProgram: 4, cap: '16', windowYears: '3' },
        components: [{ rowId: 'p', key: 'assessment', label: 'Asesmen', maxPoints: 20, kind: 'penalty' }],
        cutoffs: [35, '65'],
      },
      boxNumbers: withBoxNumber(values.boxNumbers, 2, 2, '1'),
      boxLabels: { ...values.boxLabels, '9': 'Bintang', '1': '  ' },
      recommendations: { ...values.recommendations, '4': 'develop' },
      visibleTo: ['auditor', 'pimpinan'],
    };
    const checked = checkSettings(edited);
    expect(checked.ok).toBe(true);
    const settings = settingsOf(edited);
    expect(TalentSettings.safeParse(settings).success).toBe(true);
    expect(checked.ok && checked.settings).toMatchObject({
      performance: {
        predikatPoints: { sangat_baik: 80, baik: 60, butuh_perbaikan: 33, kurang: 12.5, sangat_kurang: 5 },
        components: [
          { key: 'innovation' },
          { key: 'discipline', kind: 'penalty' },
          { key: 'kejuaraan', label: 'Juara lomba', maxPoints: 7.5, kind: 'bonus' },
        ],
        cutoffs: [45, 75],
      },
      potential: {
        qualificationPoints: { S3: 20, S2: 15, S1: 10, D4: 10, SLTA: 2 },
        otherQualificationPoints: 0,
        training: { pointsPerProgram: 4, cap: 16, windowYears: 3 },
        components: [{ key: 'assessment', maxPoints: 20, kind: 'penalty' }],
        cutoffs: [35, 65],
      },
      boxNumbers: [
        [9, 3, 6],
        [2, 5, 8],
        [4, 7, 1],
      ],
      boxLabels: { '9': 'Bintang' },
      recommendations: { '4': 'develop' },
      visibleTo: ['pimpinan', 'auditor'],
    });
    expect(settings.potential.qualificationPoints).not.toHaveProperty('D3');
  });

  it('swaps numbers in the grid so that each box keeps one number', () => {
    const grid = withBoxNumber(defaults().boxNumbers, 0, 0, '5');
    expect(grid).toEqual([
      ['5', '3', '6'],
      ['2', '1', '8'],
      ['4', '7', '9'],
    ]);
    expect(new Set(grid.flat()).size).toBe(9);
  });

  it('names the field of each issue, in the contract’s words for its own rules', () => {
    const values = defaults();
    const checked = checkSettings({
      ...values,
      performance: { ...values.performance, cutoffs: [70, 40] },
      potential: {
        ...values.potential,
        otherQualificationPoints: '',
        training: { ...values.potential.training, windowYears: 9 },
        components: [{ rowId: 'x', key: 'Bad key', label: '', maxPoints: 0, kind: 'bonus' }],
      },
      boxLabels: { ...values.boxLabels, '3': 'x'.repeat(41) },
    });
    expect(checked).toEqual({
      ok: false,
      issues: {
        'performance.cutoffs': { ns: 'domain', key: 'errors.talent.cutoffOrder', params: {} },
        'potential.otherQualificationPoints': { ns: 'talentSettings', key: 'points', params: {} },
        'potential.training.windowYears': { ns: 'talentSettings', key: 'windowYears', params: {} },
        'potential.components.0.key': { ns: 'talentSettings', key: 'componentKey', params: {} },
        'potential.components.0.label': { ns: 'talentSettings', key: 'required', params: {} },
        'potential.components.0.maxPoints': { ns: 'talentSettings', key: 'maxPoints', params: {} },
        'boxLabels.3': { ns: 'talentSettings', key: 'tooLong', params: { max: 40 } },
      },
    });
  });

  it('refuses a better predikat scored below a worse one and a component key used twice', () => {
    const values = defaults();
    const [first] = values.performance.components;
    const checked = checkSettings({
      ...values,
      performance: {
        ...values.performance,
        predikatPoints: { ...values.performance.predikatPoints, baik: 90 },
        components: [...values.performance.components, { ...first!, rowId: 'again' }],
      },
    });
    expect(checked).toMatchObject({
      ok: false,
      issues: {
        'performance.components': { ns: 'domain', key: 'errors.talent.componentTwice' },
      },
    });
    const ordered = checkSettings({
      ...values,
      performance: {
        ...values.performance,
        predikatPoints: { ...values.performance.predikatPoints, baik: 90 },
      },
    });
    expect(ordered).toMatchObject({
      ok: false,
      issues: { 'performance.predikatPoints': { ns: 'domain', key: 'errors.talent.predikatOrder' } },
    });
  });
});
