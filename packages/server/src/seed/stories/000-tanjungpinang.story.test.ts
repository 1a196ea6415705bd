import type { MultipleSummary } from '@jenjang/domain/surveys/survey-results.rules';
import { expect, it } from 'vitest';
import { describeStory, reportOf, summaryOf } from '../../../test/demo-story';
import { getPlan, listPlans } from '../../features/competencies/development-plan.service';
import { getPolicy, listPolicies } from '../../features/policies/policy.service';
import { getVersionText, provisionHistory } from '../../features/policies/provision-reading.service';
import { programEvaluation } from '../../features/programs/evaluation.service';
import { myApplication } from '../../features/programs/program.service';
import { demoActor } from '../demo-surveys';
import { tanjungpinangStory } from './000-tanjungpinang.story';
import { opdsOf, selectionProblems, storyPrograms } from './story-programs';

// Seed 000: Tanjungpinang asks its ASN what training they want before writing its career policy,
// and has its cross-agency innovation seminar rated.

const NEEDS = 'Survei Kebutuhan Pengembangan Kompetensi ASN';
const SEMINAR = 'Evaluasi Seminar Inovasi Pelayanan Publik Lintas OPD';

describeStory('the Tanjungpinang story', tanjungpinangStory, 0.2, (story) => {
  it('finds the widest competency gaps in information systems and data analysis', async () => {
    const report = await reportOf(story(), NEEDS, 'Tahun 2026');
    const top = report.needs!.slice(0, 2).flatMap((need) => need.statements);
    expect(top.sort()).toEqual([
      'technical_competencies.data_analysis',
      'technical_competencies.information_systems',
    ]);
    expect(report.needs![0]!.gap!).toBeGreaterThan(1.4);
  });

  it('hears seminars and workshops wanted most, and training wishes in many words', async () => {
    const report = await reportOf(story(), NEEDS, 'Tahun 2026');
    const formats = summaryOf(report, 'preferred_formats') as MultipleSummary;
    const most = [...formats.options].sort((a, b) => b.count - a.count)[0]!;
    expect(most.value).toBe('seminar_workshop');
    const wishes = report.questions.find((q) => q.key === 'other_wishes')!.texts!.map((t) => t.text);
    expect(wishes.length).toBeGreaterThan(5);
    expect(new Set(wishes).size).toBeGreaterThan(wishes.length * 0.7);
  });

  it('has the cross-agency seminar rated relevant', async () => {
    const report = await reportOf(story(), SEMINAR, 'Seminar Agustus 2026');
    const relevance = summaryOf(report, 'material_relevance');
    const time = summaryOf(report, 'time_allocation');
    if (relevance.type !== 'likert' || time.type !== 'likert') throw new Error('likert questions');
    // Eight participants at this scale: relevant, and clearly more so than the time was sufficient.
    expect(relevance.mean!).toBeGreaterThan(3.5);
    expect(relevance.mean! - time.mean!).toBeGreaterThan(0.4);
  });

  it('writes its career policy on the needs survey and keeps it after the seminar feedback', async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const [summary] = (await listPolicies(ctx.db, admin, now)).items;
    expect(summary).toMatchObject({ area: 'karier', state: 'in_force', inForce: { number: 1 } });
    const policy = await getPolicy(ctx.db, admin, summary!.id, now);
    expect(policy.surveys.map((s) => s.title).sort()).toEqual([SEMINAR, NEEDS].sort());
    expect(policy.history[0]).toMatchObject({ transition: 'keep', from: 'under_evaluation', to: 'in_force' });

    const text = await getVersionText(ctx.db, admin, policy.id, policy.versions[0]!.id, 'id', now);
    const priority = text.provisions.find((p) => p.body.includes('kesenjangan terbesar'))!;
    const history = await provisionHistory(ctx.db, admin, policy.id, priority.provisionId, 'id', now);
    const evidence = history.entries[0]!.change!.evidence;
    expect(evidence.map((e) => e.statementKey).sort()).toEqual(['data_analysis', 'information_systems']);
    expect(evidence[0]!.label).toContain(NEEDS);
  });

  it('drafts next year’s competency development plan from what its ASN asked for', async () => {
    const { ctx, admin } = story();
    const [summary] = (await listPlans(ctx.db, admin, {}, 'id')).items;
    expect(summary).toMatchObject({ unit: null, state: 'draft' });
    const plan = await getPlan(ctx.db, admin, summary!.id, 'id');
    const wishes = plan.items.filter((item) => item.basis === 'stated' && item.competency === null);
    // The widest gaps of the needs survey become technical training items.
    expect(wishes.map((w) => w.title).join(' ')).toMatch(/sistem informasi/i);
    expect(wishes.map((w) => w.title).join(' ')).toMatch(/analisis data/i);
    expect(plan.items.some((item) => item.basis === 'gap')).toBe(true);
  });

  it('carries its career policy out in a seminar, a course and a workshop, the course on the needs survey', async () => {
    const { ctx, admin } = story();
    const [policy] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    const programs = await storyPrograms(ctx.db, admin);
    expect(programs.map((p) => [p.pathCode, p.state]).sort()).toEqual([
      ['KL06', 'completed'],
      ['KL07', 'open'],
      ['KL08', 'selected'],
    ]);
    expect(programs.every((p) => p.policyId === policy!.id)).toBe(true);
    const [planSummary] = (await listPlans(ctx.db, admin, {}, 'id')).items;
    const plan = await getPlan(ctx.db, admin, planSummary!.id, 'id');
    const course = programs.find((p) => p.pathCode === 'KL08')!;
    const fulfilled = plan.items.filter((item) => course.planItemIds.includes(item.id));
    expect(fulfilled.some((item) => item.basis === 'stated' && /analisis data/i.test(item.title))).toBe(true);
  });

  it('opened the innovation seminar to every OPD and seated staff of many of them', async () => {
    const { ctx, admin } = story();
    const seminar = (await storyPrograms(ctx.db, admin)).find((p) => p.pathCode === 'KL06')!;
    expect(seminar.eligibility.unitIds).toEqual([]);
    const seated = seminar.applications.filter((a) => a.state === 'selected');
    const opds = await opdsOf(
      ctx.db,
      admin,
      seated.map((a) => a.employee.id),
    );
    expect(new Set(opds.values()).size).toBeGreaterThanOrEqual(5);
    expect(await selectionProblems(ctx.db, admin, seminar)).toEqual([]);
    // Completed: those still waiting were not selected.
    expect(seminar.applications.filter((a) => a.state === 'waitlisted')).toEqual([]);
  });

  it('has the seminar’s participants’ reaction and learning, shown above the k rule', async () => {
    const { ctx, admin } = story();
    const seminar = (await storyPrograms(ctx.db, admin)).find((p) => p.pathCode === 'KL06')!;
    const evaluation = await programEvaluation(ctx.db, admin, seminar.id, { surveyMinGroupSize: 5 });
    const batch = evaluation.batches[0]!;
    expect(batch.reactionSurveyId).not.toBeNull();
    expect(batch.reaction).toMatchObject({ shown: true });
    expect(batch.reaction.shown && batch.reaction.overall).toBeGreaterThan(3.5);
    expect(batch.learning.shown && batch.learning.normalisedGain).toBeGreaterThan(0.2);
  });

  it('published the course’s selection within its seats, a waiting list behind it', async () => {
    const { ctx, admin } = story();
    const course = (await storyPrograms(ctx.db, admin)).find((p) => p.pathCode === 'KL08')!;
    expect(await selectionProblems(ctx.db, admin, course)).toEqual([]);
    expect(course.selection!.waitlisted).toBeGreaterThan(0);
    expect(course.applications.some((a) => a.state === 'withdrawn')).toBe(true);
    // The seat given up went to the first waiting: every seat is taken.
    expect(course.batches.every((b) => b.taken === b.capacity)).toBe(true);
    // The employee demo account applied too, and reads its score and why it came out so.
    const pegawai = await demoActor(
      ctx.db,
      { id: admin.tenantId, slug: tanjungpinangStory.region },
      'pegawai',
    );
    const mine = await myApplication(ctx.db, pegawai!, course.id, ctx.clock.now(), 'id');
    expect(mine.application!.score).toBeGreaterThan(0);
    expect(mine.explanation).toMatch(/Skor Anda/);
  });

  it('still takes applications to the workshop, which the employee demo account may apply to', async () => {
    const { ctx, admin } = story();
    const workshop = (await storyPrograms(ctx.db, admin)).find((p) => p.pathCode === 'KL07')!;
    expect(workshop.applications.length).toBeGreaterThan(0);
    expect(workshop.applications.every((a) => a.state === 'applied')).toBe(true);
    const pegawai = await demoActor(
      ctx.db,
      { id: admin.tenantId, slug: tanjungpinangStory.region },
      'pegawai',
    );
    const mine = await myApplication(ctx.db, pegawai!, workshop.id, ctx.clock.now(), 'id');
    expect(mine).toMatchObject({ eligibility: { eligible: true }, application: null });
  });
});
