import { ApplyBody, BatchBody, ProgramBody } from '@jenjang/domain/programs/program.contract';
import { ScholarshipCallBody } from '@jenjang/domain/programs/scholarship.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import { addDays, addMonths } from '@jenjang/domain/shared/calendar-date';
import type { Db } from '../db/database';
import { getEmployee, listEmployees } from '../features/employees/employee.service';
import { listPolicies } from '../features/policies/policy.service';
import * as programs from '../features/programs/program.service';
import * as scholarships from '../features/programs/scholarship.service';
import { registerScholarshipSchedules } from '../features/programs/scholarship-schedules';
import type { Clock } from '../platform/clock';
import { Scheduler } from '../platform/jobs/schedule';
import { ensureDemoPartners } from './demo-partners';
import { pick, type Random, seededRandom } from './demo-people';
import { programPaths } from './demo-programs';
import { dayOf, demoActor } from './demo-surveys';
import { storyOf } from './stories/demo-stories';
import type { DemoScholarFate, DemoScholarship } from './stories/story';

// A story's scholarship call, run as its agency ran it, through the programs' and scholarships'
// services on the days of the story: the call is drafted with its terms and opened; applicants
// upload the documents it asks for (small PDFs of the demo's own making) and apply; the selection
// runs; the agency awards those selected, who study from the intake's first day, report each term
// (accepted by the agency a week later) and fare as the story tells — back at work with the bond
// running, graduated awaiting placement, still studying after a leave, or resigned. The demo's people
// have no accounts: the agency enters their documents, applications and reports as their own, as it
// would papers handed in.

const DAY = 86_400_000;
const LOCALE = 'id';

/** A small, complete PDF (the bytes a document's type is judged by), naming what it stands for. */
function demoPdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

/**
 * `count` active PNS of the government with a unit, aged 25 to 40 when the call opens and in service
 * for two years by then (a NIP begins with its holder's birth date and the month of their TMT CPNS),
 * youngest first, not the demo accounts' own people; as the employee list shows them.
 */
async function candidates(db: Db, admin: Actor, exclude: ReadonlySet<number>, opens: Date, count: number) {
  const day = dayOf(opens).replaceAll('-', '');
  const year = opens.getUTCFullYear();
  const [bornAfter, bornBy] = [`${year - 40}${day.slice(4)}`, `${year - 25}${day.slice(4)}`];
  const servingSince = `${year - 2}${day.slice(4, 6)}`;
  const fitting: { id: number; born: string }[] = [];
  for (let page = 1; ; page++) {
    const query = { page, pageSize: 5_000, sort: 'nip', employeeType: 'PNS' as const };
    const { items, total } = await listEmployees(db, admin, query);
    for (const e of items) {
      const [born, appointed] = [e.nip.slice(0, 8), e.nip.slice(8, 14)];
      const fits = born > bornAfter && born <= bornBy && appointed <= servingSince;
      if (fits && e.unitName !== null && !exclude.has(e.id)) fitting.push({ id: e.id, born });
    }
    if (page * query.pageSize >= total || items.length === 0) break;
  }
  fitting.sort((a, b) => b.born.localeCompare(a.born) || a.id - b.id);
  const chosen: { id: number; name: string }[] = [];
  for (const { id } of fitting) {
    if (chosen.length === count) break;
    const employee = await getEmployee(db, admin, id);
    if (employee.status === 'aktif') chosen.push({ id, name: employee.name });
  }
  return chosen;
}

async function runCall(
  db: Db,
  schedules: Scheduler,
  admin: Actor,
  story: DemoScholarship,
  ctx: { today: number; random: Random; partners: Map<string, number>; exclude: Set<number> },
) {
  const at = (offset: number) => new Date(ctx.today + offset * DAY);
  const day = (offset: number) => dayOf(at(offset));
  const policies = new Map((await listPolicies(db, admin, at(0))).items.map((p) => [p.title, p.id]));
  const partnerId = ctx.partners.get(story.partner) ?? null;
  const program = await programs.createProgram(
    db,
    admin,
    ProgramBody.parse({
      title: story.title,
      description: story.description,
      pathCode: 'PEND',
      jp: 0,
      providerKind: partnerId === null ? 'internal' : 'partner',
      providerName: story.partner,
      partnerId,
      policyId: policies.get(story.policy) ?? null,
      applicationsCloseOn: day(story.closes),
      rankingShowsNames: true,
      appealDays: 3,
    }),
    LOCALE,
  );
  await scholarships.setCall(
    db,
    admin,
    program.id,
    ScholarshipCallBody.parse({
      degree: story.degree,
      fields: story.fields,
      institution: story.partner,
      partnerId,
      studyMonths: story.studyMonths,
      requirements:
        'PNS dengan masa kerja paling sedikit dua tahun, usia paling tinggi 40 tahun, penilaian kinerja ' +
        'dua tahun terakhir paling rendah Baik, dan bidang studi sesuai kebutuhan organisasi.',
      documents: story.documents,
    }),
    at(story.opens),
  );
  const studyEnd = addDays(addMonths(day(story.studyFrom), story.studyMonths), -1);
  await programs.saveBatch(
    db,
    admin,
    program.id,
    null,
    BatchBody.parse({
      name: 'Angkatan 2024',
      startsOn: day(story.studyFrom),
      endsOn: studyEnd,
      capacity: story.quota,
    }),
    LOCALE,
  );
  const opened = await programs.transitionProgram(db, admin, program.id, 'open', LOCALE);
  const batchId = opened.batches[0]!.id;
  const people = await candidates(db, admin, ctx.exclude, at(story.opens), story.applicants);
  for (const [index, person] of people.entries()) {
    const applicant: Actor = { ...admin, employeeId: person.id };
    const when = at(story.opens + 2 + index);
    for (const kind of story.documents) {
      await scholarships.uploadDocument(
        db,
        { evidenceMaxBytes: 5 * 1024 * 1024 },
        applicant,
        program.id,
        kind,
        { name: `${kind}-${person.id}.pdf`, content: demoPdf(`${kind} ${person.name}`) },
        when,
      );
    }
    await programs.apply(
      db,
      applicant,
      program.id,
      ApplyBody.parse({ preferences: [batchId], motivation: pick(ctx.random, MOTIVATIONS) }),
      when,
      LOCALE,
    );
  }
  await programs.transitionProgram(db, admin, program.id, 'close', LOCALE);
  await programs.runSelection(db, admin, program.id, at(story.closes + 3), LOCALE);
  const ranked = (
    await scholarships.overview(db, admin, program.id, at(story.closes + 10))
  ).applicants.filter((a) => a.state === 'selected');
  await scholarships.award(
    db,
    schedules,
    admin,
    program.id,
    {
      applicationIds: ranked.map((a) => a.applicationId),
      startsOn: day(story.studyFrom),
      expectedEndOn: studyEnd,
      fieldOfStudy: null,
    },
    at(story.closes + 10),
  );
  const awards = (await scholarships.overview(db, admin, program.id, at(0))).awards;
  for (const [index, award] of awards.entries()) {
    const fate = story.fates[index % story.fates.length]!;
    await follow(db, schedules, admin, award, fate, { ...ctx, fieldIndex: index, fields: story.fields });
  }
}

/** One awardee's study as the story tells it: term reports, leave, graduation, return or resignation. */
async function follow(
  db: Db,
  schedules: Scheduler,
  admin: Actor,
  award: { id: number; employee: { id: number } },
  fate: DemoScholarFate,
  ctx: { today: number; random: Random; fields: string[]; fieldIndex: number },
) {
  const dayNumber = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - ctx.today) / DAY);
  const at = (offset: number) => new Date(ctx.today + offset * DAY);
  const awardee: Actor = { ...admin, employeeId: award.employee.id };
  const ends = fate.kind === 'resigned' ? fate.on : fate.kind === 'studying' ? 0 : fate.graduated;
  const status = async (
    to: 'onLeave' | 'studying' | 'graduated' | 'resigned',
    on: number,
    reason: string | null,
    expectedEndOn: string | null = null,
  ) =>
    scholarships.changeStatus(
      db,
      schedules,
      admin,
      award.id,
      { status: to, on: dayOf(at(on)), reason, expectedEndOn },
      at(on + 1),
    );
  let detail = await scholarships.awardDetail(db, admin, award.id, at(0));
  let leaveDone = false;
  for (let index = 0; index < detail.terms.length; index++) {
    const term = detail.terms[index]!;
    const termEnd = dayNumber(term.endsOn);
    if (fate.kind === 'studying' && fate.leave && !leaveDone && termEnd > fate.leave.from) {
      await status('onLeave', fate.leave.from, fate.leave.reason);
      // Back from leave: the study lengthened by the leave, its terms after it moved.
      const lengthened = addDays(detail.expectedEndOn, fate.leave.to - fate.leave.from);
      await status('studying', fate.leave.to, null, lengthened);
      leaveDone = true;
      detail = await scholarships.awardDetail(db, admin, award.id, at(0));
      index = detail.terms.findIndex((t) => dayNumber(t.endsOn) > fate.leave!.to) - 1;
      continue;
    }
    if (termEnd > ends || termEnd >= 0) break;
    const last = index === detail.terms.length - 1 || dayNumber(detail.terms[index + 1]!.endsOn) >= 0;
    if (fate.kind === 'studying' && fate.skipsLastReport && last) break;
    const gpa = (3.2 + ctx.random() * 0.7).toFixed(2);
    await scholarships.submitReport(
      db,
      { evidenceMaxBytes: 5 * 1024 * 1024 },
      awardee,
      award.id,
      term.term,
      { summary: pick(ctx.random, PROGRESS), gpa, credits: String(pick(ctx.random, [9, 12, 15])) },
      { name: `khs-semester-${term.term}.pdf`, content: demoPdf(`KHS semester ${term.term}`) },
      at(termEnd - 3),
    );
    await scholarships.reviewReport(
      db,
      admin,
      award.id,
      term.term,
      { review: 'accepted', note: null },
      at(termEnd + 7),
    );
  }
  if (fate.kind === 'resigned') await status('resigned', fate.on, fate.reason);
  if (fate.kind === 'graduated' || fate.kind === 'returned') await status('graduated', fate.graduated, null);
  if (fate.kind === 'returned') {
    const { unitId } = await getEmployee(db, admin, award.employee.id);
    await scholarships.recordReturn(
      db,
      admin,
      award.id,
      {
        returnedOn: dayOf(at(fate.returned)),
        placementUnitId: unitId!,
        placementPosition: fate.position,
      },
      at(fate.returned + 1),
    );
  }
}

const MOTIVATIONS = [
  'Memperdalam analisis kebijakan publik untuk mendukung perencanaan di unit kerja saya.',
  'Menguasai akuntansi sektor publik agar laporan keuangan perangkat daerah tepat waktu dan akurat.',
  'Mengembangkan sistem informasi pelayanan yang sedang dibangun pemerintah kota.',
];

const PROGRESS = [
  'Seluruh mata kuliah semester ini lulus; tugas akhir mata kuliah mengangkat pelayanan di unit kerja asal.',
  'Perkuliahan berjalan sesuai rencana studi; proposal tesis mulai disusun bersama pembimbing.',
  'Semester ini fokus pada metodologi penelitian dan pengumpulan data tesis di perangkat daerah.',
];

/**
 * The scholarship calls of the government's story, for a government that has none yet, run after
 * its programs. Returns the number of calls created.
 */
export async function ensureDemoScholarships(
  db: Db,
  tenant: { id: number; slug: string },
  options: { clock: Clock; seed: number },
): Promise<number> {
  const stories = storyOf(tenant.slug)?.scholarships ?? [];
  if (stories.length === 0) return 0;
  const admin = await demoActor(db, tenant, 'admin');
  if (!admin) return 0;
  if ((await programPaths(db, admin)).has('PEND')) return 0;
  const partners = await ensureDemoPartners(db, tenant, admin, options.clock);
  const demoAccounts = await Promise.all(
    (['atasan', 'pegawai', 'pimpinan'] as const).map((role) => demoActor(db, tenant, role)),
  );
  const exclude = new Set(demoAccounts.flatMap((a) => (a?.employeeId ? [a.employeeId] : [])));
  const today = options.clock.now().getTime();
  // The reminders still ahead are written for the server's scheduler, which runs them when due.
  const schedules = new Scheduler(db, options.clock, undefined);
  registerScholarshipSchedules(schedules);
  for (const [index, story] of stories.entries()) {
    await runCall(db, schedules, admin, story, {
      today,
      random: seededRandom(options.seed * 100 + index),
      partners,
      exclude,
    });
  }
  return stories.length;
}
