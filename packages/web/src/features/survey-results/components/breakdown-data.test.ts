import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { buildWaveReport } from '@jenjang/domain/surveys/survey-report';
import { skmDefinition } from '@jenjang/domain/surveys/survey-templates/skm.template';
import { describe, expect, it } from 'vitest';
import { breakdownChoices, breakdownRows } from './breakdown-data';

const skm = InstrumentDefinition.parse(skmDefinition());

const ELEMENTS = [
  'u1_requirements',
  'u2_procedures',
  'u3_service_time',
  'u4_cost',
  'u5_product',
  'u6_competence',
  'u7_conduct',
  'u8_complaints',
  'u9_facilities',
];
const citizen = (id: string, sex: string | undefined, score: number) => ({
  id,
  unitId: null,
  answers: { ...(sex ? { sex } : {}), ...Object.fromEntries(ELEMENTS.map((key) => [key, score])) },
});

describe('breakdownChoices', () => {
  it('offers citizens’ profile fields but never the OPD for a public SKM', () => {
    expect(breakdownChoices(skm, 'public')).toEqual(['sex', 'ageBand', 'education', 'occupation']);
  });

  it('offers the OPD for employees’ surveys, and only the profile fields the instrument asks', () => {
    const definition = InstrumentDefinition.parse({
      kind: 'custom',
      title: { id: 'Uji' },
      sections: [
        {
          key: 's',
          title: { id: 'S' },
          questions: [
            {
              key: 'age',
              type: 'single',
              profile: 'ageBand',
              text: { id: 'Usia' },
              options: [
                { value: 'a', label: { id: 'A' } },
                { value: 'b', label: { id: 'B' } },
              ],
            },
          ],
        },
      ],
    });
    expect(breakdownChoices(definition, 'anonymous')).toEqual(['unit', 'ageBand']);
  });
});

describe('breakdownRows', () => {
  const report = buildWaveReport({
    definition: skm,
    responses: [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => citizen(id, 'female', 4)),
      ...['f', 'g', 'h', 'i', 'j'].map((id) => citizen(id, 'male', 3)),
    ],
    minGroupSize: 5,
    population: 1000,
    final: true,
    hiddenTexts: new Set(),
    breakdown: { by: 'sex', unitNames: new Map() },
  });

  it('puts the IKM per group first, then each element’s mean in the instrument’s order', () => {
    const rows = breakdownRows(skm, report.breakdown!, 'id', 'IKM');
    expect(rows[0]).toMatchObject({ label: 'IKM', measure: 'ikm', values: [100, 75] });
    expect(rows.slice(1).map((r) => r.key)).toEqual(ELEMENTS);
    expect(rows[1]).toMatchObject({ measure: 'mean', values: [4, 3], detail: null, element: 'U1' });
  });

  it('leaves out the question the groups are formed by, and the texts', () => {
    const keys = breakdownRows(skm, report.breakdown!, 'id', 'IKM').map((r) => r.key);
    expect(keys).not.toContain('sex');
    expect(keys).not.toContain('suggestions');
    // The other profile questions are choices, not means: the table has no row for them either.
    expect(keys).not.toContain('age_band');
  });

  it('has no rows when every group was hidden', () => {
    const rows = breakdownRows(skm, { by: 'sex', groups: [], hiddenGroups: 2, otherCount: 10 }, 'id', 'IKM');
    expect(rows).toEqual([]);
  });
});
