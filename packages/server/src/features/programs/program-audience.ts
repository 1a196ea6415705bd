import { notFound } from '../../http/problem';
import type { AudienceSource } from '../surveys/audiences/audience-sources';
import { keptBatch } from './batch-access';
import * as evaluations from './evaluation.repository';

// What development programs offer the surveys as an audience (surveys/audiences): `program.batch`,
// the employees holding a seat of a batch (id: the batch), and `program.batch-supervisors`, their
// direct supervisors. A batch's reaction survey asks them when
// it closes; the agency may also ask them anything else through the surveys. Registered in app.ts.

export const programBatchAudience: AudienceSource = {
  name: 'program.batch',
  employees: (tx, batchId) => evaluations.batchParticipants(tx, batchId),
  /** Those who keep the batch: the agency, or a trainer of that batch (batch-access.ts). */
  async authorise(tx, actor, batchId) {
    const programId = await evaluations.programOfBatch(tx, batchId);
    if (programId === null) throw notFound();
    await keptBatch(tx, actor, programId, batchId);
  },
};

/**
 * `program.batch-supervisors`: the direct supervisors of a batch's participants (id: the batch), whom
 * its behaviour follow-up asks how the alumni apply the training (follow-up.ts).
 */
export const programBatchSupervisorsAudience: AudienceSource = {
  name: 'program.batch-supervisors',
  employees: (_tx, batchId) => evaluations.batchSupervisors(batchId),
  authorise: programBatchAudience.authorise,
};
