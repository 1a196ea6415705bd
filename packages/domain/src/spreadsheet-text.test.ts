import { describe, expect, it } from 'vitest';
import { spreadsheetText } from './spreadsheet-text';

describe('spreadsheetText', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (value) => {
    expect(spreadsheetText(value)).toBe(`'${value}`);
  });

  it('leaves other text alone, also a sign inside it', () => {
    expect(spreadsheetText('Budi Santoso')).toBe('Budi Santoso');
    expect(spreadsheetText('a=b')).toBe('a=b');
    expect(spreadsheetText('')).toBe('');
  });
});
