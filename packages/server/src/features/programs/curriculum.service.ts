import type { Curricula, CurriculumBody } from '@jenjang/domain/programs/curriculum.contract';
import {
  curriculumDiff,
  curriculumJp,
  curriculumJpMismatch,
  diffIsEmpty,
} from '@jenjang/domain/programs/curriculum.rules';
import type { ProgramState } from '@jenjang/domain/programs/program.rules';
import { type Actor, can } from '@jenjang/domain/shared/access';
import type { z } from 'zod';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import * as repo from './curriculum.repository';
import * as programs from './program.repository';

// A program's versioned curriculum (domain curriculum.rules.ts): the agency records the first
// version and revises it, each revision with its reason and the batches whose evaluation is the
// evidence behind it; a version is never edited once recorded. A batch teaches the version that was
// the program's latest when it was planned; a revision may move the batches that have not started
// (and any batch with no version yet) to itself. Who reads what:
// - the agency (program.manage): every version with its record (author, reason, evidence, diff);
// - a trainer (program.teach): the versions their batches teach, with their record;
// - a reader of the catalog (program.read): the current version of a published program, its
//   modules only — catalog information, nobody's name.
// Versions are numbered under the program row's lock, so concurrent revisions line up; one made
// from a version no longer the latest (`previousVersion`) is refused with 409 rather than silently
// undoing the revision recorded in between.

type Body = z.output<typeof CurriculumBody>;
type View = z.output<typeof Curricula>;

const GOVERNMENT = (actor: Actor) => ({ tenantId: actor.tenantId, unitPath: null });

/** A finished or cancelled program's curriculum stays as its batches taught it. */
const REVISABLE: readonly ProgramState[] = ['draft', 'open', 'closed', 'selected'];

export async function listCurricula(db: Db, actor: Actor, programId: number): Promise<View> {
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await programs.findProgram(tx, programId);
    if (!program) throw notFound();
    const manager = can(actor, 'program.manage', GOVERNMENT(actor));
    const taught = manager
      ? []
      : can(actor, 'program.teach', { tenantId: actor.tenantId, accountId: actor.accountId })
        ? await repo.batchesTaughtBy(tx, programId, actor.accountId)
        : [];
    const reader = program.state !== 'draft' && can(actor, 'program.read', GOVERNMENT(actor));
    if (!manager && taught.length === 0 && !reader) throw notFound();
    return view(tx, program, { manager, taught: new Set(taught), reader });
  });
}

async function view(
  tx: Tx,
  program: programs.ProgramRow,
  reach: { manager: boolean; taught: ReadonlySet<number>; reader: boolean },
): Promise<View> {
  const rows = await repo.versionsOf(tx, program.id);
  const items = rows.flatMap((row, index) => {
    const full = reach.manager || row.batches.some((b) => reach.taught.has(b.id));
    const current = index === 0;
    if (!full && !(current && reach.reader)) return [];
    const before = rows[index + 1];
    return [
      {
        id: row.id,
        version: row.version,
        modules: row.modules,
        jp: curriculumJp(row.modules),
        createdAt: new Date(row.createdAt).toISOString(),
        batches: row.batches,
        author: full ? row.author : null,
        reason: full ? row.reason : null,
        evidenceBatches: full ? row.evidenceBatches : [],
        changes: full && before ? curriculumDiff(before.modules, row.modules) : null,
      },
    ];
  });
  const latest = rows[0];
  return {
    items,
    programJp: program.jp,
    jpMismatch: latest !== undefined && curriculumJpMismatch(latest.modules, program.jp) !== null,
    history: reach.manager,
    revisable: reach.manager && REVISABLE.includes(program.state),
  };
}

type FieldError = { path: string; key: string; params?: Record<string, unknown> };

/** What is wrong with the revision against the program, its latest version and its batches. */
function problemsOf(
  body: Body,
  program: programs.ProgramRow,
  latest: { modules: Body['modules'] } | undefined,
  batches: readonly { id: number; startsOn: string }[],
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  const mismatch = curriculumJpMismatch(body.modules, program.jp);
  if (mismatch)
    problems.push({ path: 'body/modules', key: 'program.curriculum.jpMismatch', params: mismatch });
  if (latest === undefined) {
    if (body.reason !== null)
      problems.push({ path: 'body/reason', key: 'program.curriculum.firstHasNoReason' });
    if (body.evidenceBatchIds.length > 0)
      problems.push({ path: 'body/evidenceBatchIds', key: 'program.curriculum.firstHasNoEvidence' });
    return problems;
  }
  if (body.reason === null) problems.push({ path: 'body/reason', key: 'program.curriculum.reasonRequired' });
  if (diffIsEmpty(curriculumDiff(latest.modules, body.modules))) {
    problems.push({ path: 'body/modules', key: 'program.curriculum.unchanged' });
  }
  const firstDay = new Map(batches.map((b) => [b.id, b.startsOn]));
  if (body.evidenceBatchIds.some((id) => !firstDay.has(id))) {
    problems.push({ path: 'body/evidenceBatchIds', key: 'program.curriculum.unknownEvidence' });
  } else if (body.evidenceBatchIds.some((id) => firstDay.get(id)! > today)) {
    // A batch that has not begun has no evaluation to stand on.
    problems.push({ path: 'body/evidenceBatchIds', key: 'program.curriculum.evidenceNotHeld' });
  }
  return problems;
}

/** Records the program's next curriculum version. */
export async function reviseCurriculum(
  db: Db,
  actor: Actor,
  programId: number,
  body: Body,
  now: Date,
): Promise<View> {
  if (!can(actor, 'program.manage', GOVERNMENT(actor))) throw new ProblemError(403, 'program.notManager');
  return withTenant(db, actor.tenantId, async (tx) => {
    // The program's lock numbers the versions one after another.
    const program = await programs.findProgram(tx, programId, { lock: true });
    if (!program) throw notFound();
    if (!REVISABLE.includes(program.state)) {
      throw new ProblemError(409, 'program.curriculum.closed', { state: program.state });
    }
    const latest = await repo.latestOf(tx, programId);
    const latestVersion = latest?.version ?? null;
    if (body.previousVersion !== undefined && body.previousVersion !== latestVersion) {
      throw new ProblemError(409, 'program.curriculum.stale', { version: latestVersion ?? 0 });
    }
    const today = await tenantToday(tx, now);
    const problems = problemsOf(body, program, latest, await repo.batchDaysOf(tx, programId), today);
    if (problems.length > 0) throw new ProblemError(400, 'problem.validation', {}, problems);
    const version = (latestVersion ?? 0) + 1;
    if (version > 1000) throw new ProblemError(409, 'program.curriculum.tooMany');
    const id = await repo.insertVersion(tx, actor.tenantId, {
      programId,
      version,
      modules: body.modules,
      reason: body.reason,
      evidenceBatchIds: body.evidenceBatchIds,
      by: actor.accountId,
      at: now,
    });
    if (id === null) throw new ProblemError(409, 'program.curriculum.stale', { version });
    const moved = body.applyToUnstartedBatches
      ? await repo.moveUnstartedBatches(tx, programId, id, today)
      : [];
    await publish(tx, actor.tenantId, {
      type: 'program.curriculumRevised',
      actorAccountId: actor.accountId,
      payload: {
        programId,
        title: program.title,
        curriculumId: id,
        version,
        reason: body.reason,
        evidenceBatchIds: [...body.evidenceBatchIds],
        movedBatchIds: moved,
      },
    });
    return view(tx, program, { manager: true, taught: new Set(), reader: true });
  });
}
