import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import id from '../i18n/id.json';
import { AUDIENCE_SOURCE_NAME, Audience } from './survey.contract';

const lookup = (catalog: unknown, key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

const issuesOf = (input: unknown) => {
  const result = Audience.safeParse(input);
  return result.success ? [] : result.error.issues;
};

describe('an audience from another feature', () => {
  it('takes a dotted lowercase source and a positive id', () => {
    for (const source of ['program.participants', 'policy.stakeholders', 'training.alumni-6m', 'a.b.c']) {
      expect(Audience.parse({ kind: 'source', source, id: 12 })).toEqual({ kind: 'source', source, id: 12 });
    }
  });

  it('refuses a name that is not dotted lowercase words, with a message in both languages', () => {
    for (const source of [
      'program',
      'Program.participants',
      'program..x',
      '.program',
      'program.',
      'program_x.y',
      'program.-x',
      '1x.y',
    ]) {
      expect(AUDIENCE_SOURCE_NAME.test(source), source).toBe(false);
      const issues = issuesOf({ kind: 'source', source, id: 1 });
      expect(
        issues.map((issue) => issue.path.join('/')),
        source,
      ).toEqual(['source']);
      const key = (issues[0] as { params?: { i18n?: string } }).params?.i18n ?? '';
      expect(key).toBe('errors.survey.audience.sourceName');
      expect(typeof lookup(id, key)).toBe('string');
      expect(typeof lookup(en, key)).toBe('string');
    }
  });

  it('refuses a name longer than 60 characters', () => {
    const source = `program.${'x'.repeat(53)}`;
    expect(source).toHaveLength(61);
    expect(issuesOf({ kind: 'source', source, id: 1 }).map((issue) => issue.code)).toContain('too_big');
    expect(Audience.safeParse({ kind: 'source', source: source.slice(0, 60), id: 1 }).success).toBe(true);
  });

  it('refuses an id that is not a positive whole number, and a missing one', () => {
    for (const bad of [0, -3, 1.5, '12', undefined]) {
      expect(
        issuesOf({ kind: 'source', source: 'program.participants', id: bad }).map((i) => i.path.join('/')),
        String(bad),
      ).toEqual(['id']);
    }
  });

  it('keeps no field another kind has', () => {
    expect(
      Audience.parse({ kind: 'source', source: 'program.participants', id: 3, employeeIds: [1] }),
    ).toEqual({
      kind: 'source',
      source: 'program.participants',
      id: 3,
    });
  });
});
