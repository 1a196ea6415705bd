import { describe, expect, it } from 'vitest';
import { allowedValues } from './schema-catalogue';

const checks = (...definitions: string[]) => definitions.map((definition) => ({ definition }));

describe('the values a column allows, read from its checks', () => {
  it('reads a list of texts, with or without null', () => {
    expect(allowedValues('sex', checks("CHECK ((sex = ANY (ARRAY['M'::bpchar, 'F'::bpchar])))"))).toEqual([
      'M',
      'F',
    ]);
    expect(
      allowedValues(
        'kind',
        checks("CHECK (((kind IS NULL) OR (kind = ANY (ARRAY['opd'::text, 'it''s'::text]))))"),
      ),
    ).toEqual(['opd', "it's"]);
  });

  it('reads a list of numbers', () => {
    expect(allowedValues('d', checks('CHECK ((d = ANY (ARRAY[2, 3])))'))).toEqual([2, 3]);
  });

  it('keeps only the values every check allows', () => {
    const both = checks(
      "CHECK ((s = ANY (ARRAY['a'::text, 'b'::text])))",
      "CHECK ((s = ANY (ARRAY['b'::text])))",
    );
    expect(allowedValues('s', both)).toEqual(['b']);
  });

  it('leaves the base type for any other check', () => {
    expect(allowedValues('n', checks('CHECK ((n >= 1))'))).toBeNull();
    expect(
      allowedValues(
        'level',
        checks("CHECK (((level IS NULL) OR ((kind = 'f'::text) AND (level = ANY (ARRAY['x'::text])))))"),
      ),
    ).toBeNull();
    expect(allowedValues('slug', checks("CHECK ((slug ~ '^[a-z]+$'::text))"))).toBeNull();
  });
});
