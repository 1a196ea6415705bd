import { bondMonths, monthsBetween } from '@jenjang/domain/programs/scholarship.rules';
import type { MultipleSummary } from '@jenjang/domain/surveys/survey-results.rules';
import { expect, it } from 'vitest';
import { describeStory, reportOf, summaryOf } from '../../../test/demo-story';
import { listIndicators } from '../../features/policies/indicator.service';
import { listMeasurements } from '../../features/policies/measurement.service';
import { getPolicy, listPolicies } from '../../features/policies/policy.service';
import { getVersionText } from '../../features/policies/provision-reading.service';
import { publicPolicies } from '../../features/policies/public-policy.service';
import { awardDetail, overview } from '../../features/programs/scholarship.service';
import { allIndicatorSources } from '../../indicator-sources';
import { belawanStory } from './003-belawan.story';
import { selectionProblems, storyPrograms } from './story-programs';

// Seed 003: Belawan trains its ASN in information technology and asks the public how its ASN serve.

const FEEDBACK = 'Umpan Balik Masyarakat atas Kinerja ASN';
const ALUMNI = 'Evaluasi Pasca Pelatihan Teknologi Informasi (Alumni)';

describeStory('the Belawan story', belawanStory, 0.2, (story) => {
  it('has citizens rate integrity well and speed poorly', async () => {
    const report = await reportOf(story(), FEEDBACK, 'Tahun 2026');
    const speed = summaryOf(report, 'speed');
    const integrity = summaryOf(report, 'integrity');
    if (speed.type !== 'likert' || integrity.type !== 'likert') throw new Error('likert questions');
    expect(integrity.mean! - speed.mean!).toBeGreaterThan(0.5);
  });

  it('names missing tools as what holds the IT training back most', async () => {
    const report = await reportOf(story(), ALUMNI, 'Tiga bulan setelah pelatihan');
    const obstacles = summaryOf(report, 'obstacles') as MultipleSummary;
    const most = [...obstacles.options].sort((a, b) => b.count - a.count)[0]!;
    expect(most.value).toBe('lack_of_tools');
  });

  it('keeps its HR policy in force while a revision on the training and public feedback is drafted', async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const [summary] = (await listPolicies(ctx.db, admin, now)).items;
    expect(summary).toMatchObject({ area: 'sdm', state: 'revising', inForce: { number: 1 } });
    const policy = await getPolicy(ctx.db, admin, summary!.id, now);
    expect(policy.canEdit).toBe(true);
    expect(policy.surveys.map((s) => s.title).sort()).toEqual([ALUMNI, FEEDBACK].sort());
    expect(policy.versions.map((v) => [v.number, v.status, v.changeCount])).toEqual([
      [2, 'draft', 2],
      [1, 'adopted', 0],
    ]);
    const inForce = await getVersionText(ctx.db, admin, policy.id, policy.versions[1]!.id, 'id', now);
    expect(inForce.provisions.some((p) => p.body.includes('Universitas Sumatera Utara'))).toBe(true);
    const draft = await getVersionText(ctx.db, admin, policy.id, policy.versions[0]!.id, 'id', now);
    const changes = draft.provisions.flatMap((p) => (p.change ? [p.change] : []));
    expect(changes.map((c) => c.kind)).toEqual(['modified', 'added']);
    expect(changes.flatMap((c) => c.evidence.map((e) => e.questionKey ?? e.kind))).toEqual([
      'obstacles',
      'finding',
      'speed',
      'what_went_wrong',
    ]);
    // The evaluation's finding the revision answers.
    expect(changes[0]!.evidence[1]!.label).toContain('kurangnya perangkat');
  });

  it('shows citizens the HR policy in force on its transparency page, never the revision drafted', async () => {
    const { ctx } = story();
    const page = await publicPolicies(ctx.db, 'belawan', 'id', ctx.clock.now());
    expect(page.government.name).toBe('Kota Belawan');
    expect(page.policies.map((p) => [p.state, p.version.number, p.version.inForce])).toEqual([
      ['revising', 1, true],
    ]);
    expect(
      page.policies[0]!.version.provisions.some((p) => p.body.includes('Universitas Sumatera Utara')),
    ).toBe(true);
    expect(page.policies[0]!.consultations.length).toBeGreaterThan(0);
  });

  it('follows its partner universities’ graduates from their reports, and the share of PPPK from the registry', async () => {
    const { ctx, admin } = story();
    const [summary] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    const { items } = await listIndicators(ctx.db, allIndicatorSources(), admin, summary!.id, 'id');
    const graduates = items.find((i) => i.params.source === 'manual')!;
    expect(graduates).toMatchObject({
      name: 'ASN lulusan program kemitraan perguruan tinggi',
      latest: 31,
      met: false,
    });
    expect(graduates.points.map((p) => p.value)).toEqual([17, 31]);
    const measurements = await listMeasurements(
      ctx.db,
      { evidenceMaxBytes: 1 },
      admin,
      summary!.id,
      graduates.id,
    );
    expect(measurements.items.map((m) => [m.value, m.attachment?.type])).toEqual([
      [17, 'pdf'],
      [31, 'pdf'],
    ]);
    // Both were entered before the leader decided the evaluation: part of its record.
    expect(measurements.items.every((m) => !m.withdrawable)).toBe(true);
    const pppk = items.find((i) => i.params.source === 'registry.pppkShare')!;
    expect(pppk.points.at(-1)).toMatchObject({ label: 'Saat ini', provisional: true });
    expect(pppk.latest).toBeGreaterThanOrEqual(0);
    expect(pppk.latest).toBeLessThanOrEqual(1);
  });

  it('runs its finance, public-service and IT trainings with its partner university', async () => {
    const { ctx, admin, today } = story();
    const [policy] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    // Its trainings; the scholarship call (degree study) is followed below.
    const programs = (await storyPrograms(ctx.db, admin)).filter((p) => p.pathCode !== 'PEND');
    expect(programs).toHaveLength(3);
    for (const program of programs) {
      expect(program).toMatchObject({
        policyId: policy!.id,
        providerKind: 'partner',
        providerName: 'Universitas Sumatera Utara',
      });
    }
    // The IT training whose alumni answered three months on: over, nobody left waiting.
    const itTraining = programs.find((p) => p.title.includes('Teknologi Informasi'))!;
    expect(itTraining.state).toBe('completed');
    expect(itTraining.batches.every((b) => b.endsOn < today)).toBe(true);
    expect(itTraining.applications.filter((a) => a.state === 'waitlisted')).toEqual([]);
    expect(await selectionProblems(ctx.db, admin, itTraining)).toEqual([]);
    const finance = programs.find((p) => p.title.includes('Keuangan'))!;
    expect(finance.state).toBe('selected');
    expect(finance.eligibility.employeeTypes).toEqual(['PNS']);
    expect(await selectionProblems(ctx.db, admin, finance)).toEqual([]);
    expect(finance.selection!.waitlisted).toBeGreaterThan(0);
    expect(programs.find((p) => p.title.includes('Pelayanan Publik'))!.state).toBe('open');
  });

  it('follows its master’s scholarship from the call to the bond: one back at work, one placed soon, one on, one gone', async () => {
    const { ctx, admin } = story();
    const call = (await storyPrograms(ctx.db, admin)).find((p) => p.pathCode === 'PEND')!;
    expect(call).toMatchObject({ state: 'selected', jp: 0, providerKind: 'partner' });
    expect(await selectionProblems(ctx.db, admin, call)).toEqual([]);
    const scholarship = await overview(ctx.db, admin, call.id, ctx.clock.now());
    expect(scholarship.call).toMatchObject({ degree: 'S2', institution: 'Universitas Sumatera Utara' });
    // More applied than the quota; everyone applied with every document asked for.
    expect(scholarship.applicants.length).toBeGreaterThan(call.batches[0]!.capacity);
    for (const applicant of scholarship.applicants) {
      expect(applicant.documents.map((d) => d.kind).sort()).toEqual([...scholarship.call!.documents].sort());
    }
    const statuses = scholarship.awards.map((a) => a.status).sort();
    expect(statuses).toEqual(['graduated', 'graduated', 'resigned', 'studying']);
    const back = scholarship.awards.find((a) => a.returnedOn !== null)!;
    const detail = await awardDetail(ctx.db, admin, back.id, ctx.clock.now());
    // Twice the months studied, from the return to work.
    expect(detail.bondMonths).toBe(bondMonths(monthsBetween(detail.startsOn, detail.graduatedOn!)));
    expect(detail.bondMonths).toBeGreaterThanOrEqual(40);
    expect(detail.bondEndsOn! > detail.returnedOn!).toBe(true);
    // Every term over before the graduation was reported, and accepted.
    const reported = detail.terms.filter((t) => t.endsOn < detail.graduatedOn!);
    expect(reported.length).toBeGreaterThan(2);
    expect(reported.every((t) => t.report?.review === 'accepted')).toBe(true);
    const studying = scholarship.awards.find((a) => a.status === 'studying')!;
    const onward = await awardDetail(ctx.db, admin, studying.id, ctx.clock.now());
    expect(onward.history.map((h) => h.toStatus)).toEqual(['studying', 'onLeave', 'studying']);
    expect(onward.expectedEndOn > studying.startsOn).toBe(true);
  });
});
