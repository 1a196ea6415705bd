import { expect, it } from 'vitest';
import { describeStory, reportOf, summaryOf } from '../../../test/demo-story';
import { listMitraAccounts, listPartners } from '../../features/partners/partner.service';
import { getPolicy, listPolicies } from '../../features/policies/policy.service';
import { getVersionText } from '../../features/policies/provision-reading.service';
import { listAppeals } from '../../features/programs/appeal.service';
import { programEvaluation } from '../../features/programs/evaluation.service';
import { myApplication } from '../../features/programs/program.service';
import { myTeaching } from '../../features/programs/trainer.service';
import { getPublicForm } from '../../features/surveys/responses/response.service';
import { demoActor } from '../demo-surveys';
import { pontianakStory } from './002-pontianak.story';
import { opdsOf, selectionProblems, storyPrograms } from './story-programs';

// Seed 002: Pontianak trains its ASN to serve better and measures the effect on the public's
// satisfaction with population administration.

const SKM = 'Survei Kepuasan Masyarakat Pelayanan Administrasi Kependudukan';

const meanOf = (report: Awaited<ReturnType<typeof reportOf>>, key: string) => {
  const summary = summaryOf(report, key);
  if (summary.type !== 'likert') throw new Error(`${key} is no likert question`);
  return summary.mean!;
};

describeStory('the Pontianak story', pontianakStory, 0.1, (story) => {
  it('shows public satisfaction rising from semester I to semester II, most on service time', async () => {
    const first = await reportOf(story(), SKM, 'Semester I 2026');
    const second = await reportOf(story(), SKM, 'Semester II 2026');
    expect(second.ikm!.ikm).toBeGreaterThan(first.ikm!.ikm);
    expect(meanOf(second, 'u3_service_time') - meanOf(first, 'u3_service_time')).toBeGreaterThan(0.3);
    // The cost element was already fine and stays where it was.
    expect(Math.abs(meanOf(second, 'u4_cost') - meanOf(first, 'u4_cost'))).toBeLessThan(0.4);
  });

  it('hears citizens about queues and opening hours, in many words', async () => {
    const report = await reportOf(story(), SKM, 'Semester I 2026');
    const texts = report.questions.find((q) => q.key === 'suggestions')!.texts!.map((t) => t.text);
    expect(texts.length).toBeGreaterThan(5);
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.7);
  });

  it("takes citizens' answers today at its readable address", async () => {
    const form = await getPublicForm(story().ctx.db, 'pontianakdukcapil', story().ctx.clock.now());
    expect(JSON.stringify(form)).toContain('Semester II 2026');
  });

  it('judges its competency policy by employee and public satisfaction, and keeps it', async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const [summary] = (await listPolicies(ctx.db, admin, now)).items;
    expect(summary).toMatchObject({ area: 'kompetensi', state: 'in_force', inForce: { number: 1 } });
    const policy = await getPolicy(ctx.db, admin, summary!.id, now);
    expect(policy.surveys.map((s) => s.title).sort()).toEqual([SKM, 'Survei Kepuasan Pegawai'].sort());
    expect(policy.history.slice(0, 2).map((h) => h.transition)).toEqual(['keep', 'startEvaluation']);
    const text = await getVersionText(ctx.db, admin, policy.id, policy.versions[0]!.id, 'id', now);
    expect(text.provisions.some((p) => p.body.includes('perguruan tinggi'))).toBe(true);
  });

  it('trains on information systems with a university and an NGO, for its competency policy', async () => {
    const { ctx, admin } = story();
    const [policy] = (await listPolicies(ctx.db, admin, ctx.clock.now())).items;
    // Its partners' trainings (the counter staff's own training is the BKPSDM's, below).
    const programs = (await storyPrograms(ctx.db, admin)).filter((p) => p.providerKind === 'partner');
    expect(programs.map((p) => [p.providerKind, p.providerName, p.state]).sort()).toEqual([
      ['partner', 'Universitas Tanjungpura', 'selected'],
      ['partner', 'Yayasan Literasi Digital Khatulistiwa', 'open'],
    ]);
    expect(programs.every((p) => p.policyId === policy!.id)).toBe(true);
    // One class online, followed from each one's own office.
    const online = programs.flatMap((p) => p.batches).filter((b) => b.onlineUrl !== null);
    expect(online).toHaveLength(1);
    const pegawai = await demoActor(ctx.db, { id: admin.tenantId, slug: pontianakStory.region }, 'pegawai');
    const open = programs.find((p) => p.state === 'open')!;
    const mine = await myApplication(ctx.db, pegawai!, open.id, ctx.clock.now(), 'id');
    expect(mine).toMatchObject({ eligibility: { eligible: true }, application: null });
  });

  it('works with its partners under agreements, and the university’s trainer teaches its training', async () => {
    const { ctx, admin } = story();
    const now = ctx.clock.now();
    const partners = (await listPartners(ctx.db, admin, { page: 1, pageSize: 20 }, now)).items;
    expect(partners.map((p) => [p.name, p.kind, p.agreements.map((a) => a.status)])).toEqual([
      ['Universitas Tanjungpura', 'university', ['active']],
      // Its agreement runs out within the warning window: the agency's bell says so.
      ['Yayasan Literasi Digital Khatulistiwa', 'ngo', ['expiring']],
    ]);
    const programs = (await storyPrograms(ctx.db, admin)).filter((p) => p.providerKind === 'partner');
    for (const program of programs) {
      expect(program.partnerId).toBe(partners.find((p) => p.name === program.providerName)!.id);
    }
    const mitra = (await listMitraAccounts(ctx.db, admin)).items.find(
      (a) => a.username === 'mitra.pontianak',
    )!;
    expect(mitra.partnerName).toBe('Universitas Tanjungpura');
    const teaching = await myTeaching(ctx.db, {
      accountId: mitra.id,
      tenantId: admin.tenantId,
      role: 'mitra',
      scopeUnitId: null,
      employeeId: null,
    });
    const training = programs.find((p) => p.providerName === 'Universitas Tanjungpura')!;
    expect(teaching.items.map((b) => b.batchId).sort()).toEqual(training.batches.map((b) => b.id).sort());
  });

  it('gives equal access to the university training: a seat for every OPD that applied, as seats allow', async () => {
    const { ctx, admin } = story();
    const training = (await storyPrograms(ctx.db, admin)).find((p) => p.state === 'selected')!;
    expect(training.quotaUnitMin).toBe(1);
    expect(await selectionProblems(ctx.db, admin, training)).toEqual([]);
    const applied = await opdsOf(
      ctx.db,
      admin,
      training.applications.map((a) => a.employee.id),
    );
    // Selected by the computation, whether or not they withdrew since.
    const seated = await opdsOf(
      ctx.db,
      admin,
      training.applications.filter((a) => a.outcome === 'selected').map((a) => a.employee.id),
    );
    const seats = training.selection!.seats;
    expect(new Set(seated.values()).size).toBeGreaterThanOrEqual(
      Math.min(seats, new Set(applied.values()).size),
    );
    expect(training.selection!.minimumsMet.length).toBeGreaterThan(0);
  });

  it('reserves seats for PPPK staff and women, and records the appeals against its selection', async () => {
    const { ctx, admin } = story();
    const training = (await storyPrograms(ctx.db, admin)).find((p) => p.state === 'selected')!;
    expect(training.affirmativeGroups.map((g) => g.key)).toEqual(['pppk', 'perempuan']);
    const reserved = training.selection!.reservedMet ?? [];
    expect(reserved).toHaveLength(4);
    expect(reserved.some((r) => r.filled > 0)).toBe(true);
    const appeals = (await listAppeals(ctx.db, admin, training.id)).items;
    expect(appeals.map((a) => a.state).sort()).toEqual(['rejected', 'upheld']);
    expect(appeals.every((a) => a.decision !== null && a.decidedBy !== null)).toBe(true);
  });

  it('judges the counter staff’s training by the IKM of population administration before and after it', async () => {
    const { ctx, admin } = story();
    const training = (await storyPrograms(ctx.db, admin)).find((p) => p.title.includes('Petugas Loket'))!;
    expect(training.state).toBe('completed');
    const evaluation = await programEvaluation(ctx.db, admin, training.id, { surveyMinGroupSize: 5 });
    const results = evaluation.results!;
    expect(results.title).toBe('Survei Kepuasan Masyarakat Pelayanan Administrasi Kependudukan');
    expect(results.points.map((p) => [p.label, p.timing])).toEqual([
      ['Semester I 2026', 'before'],
      ['Semester II 2026', 'after'],
    ]);
    // Still collecting answers: a provisional IKM after, higher than the one before.
    expect(results.afterFinal).toBe(false);
    expect(results.change).toBeGreaterThan(2);
  });
});
