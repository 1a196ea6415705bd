import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { expect, it } from 'vitest';
import {
  average,
  describeStory,
  realChanges,
  reportOf,
  statementMeans,
  summaryOf,
} from '../../../test/demo-story';
import { listRounds } from '../../features/policies/consultation.service';
import { getEvaluation, listEvaluations } from '../../features/policies/evaluation.service';
import { getForum, listForums } from '../../features/policies/forum-reading.service';
import { listIndicators } from '../../features/policies/indicator.service';
import { getPolicy, listPolicies } from '../../features/policies/policy.service';
import {
  compareVersionTexts,
  getVersionText,
  provisionHistory,
} from '../../features/policies/provision-reading.service';
import { listTriggers } from '../../features/policies/trigger.service';
import { myApplication } from '../../features/programs/program.service';
import { allIndicatorSources } from '../../indicator-sources';
import { demoActor } from '../demo-surveys';
import { tanjungbalaiStory } from './004-tanjungbalai.story';
import { selectionProblems, storyPrograms } from './story-programs';

// Seed 004: Tanjungbalai's six-monthly evaluation. Promotion sits below everything else, falls for
// real in semester II while nothing else moves, and most proposals are about promotion.

const TITLE = 'Evaluasi Kebijakan Kepegawaian (Survei Pegawai)';
const SOURCES = allIndicatorSources();

// The scale the browser tests load (e2e/global-setup.ts), whose results page shows the same verdicts.
describeStory('the Tanjungbalai story', tanjungbalaiStory, 0.1, (story) => {
  it('rates promotion well below the other statements, and lower in semester II than in semester I', async () => {
    const first = statementMeans(
      summaryOf(await reportOf(story(), TITLE, 'Semester I 2026'), 'career_promotion'),
    );
    const secondReport = await reportOf(story(), TITLE, 'Semester II 2026');
    const second = statementMeans(summaryOf(secondReport, 'career_promotion'));
    const promotion = (means: Map<string, number>) =>
      average([...means].filter(([key]) => key.startsWith('promotion_')).map(([, mean]) => mean));
    const leadership = statementMeans(summaryOf(secondReport, 'leadership_supervision'));
    expect(average([...leadership.values()]) - promotion(second)).toBeGreaterThan(1);
    expect(promotion(first) - promotion(second)).toBeGreaterThan(0.3);
  });

  it('marks the fall of promotion, and only of promotion, as real', async () => {
    const report = await reportOf(story(), TITLE, 'Semester II 2026');
    // As the browser test reads it on the results page (e2e/survey-results.e2e.ts): the four
    // promotion statements fell for real, nothing else moved beyond chance.
    expect(realChanges(report.comparison)).toEqual([
      { key: 'career_promotion.promotion_fair_transparent', verdict: 'down' },
      { key: 'career_promotion.promotion_merit', verdict: 'down' },
      { key: 'career_promotion.promotion_open_information', verdict: 'down' },
      { key: 'career_promotion.promotion_equal_chance', verdict: 'down' },
    ]);
  });

  it('hears mostly about promotion in the proposals, in many different words', async () => {
    const report = await reportOf(story(), TITLE, 'Semester II 2026');
    const texts = report.questions.find((q) => q.key === 'proposals')!.texts!.map((t) => t.text);
    expect(texts.length).toBeGreaterThan(10);
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.8);
    const aboutPromotion = texts.filter((t) => /promosi|pangkat|jabatan/i.test(t));
    expect(aboutPromotion.length).toBeGreaterThan(texts.length * 0.4);
  });

  it('has the personnel policy revised on the promotion results, the new promotion clauses in force', async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const [summary] = (await listPolicies(ctx.db, admin, now)).items;
    expect(summary).toMatchObject({ area: 'kepegawaian', state: 'in_force', inForce: { number: 2 } });
    const policy = await getPolicy(ctx.db, admin, summary!.id, now);
    expect(policy.versions.map((v) => [v.number, v.status, v.inForce])).toEqual([
      [2, 'adopted', true],
      [1, 'adopted', false],
    ]);
    expect(policy.surveys.map((s) => s.title)).toEqual([TITLE]);
    // Drafted with staff, kept after semester I, revised after semester II (the history is newest first).
    expect(policy.history.map((h) => h.transition).reverse()).toEqual([
      'openConsultation',
      'closeConsultation',
      'adopt',
      'enterIntoForce',
      'startEvaluation',
      'keep',
      'startEvaluation',
      'revise',
      'openConsultation',
      'closeConsultation',
      'adopt',
      'enterIntoForce',
    ]);

    const text = await getVersionText(ctx.db, admin, policy.id, policy.versions[0]!.id, 'id', now);
    const promotion = text.provisions.find((p) => p.label === '(1)' && p.body.includes('sistem merit'))!;
    expect(promotion.change?.kind).toBe('modified');
    const history = await provisionHistory(ctx.db, admin, policy.id, promotion.provisionId, 'id', now);
    const evidence = history.entries[0]!.change!.evidence;
    expect(evidence.map((e) => [e.questionKey, e.statementKey])).toContainEqual([
      'career_promotion',
      'promotion_merit',
    ]);
    const surveyEvidence = evidence.filter((e) => e.kind === 'surveyQuestion');
    expect(surveyEvidence.every((e) => e.label.includes('Semester II 2026'))).toBe(true);
    // And the consultation input it absorbed, whose round shows where it went.
    expect(evidence.find((e) => e.kind === 'consultation')?.label).toContain('Bobot hasil penilaian kinerja');
    const rounds = (await listRounds(ctx.db, admin, policy.id, now)).rounds;
    expect(rounds.map((r) => r.comments.length)).toEqual([1, 2]);
    expect(rounds[0]!.comments[0]!.absorbedIn).toEqual([expect.objectContaining({ versionNumber: 2 })]);
    expect(rounds[1]!.comments.find((c) => c.kind === 'proposal')).toMatchObject({
      supports: 2,
      response: { response: 'accepted' },
    });

    const comparison = await compareVersionTexts(ctx.db, admin, policy.id, {}, 'id', now);
    const changed = comparison.items.filter((item) => item.kind !== 'unchanged' || item.renumbered);
    expect(changed.map((item) => [item.kind, item.before?.label ?? null, item.after?.label ?? null])).toEqual(
      [
        ['modified', '(1)', '(1)'],
        ['split', '(2)', null],
        ['split', null, '(2)'],
        ['split', null, '(3)'],
        ['unchanged', '(3)', '(4)'],
      ],
    );
    const forum = comparison.items.find((item) => item.after?.label === '(3)' && item.kind === 'split')!;
    expect(forum.changes[0]!.evidence.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['document', 'forumProposal']),
    );
  });

  it("holds the year's Forum Diskusi ASN, whose promotion proposal the revised clause cites", async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const [summary] = (await listForums(ctx.db, admin)).items;
    expect(summary).toMatchObject({ title: 'Forum Diskusi ASN Kota Tanjungbalai 2026', state: 'closed' });
    const forum = await getForum(ctx.db, admin, summary!.id, now);
    expect(forum.agenda.length).toBeGreaterThan(2);
    expect(forum.minutes?.text).toContain('promosi');
    expect(forum.proposals.map((p) => p.outcome?.outcome)).toEqual(['accepted', 'study', 'rejected']);
    expect(forum.proposals.every((p) => p.outcome && p.outcome.reason.length > 0)).toBe(true);
    const promotion = forum.proposals.find((p) => p.title.includes('adil dan transparan'))!;
    expect(promotion.votes).toEqual({ agree: 2, disagree: 0 });
    expect(promotion.replies).toHaveLength(1);
    // What became of it: the clause the revision split, and the new clauses in force now.
    expect(promotion.citedBy.map((c) => [c.versionNumber, c.versionStatus, c.label, c.removed])).toEqual(
      expect.arrayContaining([
        [2, 'adopted', 'Pasal 5 ayat (2)', true],
        [2, 'adopted', 'Pasal 5 ayat (2)', false],
        [2, 'adopted', 'Pasal 5 ayat (3)', false],
      ]),
    );
    expect(promotion.citedBy).toHaveLength(3);
  });

  it('evaluates every six months: findings, a recommendation and the leader’s decision each time', async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const [summary] = (await listPolicies(ctx.db, admin, now)).items;
    const list = await listEvaluations(ctx.db, admin, summary!.id, now);
    expect(list.items.map((e) => [e.recommendation, e.decision, e.findings]).reverse()).toEqual([
      ['keep', 'keep', 1],
      ['revise', 'revise', 2],
    ]);
    // The next one falls due six months after the revision took effect, in the future.
    expect(list.nextDue! > calendarDateIn(now, 'Asia/Jakarta')).toBe(true);
    const second = await getEvaluation(
      ctx.db,
      SOURCES,
      admin,
      { policyId: summary!.id, evaluationId: list.items[0]!.id },
      'id',
      now,
    );
    // Frozen as decided: the promotion indicator as it stood after semester II.
    const promotion = second.report.indicators.find((i) => i.name.includes('promosi'))!;
    expect(promotion.points.map((p) => p.label)).toEqual(['Semester I 2026', 'Semester II 2026']);
    // Each finding shows the clause it changed in the revision.
    // The forum's proposals split Pasal 5 ayat (2) into the new (2) and (3).
    expect(second.findings.map((f) => f.uses.map((u) => [u.label, u.removed]))).toEqual([
      [['Pasal 5 ayat (1)', false]],
      [
        ['Pasal 5 ayat (2)', true],
        ['Pasal 5 ayat (2)', false],
        ['Pasal 5 ayat (3)', false],
      ],
    ]);
  });

  it('follows satisfaction with promotion as an indicator: it falls in semester II and recovers after the revision', async () => {
    const { ctx, admin } = story();
    const [summary] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    const { items, versions, citations } = await listIndicators(ctx.db, SOURCES, admin, summary!.id, 'id');
    const promotion = items.find((item) => item.name.includes('promosi'))!;
    const values = promotion.points.map((p) => p.value!);
    expect(promotion.points.map((p) => p.label)).toEqual([
      'Semester I 2026',
      'Semester II 2026',
      'Semester I 2027',
    ]);
    expect(values[0]! - values[1]!).toBeGreaterThan(0.3);
    expect(values[2]! - values[1]!).toBeGreaterThan(0.3);
    expect(promotion.met).toBe(false);
    // The revision took effect between semester II and the third wave: the impact view's mark.
    const revised = Date.parse(`${versions.at(-1)!.effectiveFrom}T00:00:00Z`);
    expect(revised).toBeGreaterThan(Date.parse(promotion.points[1]!.at));
    expect(revised).toBeLessThan(Date.parse(promotion.points[2]!.at));
    // The revised merit clause cites semester II's value, as it read then.
    expect(citations).toEqual([
      expect.objectContaining({
        indicatorId: promotion.id,
        measuredLabel: 'Semester II 2026',
        value: values[1],
        versionNumber: 2,
        provisionLabel: 'Pasal 5 ayat (1)',
        removed: false,
      }),
    ]);
  });

  it('opens a revision proposal on the fall of semester II, from which the second evaluation was taken up', async () => {
    const { ctx, admin } = story();
    const [summary] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    const { triggers, proposals } = await listTriggers(ctx.db, admin, summary!.id);
    expect(triggers.map((t) => t.rule)).toEqual([{ kind: 'fallsBy', amount: 0.3 }]);
    expect(proposals.map((p) => [p.indicatorName, p.pointLabel, p.state])).toEqual([
      ['Kepuasan pegawai terhadap sistem promosi', 'Semester II 2026', 'accepted'],
    ]);
    expect(proposals[0]!.previous! - proposals[0]!.value).toBeGreaterThan(0.3);
    const { items } = await listEvaluations(ctx.db, admin, summary!.id, ctx.clock.now());
    // The second evaluation, the one that sent the policy for revision.
    expect(items.find((e) => e.id === proposals[0]!.evaluationId)?.decision).toBe('revise');
  });

  it('socialises the new performance appraisal to everyone and trains direct supervisors in it', async () => {
    const { ctx, admin } = story();
    const [policy] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    const programs = await storyPrograms(ctx.db, admin);
    expect(programs.map((p) => [p.pathCode, p.state]).sort()).toEqual([
      ['KL03', 'selected'],
      ['KL11', 'open'],
    ]);
    expect(programs.every((p) => p.policyId === policy!.id)).toBe(true);
    const socialisation = programs.find((p) => p.pathCode === 'KL11')!;
    expect(socialisation.eligibility.positionKinds).toEqual([]);
    expect(socialisation.applications.length).toBeGreaterThan(0);
    const pegawai = await demoActor(
      ctx.db,
      { id: admin.tenantId, slug: tanjungbalaiStory.region },
      'pegawai',
    );
    const mine = await myApplication(ctx.db, pegawai!, socialisation.id, ctx.clock.now(), 'id');
    expect(mine).toMatchObject({ eligibility: { eligible: true }, application: null });
    // The forum's proposal: supervisors of every OPD trained, at least one seat each.
    const training = programs.find((p) => p.pathCode === 'KL03')!;
    expect(training.eligibility.positionKinds).not.toContain('pelaksana');
    expect(training.quotaUnitMin).toBe(1);
    expect(await selectionProblems(ctx.db, admin, training)).toEqual([]);
  });
});
