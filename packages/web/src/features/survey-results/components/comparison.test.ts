import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { describe, expect, it } from 'vitest';
import { comparableTables, comparisonTable, countMarked, groupTables, toneOf } from './comparison';

const definition = InstrumentDefinition.parse({
  kind: 'satisfaction',
  title: { id: 'Kepuasan pegawai' },
  sections: [
    {
      key: 'main',
      title: { id: 'Kepuasan' },
      questions: [
        {
          key: 'promotion_fair',
          type: 'likert',
          text: { id: 'Promosi dilakukan secara adil', en: 'Promotions are fair' },
          scale: { min: 1, max: 5 },
        },
        {
          key: 'channel',
          type: 'single',
          text: { id: 'Saluran informasi' },
          options: [
            { value: 'web', label: { id: 'Situs web', en: 'Website' } },
            { value: 'wa', label: { id: 'Grup WhatsApp', en: 'WhatsApp group' } },
          ],
        },
        {
          key: 'needs',
          type: 'abilityNeed',
          text: { id: 'Kemampuan dan kebutuhan' },
          scale: { min: 1, max: 5 },
          statements: [{ key: 'data', text: { id: 'Analisis data', en: 'Data analysis' } }],
        },
      ],
    },
  ],
});
const question = (key: string) => questionsOf(definition).find((q) => q.key === key);

/** A judged change as the server sends it. */
const judged = (
  before: number | null,
  after: number | null,
  verdict: 'up' | 'down' | 'steady' | 'tooFew' | null,
) => ({
  before,
  after,
  change: before === null || after === null ? null : after - before,
  low: null,
  high: null,
  verdict,
});

describe('toneOf', () => {
  it('counts a real rise of a mean as better and a real fall as worse', () => {
    expect(toneOf('mean', 'up')).toBe('better');
    expect(toneOf('mean', 'down')).toBe('worse');
    expect(toneOf('ikm', 'down')).toBe('worse');
  });

  it('counts a narrowing gap between need and ability as better', () => {
    expect(toneOf('gap', 'down')).toBe('better');
    expect(toneOf('gap', 'up')).toBe('worse');
  });

  it('gives no tone to a moving choice share, to no meaningful change, or to too few answers', () => {
    expect(toneOf('points', 'up')).toBe('neutral');
    expect(toneOf('mean', 'steady')).toBe('neutral');
    expect(toneOf('mean', 'tooFew')).toBe('neutral');
    expect(toneOf('mean', null)).toBe('neutral');
  });
});

describe('comparisonTable', () => {
  it('shows the real fall of satisfaction with promotions as bad news', () => {
    const table = comparisonTable(
      { type: 'likert', key: 'promotion_fair', mean: judged(2.8, 2.36, 'down') },
      question('promotion_fair'),
      'id',
    );
    expect(table).toMatchObject({
      title: 'Promosi dilakukan secara adil',
      element: null,
      measure: 'mean',
      decimals: 2,
    });
    expect(table.rows).toEqual([
      {
        key: 'promotion_fair',
        label: 'Promosi dilakukan secara adil',
        ...judged(2.8, 2.36, 'down'),
        tone: 'worse',
      },
    ]);
  });

  it('leaves 3,68 → 3,68 unmarked: no meaningful change, no tone', () => {
    const table = comparisonTable(
      { type: 'likert', key: 'promotion_fair', mean: judged(3.684, 3.675, 'steady') },
      question('promotion_fair'),
      'id',
    );
    expect(table.rows[0]).toMatchObject({ verdict: 'steady', tone: 'neutral' });
  });

  it('lists each option’s share in percentage points with its label', () => {
    const table = comparisonTable(
      {
        type: 'single',
        key: 'channel',
        options: [
          { value: 'web', ...judged(40, 55, 'up') },
          { value: 'wa', ...judged(60, 45, 'down') },
        ],
      },
      question('channel'),
      'en',
    );
    expect(table.measure).toBe('points');
    expect(table.decimals).toBe(1);
    expect(table.rows.map((r) => [r.label, r.verdict, r.tone])).toEqual([
      ['Website', 'up', 'neutral'],
      ['WhatsApp group', 'down', 'neutral'],
    ]);
  });

  it('compares ability–need statements by their gap', () => {
    const table = comparisonTable(
      { type: 'abilityNeed', key: 'needs', statements: [{ key: 'data', ...judged(1.2, 0.8, 'down') }] },
      question('needs'),
      'en',
    );
    expect(table.measure).toBe('gap');
    expect(table.rows[0]).toMatchObject({ label: 'Data analysis', verdict: 'down', tone: 'better' });
  });

  it('falls back to the keys of a question the instrument no longer has', () => {
    const table = comparisonTable(
      { type: 'number', key: 'gone', mean: judged(2, null, null) },
      undefined,
      'id',
    );
    expect(table.title).toBe('gone');
    expect(table.rows[0]).toMatchObject({ verdict: null, tone: 'neutral' });
  });
});

describe('comparableTables, groupTables and countMarked', () => {
  const promotion = comparisonTable(
    { type: 'likert', key: 'promotion_fair', mean: judged(2.8, 2.36, 'down') },
    question('promotion_fair'),
    'id',
  );
  const channel = comparisonTable(
    { type: 'single', key: 'channel', options: [{ value: 'web', ...judged(40, null, null) }] },
    question('channel'),
    'id',
  );

  it('leaves out a question none of whose rows has a figure in both waves', () => {
    expect(comparableTables([channel, promotion]).map((t) => t.key)).toEqual(['promotion_fair']);
  });

  it('puts the SKM elements first, then single means, then options and statements', () => {
    const element = { ...promotion, key: 'u1', element: 'U1' as const };
    const groups = groupTables([promotion, channel, element]);
    expect(groups.elements.map((t) => t.key)).toEqual(['u1']);
    expect(groups.means.map((t) => t.key)).toEqual(['promotion_fair']);
    expect(groups.others.map((t) => t.key)).toEqual(['channel']);
  });

  it('counts only the real rises and falls', () => {
    const steady = comparisonTable(
      { type: 'likert', key: 'promotion_fair', mean: judged(3.684, 3.675, 'steady') },
      question('promotion_fair'),
      'id',
    );
    expect(countMarked([promotion, steady, channel])).toEqual({ up: 0, down: 1 });
  });
});
