import { cellIssue, cellText, type RowIssue, unwrapCell } from '../shared/import-cells';
import { normalizeNip } from './nip.rules';

/**
 * An 18-digit NIP (or NI PPPK) naming an employee in an import row, normalised ('19850312 201001 1
 * 003' reads as 198503122010011003); its problem is pushed to `errors` and null returned. Whether
 * it belongs to the government is the merge's to say.
 */
export function readNipCell(
  cells: Record<string, unknown>,
  column: string,
  errors: RowIssue[],
): string | null {
  const raw = unwrapCell(cells[column]);
  if (cellText(raw) === null) return null;
  const normal = normalizeNip(typeof raw === 'number' ? raw : (cellText(raw) ?? ''));
  if (!normal.ok) {
    errors.push(cellIssue(cells, column, normal.code, normal.params));
    return null;
  }
  if (normal.value.length !== 18) {
    errors.push(cellIssue(cells, column, 'nip.length', { length: normal.value.length, value: normal.value }));
    return null;
  }
  return normal.value;
}
