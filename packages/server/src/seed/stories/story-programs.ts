import type { Actor } from '@jenjang/domain/shared/access';
import type { Db } from '../../db/database';
import { getEmployee } from '../../features/employees/employee.service';
import { listCurricula } from '../../features/programs/curriculum.service';
import { getProgram, listApplications, listPrograms } from '../../features/programs/program.service';

// What the story tests read of a story's programs: each program as its page shows it to the admin,
// with every application, and what its published selection must respect.

export type StoryProgram = Awaited<ReturnType<typeof storyPrograms>>[number];

/** Every program of the government, as its page shows it to the admin, with all its applications. */
export async function storyPrograms(db: Db, admin: Actor) {
  const { items } = await listPrograms(db, admin, { page: 1, pageSize: 100 });
  const programs = [];
  for (const summary of items) {
    const program = await getProgram(db, admin, summary.id, 'id');
    programs.push({ ...program, listed: summary, applications: await applicationsOf(db, admin, program.id) });
  }
  return programs;
}

async function applicationsOf(db: Db, admin: Actor, programId: number) {
  const all = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listApplications(db, admin, programId, { page, pageSize: 200 });
    all.push(...items);
    if (all.length >= total || items.length === 0) return all;
  }
}

/** The OPD (the top of the unit path, by name) of each employee, as their page shows it. */
export async function opdsOf(db: Db, admin: Actor, employeeIds: readonly number[]) {
  const opds = new Map<number, string>();
  for (const id of new Set(employeeIds)) {
    opds.set(id, (await getEmployee(db, admin, id)).unitPath[0] ?? '–');
  }
  return opds;
}

/**
 * What a published selection must respect, as sentences naming what it does not (and, once the
 * program is completed, its completions and certificates): no batch seats
 * more than its capacity, and its seats taken are its selected applicants; each of them asked for
 * their batch; no OPD has more selected than the cap; the summary's counts add up.
 */
export async function selectionProblems(db: Db, admin: Actor, program: StoryProgram): Promise<string[]> {
  const problems: string[] = [];
  const selected = program.applications.filter((a) => a.state === 'selected');
  for (const batch of program.batches) {
    const seated = selected.filter((a) => a.batchId === batch.id).length;
    if (seated > batch.capacity)
      problems.push(`${batch.name}: ${seated} selected for ${batch.capacity} seats`);
    if (batch.taken !== seated)
      problems.push(`${batch.name}: ${batch.taken} seats taken, ${seated} selected`);
  }
  for (const a of selected) {
    if (!a.preferences.includes(a.batchId!))
      problems.push(`${a.employee.name} seated in a batch not asked for`);
  }
  if (program.quotaUnitMax !== null) {
    const opds = await opdsOf(
      db,
      admin,
      selected.map((a) => a.employee.id),
    );
    const perOpd = new Map<string, number>();
    for (const opd of opds.values()) perOpd.set(opd, (perOpd.get(opd) ?? 0) + 1);
    for (const [opd, count] of perOpd) {
      if (count > program.quotaUnitMax)
        problems.push(`${opd}: ${count} selected, cap ${program.quotaUnitMax}`);
    }
  }
  const summary = program.selection;
  if (!summary) return [...problems, 'no published selection'];
  if (summary.selected + summary.waitlisted !== summary.applicants) {
    problems.push(
      `${summary.selected} selected + ${summary.waitlisted} waiting ≠ ${summary.applicants} applicants`,
    );
  }
  for (const r of summary.reservedMet ?? []) {
    if (r.filled > r.reserved)
      problems.push(`batch ${r.batchId}: ${r.filled} of ${r.reserved} reserved seats filled`);
  }
  const seats = program.batches.reduce((sum, b) => sum + b.capacity, 0);
  if (summary.seats !== seats) problems.push(`the summary counts ${summary.seats} seats of ${seats}`);
  if (summary.selected > seats) problems.push(`${summary.selected} selected for ${seats} seats`);
  // A completed program's batches were held and closed: everyone seated completed or not, and each
  // who completed has a certificate.
  if (program.state === 'completed') {
    for (const a of selected) {
      if (a.completion === null) problems.push(`${a.employee.name}: no completion decided`);
      if (a.completion === 'completed' && a.certificateId === null)
        problems.push(`${a.employee.name}: completed without a certificate`);
    }
    if (!selected.some((a) => a.completion === 'completed')) problems.push('nobody completed');
  }
  return problems;
}

/**
 * What a program's curriculum must respect, as sentences naming what it does not: it has a
 * version; the current one's modules add up to the program's JP; every batch teaches a version;
 * every revision gives its reason.
 */
export async function curriculumProblems(db: Db, admin: Actor, program: StoryProgram): Promise<string[]> {
  // Degree study is the university's curriculum, not the government's.
  if (program.pathCode === 'PEND') return [];
  const { items, jpMismatch } = await listCurricula(db, admin, program.id);
  if (items.length === 0) return ['no curriculum'];
  const problems: string[] = [];
  if (jpMismatch) problems.push(`the modules add up to ${items[0]!.jp} JP of ${program.jp}`);
  const taught = new Set(items.flatMap((v) => v.batches.map((b) => b.id)));
  for (const batch of program.batches) {
    if (!taught.has(batch.id)) problems.push(`${batch.name} teaches no curriculum version`);
  }
  for (const v of items) {
    if (v.version > 1 && !v.reason) problems.push(`version ${v.version} gives no reason`);
  }
  return problems;
}

/** The program's curriculum revisions (versions after the first), newest first, as the agency reads them. */
export async function curriculumRevisions(db: Db, admin: Actor, programId: number) {
  return (await listCurricula(db, admin, programId)).items.filter((v) => v.version > 1);
}
