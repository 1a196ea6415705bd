import { PREDIKATS, type Predikat } from '@jenjang/domain/performance/predikat.rules';
import type { Tx } from '../../db/database';
import * as repo from './performance.repository';

// What other features read of performance appraisal, inside their own transaction and after their
// own authorisation: a person's latest annual predikat (the IDP's performance gap, PP 17/2020 art. 206).

/** The latest annual appraisal's year and predikat, of a year before `beforeYear` when given. */
export async function latestAnnualPredikat(
  tx: Tx,
  employeeId: number,
  beforeYear?: number,
): Promise<{ year: number; predikat: Predikat } | null> {
  const annual = (await repo.appraisalsOf(tx, employeeId)).find(
    (a) => a.period === 'annual' && (beforeYear === undefined || a.year < beforeYear),
  );
  if (!annual || !(PREDIKATS as readonly string[]).includes(annual.predikat)) return null;
  return { year: annual.year, predikat: annual.predikat as Predikat };
}
