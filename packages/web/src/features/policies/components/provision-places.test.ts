import { describe, expect, it } from 'vitest';
import type { PolicyVersionText, ProvisionView } from '../../../api/types';
import { descendantsOf, originChoices, placeChoices } from './provision-places';

const provision = (
  provisionId: number,
  parentId: number | null,
  label: string,
  kind?: string,
): ProvisionView => ({
  provisionId,
  parentId,
  ordinal: 0,
  depth: parentId === null ? 0 : 1,
  label,
  heading: null,
  body: '',
  change: kind ? { versionId: 2, versionNumber: 2, kind: kind as 'added', reason: 'x', evidence: [] } : null,
});

/** Pasal 1; Pasal 2 with (1) and (2); Pasal 3 added by the draft; Pasal 4 removed by it. */
const text = {
  policyId: 1,
  policyTitle: 'Kebijakan',
  version: { id: 2, number: 2 },
  provisions: [
    provision(1, null, 'Pasal 1'),
    provision(2, null, 'Pasal 2'),
    provision(21, 2, '(1)'),
    provision(22, 2, '(2)', 'modified'),
    provision(3, null, 'Pasal 3', 'added'),
  ],
  removed: [
    { provisionId: 4, label: 'Pasal 4', heading: null, change: provision(4, null, 'x', 'deleted').change! },
  ],
} as unknown as PolicyVersionText;

describe('descendantsOf', () => {
  it('holds the provision and its parts, so a move never goes inside itself', () => {
    expect([...descendantsOf(text, 2)].sort()).toEqual([2, 21, 22]);
    expect([...descendantsOf(text, 21)]).toEqual([21]);
  });
});

describe('placeChoices', () => {
  it('offers first or after each sibling under the parent, without the provision being moved', () => {
    expect(placeChoices(text, 2, 21, 'Paling awal').map((c) => c.label)).toEqual(['Paling awal', '(2)']);
    expect(placeChoices(text, null, undefined, 'Paling awal').map((c) => c.value)).toEqual([
      '',
      '1',
      '2',
      '3',
    ]);
  });
});

describe('originChoices', () => {
  it('offers what the text in force held: kept and removed provisions, never one new in the draft', () => {
    expect(originChoices(text).map((c) => c.label)).toEqual(['Pasal 1', 'Pasal 2', '(1)', '(2)', 'Pasal 4']);
  });
});
