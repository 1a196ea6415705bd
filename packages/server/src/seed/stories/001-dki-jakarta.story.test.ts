import { expect, it } from 'vitest';
import { describeStory, reportOf, statementMeans, summaryOf } from '../../../test/demo-story';
import { jakartaStory } from './001-dki-jakarta.story';

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
});
