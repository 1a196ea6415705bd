import { expect, it } from 'vitest';
import {
  average,
  describeStory,
  realChanges,
  reportOf,
  statementMeans,
  summaryOf,
} from '../../../test/demo-story';
import { tanjungbalaiStory } from './004-tanjungbalai.story';

// Seed 004: Tanjungbalai's six-monthly evaluation. Promotion sits below everything else, falls for
// real in semester II while nothing else moves, and most proposals are about promotion.

const TITLE = 'Evaluasi Kebijakan Kepegawaian (Survei Pegawai)';

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
});
