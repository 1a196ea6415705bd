import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeStory, reportOf, statementMeans, summaryOf } from '../../../test/demo-story';
import { withTenant } from '../../db/database';
import { getPlan, listPlans } from '../../features/competencies/development-plan.service';
import { getPolicy, listPolicies } from '../../features/policies/policy.service';
import { compareVersionTexts, provisionHistory } from '../../features/policies/provision-reading.service';
import { listCurricula } from '../../features/programs/curriculum.service';
import { programEvaluation } from '../../features/programs/evaluation.service';
import { overview, pairDetail } from '../../features/programs/mentoring.service';
import { myApplication } from '../../features/programs/program.service';
import { myTalent, overview as talentOverview, yearView } from '../../features/talent/talent.service';
import { demoActor } from '../demo-surveys';
import { jakartaStory } from './001-dki-jakarta.story';
import {
  curriculumProblems,
  curriculumRevisions,
  opdsOf,
  selectionProblems,
  storyPrograms,
} from './story-programs';

// Seed 001: Jakarta wants fair access to development; a leadership training judged irrelevant is
// revised after its participants' feedback and judged relevant by the next class.

const SATISFACTION = 'Survei Motivasi dan Kepuasan Kerja ASN';
const TRAINING = 'Evaluasi Pelatihan Kepemimpinan Pengawas';

describeStory('the Jakarta story', jakartaStory, 0.02, (story) => {
  it('rates equal access to training lowest of all statements', async () => {
    const report = await reportOf(story(), SATISFACTION, 'Tahun 2026');
    const keys = [
      'job_satisfaction',
      'work_motivation',
      'leadership_supervision',
      'training_access',
      'work_environment',
    ];
    const means = keys.flatMap((key) => [...statementMeans(summaryOf(report, key))]);
    const equal = means.find(([key]) => key === 'training_equal_access')![1];
    const others = means.filter(([key]) => key !== 'training_equal_access').map(([, mean]) => mean);
    expect(equal).toBeLessThan(Math.min(...others));
  });

  it('has the revised training rated far more relevant than its first class', async () => {
    const before = summaryOf(await reportOf(story(), TRAINING, 'Angkatan I'), 'material_relevance');
    const after = summaryOf(
      await reportOf(story(), TRAINING, 'Angkatan II (kurikulum direvisi)'),
      'material_relevance',
    );
    if (before.type !== 'likert' || after.type !== 'likert')
      throw new Error('relevance is a likert question');
    expect(after.mean! - before.mean!).toBeGreaterThan(0.8);
  });

  it('hears proposals about fair training and mentoring, in many words', async () => {
    const report = await reportOf(story(), SATISFACTION, 'Tahun 2026');
    const texts = report.questions.find((q) => q.key === 'proposals')!.texts!.map((t) => t.text);
    expect(texts.length).toBeGreaterThan(10);
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.8);
    expect(texts.filter((t) => /pelatihan|diklat|mentor/i.test(t)).length).toBeGreaterThan(
      texts.length * 0.5,
    );
  });

  it('has its fair, competency-based career policy revised on the training mismatch, the revision in force', async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const [summary] = (await listPolicies(ctx.db, admin, now)).items;
    expect(summary).toMatchObject({ area: 'karier', state: 'in_force', inForce: { number: 2 } });
    const policy = await getPolicy(ctx.db, admin, summary!.id, now);
    expect(policy.principles).toEqual(['adil dan transparan', 'berbasis kompetensi']);
    expect(policy.history.map((h) => h.transition)).toContain('revise');

    const comparison = await compareVersionTexts(ctx.db, admin, policy.id, {}, 'id', now);
    const curriculum = comparison.items.find((item) => item.kind === 'modified')!;
    expect(curriculum.after!.body).toContain('analisis kebutuhan pelatihan');
    expect(comparison.items.filter((item) => item.kind === 'added').map((item) => item.after!.label)).toEqual(
      ['(3)'],
    );
    const history = await provisionHistory(ctx.db, admin, policy.id, curriculum.provisionId, 'id', now);
    const evidence = history.entries[0]!.change!.evidence;
    expect(evidence.map((e) => e.questionKey)).toContain('material_relevance');
    expect(evidence[0]!.label).toContain('Angkatan I');
  });

  it('routes the staff with strong IT talent to IT training in next year’s plan', async () => {
    const { ctx, admin } = story();
    const [summary] = (await listPlans(ctx.db, admin, {}, 'id')).items;
    const plan = await getPlan(ctx.db, admin, summary!.id, 'id');
    const it = plan.items.find((item) => item.basis === 'talent' && item.competency?.code === 'T.TIK');
    expect(it).toMatchObject({ pathCode: 'KL03' });
    expect(it!.participants).toBeGreaterThan(0);
  });

  it('selects staff with IT talent for its IT training in the open: scores, per-OPD caps, a waiting list', async () => {
    const { ctx, admin } = story();
    const [policy] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    const training = (await storyPrograms(ctx.db, admin)).find((p) => p.pathCode === 'KL03')!;
    expect(training).toMatchObject({ state: 'selected', policyId: policy!.id, rankingShowsNames: true });
    expect(training.weights.gap).toBeGreaterThan(training.weights.jpShortfall);
    const [planSummary] = (await listPlans(ctx.db, admin, {}, 'id')).items;
    const plan = await getPlan(ctx.db, admin, planSummary!.id, 'id');
    const talent = plan.items.find((item) => item.basis === 'talent' && item.competency?.code === 'T.TIK')!;
    expect(training.planItemIds).toContain(talent.id);

    expect(await selectionProblems(ctx.db, admin, training)).toEqual([]);
    const applicants = training.applications.filter((a) => a.state !== 'withdrawn');
    const opds = await opdsOf(
      ctx.db,
      admin,
      applicants.map((a) => a.employee.id),
    );
    expect(new Set(opds.values()).size).toBeGreaterThanOrEqual(3);
    expect(applicants.length).toBeGreaterThan(2 * training.selection!.seats);
    // Computed, not first come first served: the cap and the cut-off explain who waits.
    const outcomes = new Set(training.applications.map((a) => a.outcome));
    expect(outcomes.has('groupFull') || outcomes.has('belowCutoff')).toBe(true);
    for (const a of training.applications) {
      expect(a.scoreLines!.reduce((sum, line) => sum + line.contribution, 0)).toBe(a.score);
    }
    // Two of those selected withdrew; the first waiting took their seats.
    expect(training.applications.filter((a) => a.state === 'withdrawn')).toHaveLength(2);
    expect(training.batches.every((b) => b.taken === b.capacity)).toBe(true);
  });

  it('takes applications and nominations to next year’s supervisors’ training on the revised curriculum', async () => {
    const { ctx, admin } = story();
    const training = (await storyPrograms(ctx.db, admin)).find((p) => p.pathCode === 'KL02')!;
    expect(training).toMatchObject({ state: 'open', providerKind: 'internal' });
    expect(training.description).toContain('kurikulum yang direvisi');
    expect(training.applications.length).toBeGreaterThan(0);
    // The employee demo account may still apply.
    const pegawai = await demoActor(ctx.db, { id: admin.tenantId, slug: jakartaStory.region }, 'pegawai');
    const mine = await myApplication(ctx.db, pegawai!, training.id, ctx.clock.now(), 'id');
    expect(mine).toMatchObject({ eligibility: { eligible: true }, application: null });
  });

  it('revises the supervisors’ training curriculum on its first class’s feedback, the next class taught the revision', async () => {
    const { ctx, admin } = story();
    const programs = await storyPrograms(ctx.db, admin);
    for (const program of programs) expect(await curriculumProblems(ctx.db, admin, program)).toEqual([]);
    const training = programs.find((p) => p.title === 'Pelatihan Kepemimpinan Pengawas Tahun 2026')!;
    expect(training.state).toBe('completed');
    const [revision] = await curriculumRevisions(ctx.db, admin, training.id);
    expect(revision).toBeDefined();
    expect(revision!.reason).toMatch(/peserta Angkatan I/);
    expect(revision!.evidenceBatches.map((b) => b.name)).toEqual(['Angkatan I']);
    expect(revision!.batches.map((b) => b.name)).toEqual(['Angkatan II']);
    expect(revision!.changes!.added.map((m) => m.title)).toContain('Studi Kasus Sekolah dan Kantor Dinas');
    // Next year's training starts from the revised curriculum.
    const next = programs.find((p) => p.title === 'Pelatihan Kepemimpinan Pengawas Tahun 2027')!;
    const [current] = (await listCurricula(ctx.db, admin, next.id)).items;
    expect(current!.modules.map((m) => m.title)).toEqual(revision!.modules.map((m) => m.title));
  });

  it('runs mentoring in the Dinas Pendidikan: optimal pairs, confirmed sessions as JP, reflections', async () => {
    const { ctx, admin } = story();
    const program = (await storyPrograms(ctx.db, admin)).find((p) => p.pathCode === 'NKL02')!;
    expect(program).toMatchObject({ state: 'open' });
    const mentoring = await overview(ctx.db, admin, program.id, 'id');
    expect(mentoring.pairs.length).toBeGreaterThanOrEqual(2);
    expect(mentoring.pairs.every((p) => p.source === 'matched' && p.score > 0 && p.covered.length > 0)).toBe(
      true,
    );
    for (const person of [...mentoring.mentors, ...mentoring.mentees])
      expect(person.unit).toMatch(/Pendidikan/);
    expect(mentoring.totals.sessions).toBeGreaterThan(mentoring.pairs.length * 3);
    expect(mentoring.totals.jp).toBeGreaterThan(0);
    // Each pair's confirmed JP are in its mentee's development history, as NKL02.
    const credited = await withTenant(ctx.db, admin.tenantId, async (tx) => {
      const { rows } = await sql<{ employeeId: number; jp: string }>`
        select employee_id::int as "employeeId", sum(jp) as jp from development_record
        where program_ref like 'mentoring:%' and path_code = 'NKL02' group by employee_id`.execute(tx);
      return new Map(rows.map((r) => [r.employeeId, Number(r.jp)]));
    });
    for (const pair of mentoring.pairs) expect(credited.get(pair.mentee.id)).toBeCloseTo(pair.jp, 2);
    // The pairs that ended have both sides' reflections.
    const ended = mentoring.pairs.filter((p) => p.state === 'ended');
    for (const pair of ended) {
      const detail = await pairDetail(ctx.db, admin, pair.id, ctx.clock.now(), 'id');
      expect(detail.reflectionList.map((r) => r.author).sort()).toEqual(['mentee', 'mentor']);
    }
  });

  it('asks the supervisors’ training’s alumni and their supervisors three months on', async () => {
    const { ctx, admin } = story();
    const training = (await storyPrograms(ctx.db, admin)).find(
      (p) => p.title === 'Pelatihan Kepemimpinan Pengawas Tahun 2026',
    )!;
    const evaluation = await programEvaluation(ctx.db, admin, training.id, { surveyMinGroupSize: 5 });
    const [first, second] = evaluation.batches;
    expect(first!.behaviour.alumniSurveyId).not.toBeNull();
    expect(first!.behaviour.supervisorSurveyId).not.toBeNull();
    // Its alumni and supervisors answered; at this small scale fewer than k, so nothing is shown.
    const answered = await withTenant(ctx.db, admin.tenantId, async (tx) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from survey_response r
        join survey_wave w on w.id = r.wave_id where w.survey_id = ${first!.behaviour.alumniSurveyId}`.execute(
        tx,
      );
      return rows[0]!.n;
    });
    expect(answered).toBeGreaterThan(0);
    const alumni = first!.behaviour.alumni;
    expect(alumni.shown ? alumni.overall! < 3.6 : alumni.withheld === 'small').toBe(true);
    // The revised class ended three months ago: asked in its turn.
    expect(second!.behaviour.dueOn).not.toBeNull();
    expect(second!.behaviour.alumniSurveyId).not.toBeNull();
  });

  it('maps talent under its career policy: past years placed, supervisors see their unit, each ASN their box', async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const mapped = await talentOverview(ctx.db, admin, now);
    expect(mapped.current?.policyTitle).toMatch(/karier/i);
    expect(mapped.settings.visibleTo).toEqual(['pimpinan', 'atasan']);
    expect(mapped.years.length).toBeGreaterThanOrEqual(1);
    const [latest] = mapped.years;
    expect(latest!.source?.policyTitle).toBe(mapped.current?.policyTitle);
    // Most have a box: a predikat for the year and a complete JPM (about one in eight was never assessed).
    expect(latest!.placed).toBeGreaterThan(latest!.considered * 0.6);
    const whole = await yearView(ctx.db, admin, latest!.year, undefined, now);
    expect(whole.cells.find((c) => c.box === 9)?.label).toBe('Bintang');
    // The talent pool is not empty: the boxes of high performance or high potential hold people.
    expect(whole.cells.filter((c) => c.recommendation === 'talentPool').some((c) => c.count > 0)).toBe(true);
    // A supervisor sees their unit's people only: fewer than the whole government.
    const atasan = (await demoActor(ctx.db, { id: admin.tenantId, slug: 'dki-jakarta' }, 'atasan'))!;
    const unit = await yearView(ctx.db, atasan, latest!.year, undefined, now);
    expect(unit.considered).toBeGreaterThan(0);
    expect(unit.considered).toBeLessThan(whole.considered);
    // The employee demo account reads their own box and why.
    const pegawai = (await demoActor(ctx.db, { id: admin.tenantId, slug: 'dki-jakarta' }, 'pegawai'))!;
    const own = await myTalent(ctx.db, pegawai);
    expect(own.items.map((i) => i.year)).toContain(latest!.year);
    expect(own.items[0]!.box).not.toBeNull();
    expect(own.items[0]!.performance.lines.length).toBeGreaterThan(0);
  });
});
