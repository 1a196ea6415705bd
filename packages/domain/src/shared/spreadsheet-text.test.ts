import { describe, expect, it } from 'vitest';
import { spreadsheetCell, spreadsheetText } from './spreadsheet-text';

describe('spreadsheetText', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (value) => {
    expect(spreadsheetText(value)).toBe(`'${value}`);
  });

  it('leaves other text alone, also a sign inside it', () => {
    expect(spreadsheetText('Budi Santoso')).toBe('Budi Santoso');
    expect(spreadsheetText('a=b')).toBe('a=b');
    expect(spreadsheetText('')).toBe('');
  });

  it('leaves numbers as numbers: -3 is a figure, "-3" typed as text is not', () => {
    const date = new Date(Date.UTC(2026, 0, 5));
    expect([-3, 0, null, date, true].map(spreadsheetCell)).toEqual([-3, 0, null, date, true]);
    expect(spreadsheetCell('-3')).toBe("'-3");
  });
});
