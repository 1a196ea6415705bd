import type { ComparisonItem } from '../../../api/types';

const ORDER: ComparisonItem['kind'][] = ['added', 'modified', 'moved', 'split', 'merged', 'deleted'];

/** How many provisions of each kind of change a comparison holds, in a fixed order, unchanged left out. */
export function countKinds(
  items: readonly Pick<ComparisonItem, 'kind'>[],
): [ComparisonItem['kind'], number][] {
  return ORDER.map(
    (kind) => [kind, items.filter((item) => item.kind === kind).length] as [ComparisonItem['kind'], number],
  ).filter(([, count]) => count > 0);
}
