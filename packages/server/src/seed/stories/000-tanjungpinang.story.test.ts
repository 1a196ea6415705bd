import type { MultipleSummary } from '@jenjang/domain/surveys/survey-results.rules';
import { expect, it } from 'vitest';
import { describeStory, reportOf, summaryOf } from '../../../test/demo-story';
import { getPlan, listPlans } from '../../features/competencies/development-plan.service';
import { getPolicy, listPolicies } from '../../features/policies/policy.service';
import { getVersionText, provisionHistory } from '../../features/policies/provision-reading.service';
import { tanjungpinangStory } from './000-tanjungpinang.story';

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
});
