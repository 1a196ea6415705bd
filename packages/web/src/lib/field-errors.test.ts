import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors';

describe('fieldErrorsOf', () => {
  it('turns the server’s body paths into form paths', () => {
    expect(
      fieldErrorsOf([
        { path: 'body/title', message: 'Terlalu pendek.' },
        { path: 'body/audience/unitIds', message: 'Terlalu banyak.' },
      ]),
    ).toEqual({ title: 'Terlalu pendek.', 'audience.unitIds': 'Terlalu banyak.' });
  });

  it('strips a longer prefix for a nested form', () => {
    expect(
      fieldErrorsOf(
        [{ path: 'body/definition/sections/0/questions/4/key', message: 'Nilai tidak valid.' }],
        'body/definition/',
      ),
    ).toEqual({ 'sections.0.questions.4.key': 'Nilai tidak valid.' });
  });

  it('leaves out errors outside the prefix and keeps the first message of a path', () => {
    expect(
      fieldErrorsOf([
        { path: 'params/id', message: 'Bukan angka.' },
        { path: 'body/label', message: 'Wajib diisi.' },
        { path: 'body/label', message: 'Terlalu panjang.' },
        { path: 'body', message: 'Tidak valid.' },
      ]),
    ).toEqual({ label: 'Wajib diisi.' });
  });

  it('gives nothing when the problem has no field errors', () => {
    expect(fieldErrorsOf(undefined)).toEqual({});
  });
});
