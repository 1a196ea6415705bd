import type { MultipleSummary } from '@jenjang/domain/surveys/survey-results.rules';
import { expect, it } from 'vitest';
import { describeStory, reportOf, summaryOf } from '../../../test/demo-story';
import { belawanStory } from './003-belawan.story';

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
});
