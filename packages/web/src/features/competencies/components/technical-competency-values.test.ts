import { describe, expect, it } from 'vitest';
import { bodyOf, initialValues, levelErrorsOnForm } from './technical-competency-values';

describe('the technical competency form', () => {
  it('sends the code as stored and only the levels that were described, indicators one per line', () => {
    const values = initialValues(null);
    values.code = ' sia-01 ';
    values.name = ' Pengelolaan SIAK ';
    values.levels[1] = {
      descriptor: ' Menjalankan modul dasar ',
      indicators: 'Mencetak KK\n\n  Mencari NIK  ',
    };
    values.levels[3] = { descriptor: 'Mengonfigurasi', indicators: '' };
    expect(bodyOf(values)).toEqual({
      code: 'SIA-01',
      name: 'Pengelolaan SIAK',
      definition: null,
      levels: [
        { level: 2, descriptor: 'Menjalankan modul dasar', indicators: ['Mencetak KK', 'Mencari NIK'] },
        { level: 4, descriptor: 'Mengonfigurasi', indicators: [] },
      ],
    });
  });

  it('fills the form from a competency, level by level', () => {
    const values = initialValues({
      id: 3,
      code: 'TK.1',
      type: 'teknis',
      national: false,
      name: 'Arsip',
      definition: 'Mengelola arsip.',
      levels: [{ level: 3, descriptor: 'Menata', indicators: ['a', 'b'] }],
      positionCount: 0,
      assessed: false,
    });
    expect(values.levels).toHaveLength(5);
    expect(values.levels[2]).toEqual({ descriptor: 'Menata', indicators: 'a\nb' });
    expect(values.levels[0]).toEqual({ descriptor: '', indicators: '' });
  });

  it('puts an error on a level sent second back on that level of the form', () => {
    expect(
      levelErrorsOnForm(
        { code: 'taken', 'levels.1.descriptor': 'too long', 'levels.0.indicators.2': 'long' },
        [2, 4],
      ),
    ).toEqual({ code: 'taken', 'levels.3.descriptor': 'too long', 'levels.1.indicators': 'long' });
  });
});
