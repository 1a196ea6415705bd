import type { PolicyVersionText } from '../../../api/types';

// Where a provision may go in a draft, and what a new one may be split or merged from: pure helpers
// of the editor, tested beside it.

/** The provision and everything below it: no place inside itself is offered for a move. */
export function descendantsOf(text: PolicyVersionText, id: number): Set<number> {
  const found = new Set([id]);
  for (const provision of text.provisions) {
    // Reading order puts every part after its parent, so one pass finds the whole subtree.
    if (provision.parentId !== null && found.has(provision.parentId)) found.add(provision.provisionId);
  }
  return found;
}

/** "First" or "after <sibling>" under a parent, the moving provision itself left out. */
export function placeChoices(
  text: PolicyVersionText,
  parentId: number | null,
  moving: number | undefined,
  first: string,
) {
  return [
    { value: '', label: first },
    ...text.provisions
      .filter((p) => p.parentId === parentId && p.provisionId !== moving)
      .map((p) => ({ value: String(p.provisionId), label: p.label })),
  ];
}

const NEW_IN_DRAFT = new Set(['added', 'split', 'merged']);

/** Provisions of the text in force a new one may come from: those the draft kept, and those it removed. */
export function originChoices(text: PolicyVersionText) {
  return [
    ...text.provisions
      .filter((p) => !p.change || !NEW_IN_DRAFT.has(p.change.kind))
      .map((p) => ({ value: String(p.provisionId), label: p.label })),
    ...text.removed.map((p) => ({ value: String(p.provisionId), label: p.label })),
  ];
}
