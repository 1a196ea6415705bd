import { ProblemError } from '../../http/problem';

/**
 * Runs a write whose name the database keeps unique (sibling units, case-insensitive and closed ones
 * included; a government's positions): its unique violation (23505) becomes a 409 naming the name,
 * so two requests racing for one name get the same answer as one that found it taken.
 */
export async function uniqueName<T>(
  problem: 'unit.nameTaken' | 'position.nameTaken' | 'competency.codeTaken',
  name: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new ProblemError(409, problem, { name });
    throw error;
  }
}
