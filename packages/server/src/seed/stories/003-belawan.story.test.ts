import type { MultipleSummary } from '@jenjang/domain/surveys/survey-results.rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LoadedStory,
  loadStory,
  reportOf,
  summaryOf,
  unbelievablePeople,
} from '../../../test/demo-story';
import { belawanStory } from './003-belawan.story';

// Seed 003: Belawan trains its ASN in information technology and asks the public how its ASN serve.

const FEEDBACK = 'Umpan Balik Masyarakat atas Kinerja ASN';
const ALUMNI = 'Evaluasi Pasca Pelatihan Teknologi Informasi (Alumni)';
let loaded: LoadedStory;

beforeAll(async () => {
  loaded = await loadStory(belawanStory, 0.2);
}, 240_000);
afterAll(async () => loaded.ctx.close());

describe('the Belawan story', () => {
  it('has citizens rate integrity well and speed poorly', async () => {
    const report = await reportOf(loaded, FEEDBACK, 'Tahun 2026');
    const speed = summaryOf(report, 'speed');
    const integrity = summaryOf(report, 'integrity');
    if (speed.type !== 'likert' || integrity.type !== 'likert') throw new Error('likert questions');
    expect(integrity.mean! - speed.mean!).toBeGreaterThan(0.5);
  });

  it('names missing tools as what holds the IT training back most', async () => {
    const report = await reportOf(loaded, ALUMNI, 'Tiga bulan setelah pelatihan');
    const obstacles = summaryOf(report, 'obstacles') as MultipleSummary;
    const most = [...obstacles.options].sort((a, b) => b.count - a.count)[0]!;
    expect(most.value).toBe('lack_of_tools');
  });

  it('is told by believable people', async () => {
    const { checked, found } = await unbelievablePeople(loaded);
    expect(checked).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
