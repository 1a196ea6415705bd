process.env.TZ = 'Asia/Jakarta';

import { describe, expect, it } from 'vitest';
import { formatChange, formatIkm, formatMean, formatNrr, formatShare, formatWindow } from './result-format';

describe('IKM and NRR figures', () => {
  it('writes an IKM to two decimals with a decimal comma in Indonesian', () => {
    expect(formatIkm(82.15, 'id')).toBe('82,15');
    expect(formatIkm(100, 'id')).toBe('100,00');
  });

  it('writes an IKM with a decimal point in English', () => {
    expect(formatIkm(82.15, 'en')).toBe('82.15');
  });

  it('writes an NRR to the four decimals of the regulation’s table', () => {
    expect(formatNrr(3.5324, 'id')).toBe('3,5324');
    expect(formatNrr(3.3, 'id')).toBe('3,3000');
    expect(formatNrr(0.3666666, 'en')).toBe('0.3667');
  });
});

describe('means and shares', () => {
  it('writes a mean to two decimals, and nothing when nobody answered', () => {
    expect(formatMean(3.456, 'id')).toBe('3,46');
    expect(formatMean(null, 'id')).toBeNull();
  });

  it('takes a share in percent, as the API sends it, and keeps one decimal at most', () => {
    expect(formatShare(100 / 3, 'id')).toBe('33,3%');
    expect(formatShare(50, 'en')).toBe('50%');
    expect(formatShare(null, 'en')).toBeNull();
  });
});

describe('changes between waves', () => {
  it('signs a rise and a fall', () => {
    expect(formatChange(0.4, 2, 'id')).toBe('+0,40');
    expect(formatChange(-0.4, 2, 'en')).toBe('-0.40');
  });

  it('gives no sign to a change that rounds to zero', () => {
    expect(formatChange(-0.001, 2, 'id')).toBe('0,00');
  });
});

describe('answering window', () => {
  it('writes the window in the viewer’s time zone as one range', () => {
    const text = formatWindow('2025-01-01T01:00:00Z', '2025-01-31T16:59:00Z', 'id');
    expect(text).toContain('1 Jan 2025');
    expect(text).toContain('08.00');
    expect(text).toContain('31 Jan 2025');
    expect(text).toContain('23.59');
  });

  it('shows timestamps it cannot read as they came', () => {
    expect(formatWindow('kemarin', 'besok', 'id')).toBe('kemarin – besok');
  });
});
