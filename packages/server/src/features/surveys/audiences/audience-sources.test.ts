import { describe, expect, it } from 'vitest';
import { everyoneSource, unitMembersSource } from '../../../../test/factories/survey.factory';
import { AudienceSources } from './audience-sources';

describe('registering sources', () => {
  const source = (name: string) => ({ ...everyoneSource, name });

  it('knows the sources it was built with, by name', () => {
    expect(new AudienceSources([unitMembersSource, everyoneSource]).names()).toEqual([
      'test.everyone',
      'test.unit-members',
    ]);
    expect(new AudienceSources().names()).toEqual([]);
  });

  it('stops the start on a malformed or repeated name', () => {
    for (const name of ['program', 'Program.participants', `program.${'x'.repeat(53)}`]) {
      expect(() => new AudienceSources([source(name)]), name).toThrow(/dotted lowercase/);
    }
    expect(
      () => new AudienceSources([source('program.participants'), source('program.participants')]),
    ).toThrow(/registered twice/);
  });
});
