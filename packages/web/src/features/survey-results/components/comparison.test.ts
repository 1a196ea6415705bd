import { InstrumentDefinition, questionsOf } from '@jenjang/domain/contracts/instrument.contract';
import { describe, expect, it } from 'vitest';
import { comparableTables, comparisonTable, directionOf, toneOf } from './comparison';

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

describe('directionOf', () => {
  it('reads a fall and a rise', () => {
    expect(directionOf(-0.4, 2)).toBe('down');
    expect(directionOf(0.25, 2)).toBe('up');
  });

  it('calls a change that rounds to zero where shown no change', () => {
    expect(directionOf(0.004, 2)).toBe('same');
    expect(directionOf(-0.04, 1)).toBe('same');
    expect(directionOf(0, 2)).toBe('same');
  });

  it('has no direction when one wave has no figure', () => {
    expect(directionOf(null, 2)).toBeNull();
  });
});

describe('toneOf', () => {
  it('counts a higher mean as better and a lower one as worse', () => {
    expect(toneOf('mean', 'up')).toBe('better');
    expect(toneOf('mean', 'down')).toBe('worse');
  });

  it('counts a narrowing gap between need and ability as better', () => {
    expect(toneOf('gap', 'down')).toBe('better');
    expect(toneOf('gap', 'up')).toBe('worse');
  });

  it('judges neither a moving choice share nor no change', () => {
    expect(toneOf('points', 'up')).toBe('neutral');
    expect(toneOf('mean', 'same')).toBe('neutral');
    expect(toneOf('mean', null)).toBe('neutral');
  });
});

describe('comparisonTable', () => {
  it('shows a falling satisfaction with promotions as a decrease, and bad news', () => {
    const table = comparisonTable(
      { type: 'likert', key: 'promotion_fair', mean: { before: 3.6, after: 3.1, change: -0.5 } },
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
        before: 3.6,
        after: 3.1,
        change: -0.5,
        direction: 'down',
        tone: 'worse',
      },
    ]);
  });

  it('lists each option’s share in percentage points with its label', () => {
    const table = comparisonTable(
      {
        type: 'single',
        key: 'channel',
        options: [
          { value: 'web', before: 40, after: 55, change: 15 },
          { value: 'wa', before: 60, after: 45, change: -15 },
        ],
      },
      question('channel'),
      'en',
    );
    expect(table.measure).toBe('points');
    expect(table.decimals).toBe(1);
    expect(table.rows.map((r) => [r.label, r.direction, r.tone])).toEqual([
      ['Website', 'up', 'neutral'],
      ['WhatsApp group', 'down', 'neutral'],
    ]);
  });

  it('compares ability–need statements by their gap', () => {
    const table = comparisonTable(
      {
        type: 'abilityNeed',
        key: 'needs',
        statements: [{ key: 'data', before: 1.2, after: 0.8, change: -0.4 }],
      },
      question('needs'),
      'en',
    );
    expect(table.measure).toBe('gap');
    expect(table.rows[0]).toMatchObject({ label: 'Data analysis', direction: 'down', tone: 'better' });
  });

  it('falls back to the keys of a question the instrument no longer has', () => {
    const table = comparisonTable(
      { type: 'number', key: 'gone', mean: { before: 2, after: null, change: null } },
      undefined,
      'id',
    );
    expect(table.title).toBe('gone');
    expect(table.rows[0]).toMatchObject({ direction: null, tone: 'neutral' });
  });
});

describe('comparableTables', () => {
  it('leaves out a question none of whose rows has a figure in both waves', () => {
    const profile = comparisonTable(
      { type: 'single', key: 'channel', options: [{ value: 'web', before: 40, after: null, change: null }] },
      question('channel'),
      'id',
    );
    const promotion = comparisonTable(
      { type: 'likert', key: 'promotion_fair', mean: { before: 3.6, after: 3.1, change: -0.5 } },
      question('promotion_fair'),
      'id',
    );
    expect(comparableTables([profile, promotion]).map((t) => t.key)).toEqual(['promotion_fair']);
  });
});
