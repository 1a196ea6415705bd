import { addDays } from '@jenjang/domain/shared/calendar-date';
import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { promotionPeriods } from '@jenjang/domain/talent/promotion.rules';
import { expect, it } from 'vitest';
import {
  average,
  describeStory,
  realChanges,
  reportOf,
  statementMeans,
  summaryOf,
} from '../../../test/demo-story';
import { getEmployee } from '../../features/employees/employee.service';
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
import { eligibilityList, myPromotion, upcomingPeriods } from '../../features/promotion/eligibility.service';
import { rulesEffect, versionRules } from '../../features/promotion/promotion-rules.service';
import { listSanctions } from '../../features/promotion/proposal.service';
import { allIndicatorSources } from '../../indicator-sources';
import { demoActor } from '../demo-surveys';
import { believabilityProblems } from '../people/believability';
import { FIRST_PROMOTION_RULES, REVISED_PROMOTION_RULES, tanjungbalaiStory } from './004-tanjungbalai.story';
import { selectionProblems, storyPrograms } from './story-programs';

// Seed 004: Tanjungbalai's six-monthly evaluation. Promotion sits below everything else, falls for
// real in semester II while nothing else moves, and most proposals are about promotion.

const TITLE = 'Evaluasi Kebijakan Kepegawaian (Survei Pegawai)';
const PERSONNEL = 'Kebijakan Kepegawaian Aparatur Sipil Negara Kota Tanjungbalai';
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
        ['added', null, '(5)'],
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

  // Kenaikan pangkat on the demo's day (STORY_TODAY, 2026-12-02): version 1 (in force from
  // 2025-12-22) ruled the periods of 1 April and 1 October 2026, version 2 (from 2026-11-02) that of
  // 1 December 2026 and the next, 1 February 2027.
  const PAST = [
    { period: '2026-04-01', version: 1 },
    { period: '2026-10-01', version: 1 },
    { period: '2026-12-01', version: 2 },
  ];

  async function personnelPolicy() {
    const { ctx, admin } = story();
    const [summary] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    const policy = await getPolicy(ctx.db, admin, summary!.id, ctx.clock.now());
    const version = (n: number) => policy.versions.find((v) => v.number === n)!;
    return { policy, version };
  }

  const listOf = (period: string, extra: { show?: 'all' | 'eligible' | 'notEligible' | 'proposed' } = {}) =>
    eligibilityList(story().ctx.db, story().admin, {
      period,
      show: extra.show ?? 'all',
      page: 1,
      pageSize: 200,
    });

  it('states its promotion rules: the last SKP and two periods first, the last two SKP and six periods since the revision', async () => {
    const { ctx, admin } = story();
    const { policy, version } = await personnelPolicy();
    const first = await versionRules(ctx.db, admin, policy.id, version(1).id);
    expect(first).toMatchObject({ rules: FIRST_PROMOTION_RULES, inheritedFrom: null, editable: false });
    expect(first.rules).toMatchObject({ appraisalsConsidered: 1, periods: [4, 10], minYearsInRank: 4 });
    const revised = await versionRules(ctx.db, admin, policy.id, version(2).id);
    expect(revised).toMatchObject({ rules: REVISED_PROMOTION_RULES, inheritedFrom: null });
    expect(revised.rules).toMatchObject({ appraisalsConsidered: 2, periods: [2, 4, 6, 8, 10, 12] });
    // Its text says so too: the new ayat of Pasal 5, with why and what it rests on.
    const now = ctx.clock.now();
    const text = await getVersionText(ctx.db, admin, policy.id, version(2).id, 'id', now);
    const ayat = text.provisions.find((p) => p.label === '(5)' && p.body.includes('1 Februari'))!;
    expect(ayat.body).toMatch(/2 \(dua\) hasil penilaian kinerja tahunan terakhirnya/);
    expect(ayat.change?.kind).toBe('added');
    const history = await provisionHistory(ctx.db, admin, policy.id, ayat.provisionId, 'id', now);
    const change = history.entries[0]!.change!;
    expect(change.reason).toMatch(/terlambat/);
    expect(change.evidence.map((e) => e.kind).sort()).toEqual([
      'document',
      'surveyQuestion',
      'surveyQuestion',
    ]);
  });

  it('lists the next period under the revised rules: its date one of six, the last two SKP weighed', async () => {
    const { ctx, admin, today } = story();
    const upcoming = await upcomingPeriods(ctx.db, admin, ctx.clock.now());
    expect(upcoming.current).toMatchObject({ policyTitle: PERSONNEL, versionNumber: 2 });
    const next = promotionPeriods(today, 1, REVISED_PROMOTION_RULES)[0]!;
    expect(next).toBe('2027-02-01');
    expect(upcoming.items.find((item) => item.date >= today)).toEqual({
      date: next,
      proposalDue: '2026-12-01',
    });
    const list = await listOf(next);
    expect(list.current).toMatchObject({ versionNumber: 2 });
    const weighed = list.items.flatMap((row) => row.checks.filter((c) => c.rule === 'appraisals' && c.met));
    expect(weighed.length).toBeGreaterThan(0);
    // Its proposals were due on 1 December, before 2026's appraisals: 2024 and 2025 count.
    expect(weighed.every((c) => c.params.years === '2024, 2025')).toBe(true);
    // Under version 1 the next period would have been 1 April.
    expect(promotionPeriods(today, 1, FIRST_PROMOTION_RULES)[0]).toBe('2027-04-01');
  });

  it('decreed most proposals of the past periods: the new golongan held since the period, a few sent back', async () => {
    const { ctx, admin, today } = story();
    let rejected = 0;
    const decided = { approved: 0, others: 0 };
    for (const { period, version } of PAST) {
      const list = await listOf(period, { show: 'proposed' });
      expect(list.current?.versionNumber).toBe(version);
      const approved = list.items.filter((row) => row.promotion?.state === 'approved');
      expect(approved.length, period).toBeGreaterThan(0);
      decided.approved += approved.length;
      decided.others += list.items.length - approved.length;
      for (const row of approved) {
        const promotion = row.promotion!;
        expect(promotion.rulesVersionNumber).toBe(version);
        expect(promotion.decreeNumber).toMatch(/^823\.3\/\d{4}\/BKPSDM\/2026$/);
        expect(promotion.tmt).toBe(period);
        expect(promotion.decreeDate! < period && promotion.decreeDate! >= addDays(period, -35)).toBe(true);
        // The decree's golongan is the employee's now, from the period on.
        expect([row.golongan, row.tmtGolongan]).toEqual([promotion.toGolongan, period]);
        const person = await getEmployee(ctx.db, admin, row.employeeId);
        expect(believabilityProblems(person, today)).toEqual([]);
      }
      const sentBack = list.items.filter((row) => row.promotion?.state === 'rejected');
      expect(sentBack.every((row) => (row.promotion!.reason ?? '').length > 20)).toBe(true);
      rejected += sentBack.length;
    }
    expect(rejected).toBeGreaterThanOrEqual(2);
    expect(decided.approved).toBeGreaterThan(decided.others);
    // Not everyone eligible was proposed: some wait for a later period.
    const eligible = await listOf('2026-10-01', { show: 'eligible' });
    expect(eligible.items.some((row) => row.promotion === null)).toBe(true);
    // Some decrees are not in yet: of the latest period, or the next one's proposals.
    const latest = await listOf('2026-12-01', { show: 'proposed' });
    const next = await listOf('2027-02-01', { show: 'proposed' });
    expect(latest.proposals.proposed + next.proposals.proposed).toBeGreaterThan(0);
  });

  it('shows what the revision changes: some eligible by the last SKP lose eligibility by the last two', async () => {
    const { ctx, admin } = story();
    const { policy, version } = await personnelPolicy();
    const effect = await rulesEffect(ctx.db, admin, policy.id, version(2).id, '2026-12-01', ctx.clock.now());
    expect(effect.current).toMatchObject({ versionNumber: 1 });
    expect(effect.lostCount).toBeGreaterThan(0);
    expect(effect.gainedCount).toBe(0);
    expect(effect.after.eligible).toBe(effect.before.eligible - effect.lostCount);
    // Each loses it on the SKP of 2024, below Baik, which only the revised rules weigh.
    const list = await listOf('2026-12-01', { show: 'notEligible' });
    for (const lost of effect.lost!) {
      const row = list.items.find((r) => r.employeeId === lost.employeeId)!;
      expect(row.checks.filter((c) => !c.met).map((c) => [c.code, c.params.years])).toEqual([
        ['promotion.appraisals.below', '2024'],
      ]);
    }
  });

  it('records disciplinary sanctions with their reasons, one still running, which bar a promotion while they run', async () => {
    const { ctx, admin, today } = story();
    const { items } = await listSanctions(ctx.db, admin, undefined);
    expect(items).toHaveLength(4);
    expect(
      items.every((s) => (s.note ?? '').length > 20 && /^862\.3\/\d{4}\/BKPSDM\/20\d\d$/.test(s.decree)),
    ).toBe(true);
    const running = items.filter((s) => s.startsOn <= today && (s.endsOn === null || s.endsOn >= today));
    expect(running).toHaveLength(1);
    const barred = await listOf('2027-02-01', { show: 'notEligible' });
    const row = barred.items.find((r) => r.employeeId === running[0]!.employeeId)!;
    expect(row.checks.find((c) => c.rule === 'sanction')).toMatchObject({
      met: false,
      code: 'promotion.sanction.active',
      params: { from: running[0]!.startsOn, until: running[0]!.endsOn },
    });
    // An ended one barred someone at an earlier period.
    const april = await listOf('2026-04-01', { show: 'notEligible' });
    expect(april.items.some((r) => r.checks.some((c) => c.rule === 'sanction' && !c.met))).toBe(true);
  });

  it('shows the employee account their next period under the revised rules', async () => {
    const { ctx, admin } = story();
    const pegawai = await demoActor(
      ctx.db,
      { id: admin.tenantId, slug: tanjungbalaiStory.region },
      'pegawai',
    );
    const mine = await myPromotion(ctx.db, pegawai!, ctx.clock.now());
    expect(mine.next).toMatchObject({ period: '2027-02-01', current: { versionNumber: 2 } });
    expect(mine.next!.checks.map((c) => c.rule)).toContain('appraisals');
  });
});
