import type { Db } from '../db/database';
import { JobRunner } from '../features/jobs/job-runner';
import {
  overview,
  PLACE_JOB,
  placements,
  registerTalentJobs,
  setScores,
} from '../features/talent/talent.service';
import type { Clock } from '../platform/clock';
import { type Random, seededRandom } from './demo-people';
import { demoActor } from './demo-surveys';

// Talent mapping in each demo government, by its admin through the talent services: the past
// years with annual predikat placed on the nine-box under the settings in force (a policy's where
// the story states them, Jakarta's career policy; the defaults elsewhere), run as the job the page
// runs. Of each year's placed people a few are given points for innovation or achievements, as an
// agency does after the year's awards, which places them again.

/** Of those with a box, the share given innovation points and the share given achievement points. */
const INNOVATORS = 0.04;
const ACHIEVERS = 0.03;
/** At most this many people a year are given points (each is placed again): a full-scale start stays quick. */
const MAX_SCORED = 120;

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

export async function ensureDemoTalent(
  db: Db,
  tenant: { id: number; slug: string },
  options: { clock: Clock; seed: number },
): Promise<number> {
  const admin = await demoActor(db, tenant, 'admin');
  if (!admin) return 0;
  const now = options.clock.now();
  const known = await overview(db, admin, now);
  if (known.years.length > 0) return 0;
  const current = Number(now.toISOString().slice(0, 4));
  const years = known.placeable.filter((year) => year < current);
  const jobs = new JobRunner(db, undefined, { clock: options.clock });
  registerTalentJobs(jobs, { db });
  const random = seededRandom(options.seed);
  for (const year of years) {
    await jobs.runNow(tenant.id, admin.accountId, PLACE_JOB, { year });
    if (!(await overview(db, admin, now)).years.some((y) => y.year === year)) {
      throw new Error(`demo talent mapping of ${tenant.slug} ${year}: the placement job failed`);
    }
    const placed = [];
    for (let page = 1; ; page++) {
      const list = await placements(db, admin, year, { page, pageSize: 200, unplaced: false }, now);
      placed.push(...list.items);
      if (page * list.pageSize >= list.total) break;
    }
    const components = new Set(known.settings.performance.components.map((c) => c.key));
    let scored = 0;
    for (const person of placed) {
      if (scored >= MAX_SCORED) break;
      const performance: Record<string, number> = {};
      if (components.has('innovation') && random() < INNOVATORS)
        performance.innovation = between(random, 4, 10);
      if (components.has('achievements') && random() < ACHIEVERS)
        performance.achievements = between(random, 3, 8);
      if (Object.keys(performance).length === 0) continue;
      scored++;
      await setScores(db, admin, year, person.employeeId, { performance, potential: {} }, now);
    }
  }
  return years.length;
}
