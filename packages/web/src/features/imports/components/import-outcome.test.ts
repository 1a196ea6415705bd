import { describe, expect, it } from 'vitest';
import { importedRows, importOutcome } from './import-outcome';

const result = (rows: number, invalid: number, inserted = rows - invalid) => ({
  rows,
  inserted,
  updated: 0,
  unchanged: 0,
  invalid,
  warnings: 0,
});

describe('importOutcome', () => {
  it('calls an import where every row was rejected what it is', () => {
    expect(importOutcome({ status: 'succeeded', result: result(4, 4) })).toBe('rejected');
  });

  it('tells a partial import from a complete one', () => {
    expect(importOutcome({ status: 'succeeded', result: result(4, 1) })).toBe('partial');
    expect(importOutcome({ status: 'succeeded', result: result(4, 0) })).toBe('succeeded');
  });

  it('follows the job while it runs and when it fails', () => {
    expect(importOutcome({ status: 'queued', result: null })).toBe('running');
    expect(importOutcome({ status: 'running', result: null })).toBe('running');
    expect(importOutcome({ status: 'failed', result: null })).toBe('failed');
  });

  it('counts the rows that made it in', () => {
    expect(importedRows({ ...result(10, 2, 3), updated: 4, unchanged: 1 })).toBe(8);
  });
});
