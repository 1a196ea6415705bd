import { describe, expect, it } from 'vitest';
import { validateCheckInSearch } from './check-in-search';

describe('the check-in link', () => {
  it('keeps a well-formed batch, day and code', () => {
    expect(validateCheckInSearch({ batch: '12', day: '2027-03-02', code: 'Ab_-0123456789xy' })).toEqual({
      batch: 12,
      day: '2027-03-02',
      code: 'Ab_-0123456789xy',
    });
  });

  it('drops what is malformed', () => {
    expect(validateCheckInSearch({ batch: '-1', day: '2/3/2027', code: '<script>' })).toEqual({});
  });
});
