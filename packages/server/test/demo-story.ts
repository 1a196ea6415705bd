import type { Actor } from '@jenjang/domain/shared/access';
import type { ReportComparison } from '@jenjang/domain/surveys/survey-comparison.rules';
import type { MatrixSummary, QuestionSummary } from '@jenjang/domain/surveys/survey-results.rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database';
import { withOwner } from '../src/db/owner';
import { getEmployee, listEmployees } from '../src/features/employees/employee.service';
import { getWaveResults } from '../src/features/surveys/results/result.service';
import { getSurvey, listSurveys } from '../src/features/surveys/surveys/survey.service';
import { TestClock } from '../src/platform/clock';
import { ensureDemoData } from '../src/seed/demo-data';
import { believabilityProblems } from '../src/seed/people/believability';
import type { DemoStory } from '../src/seed/stories/story';
import { createTestContext, type TestContext } from './harness';

// What a story's smoke test needs: the demo loaded on a database of its own at a small scale, the
// story's government read as its admin through the same services the pages use.

/** The day the smoke tests' demo stands on (WIB morning), so their figures are the same every day. */
export const STORY_TODAY = '2026-12-02T01:00:00Z';

export interface LoadedStory {
  ctx: TestContext;
  admin: Actor;
  today: string;
}

/**
 * A story's smoke test: the story loaded once for the file at `scale`, its tests in `body` (which
 * reads the loaded story through `story()`), and the check every story shares, that its people are
 * believable.
 */
export function describeStory(
  name: string,
  demo: DemoStory,
  scale: number,
  body: (story: () => LoadedStory) => void,
): void {
  describe(name, () => {
    let loaded: LoadedStory | undefined;
    beforeAll(async () => {
      loaded = await loadStory(demo, scale);
    }, 240_000);
    afterAll(async () => loaded?.ctx.close());
    const story = () => {
      if (!loaded) throw new Error(`${demo.region}: the story did not load`);
      return loaded;
    };
    body(story);
    it('is told by believable people', async () => {
      const { checked, found } = await unbelievablePeople(story());
      expect(checked).toBeGreaterThan(100);
      expect(found).toEqual([]);
    });
  });
}

export async function loadStory(story: DemoStory, scale: number): Promise<LoadedStory> {
  const clock = new TestClock(STORY_TODAY);
  const ctx = await createTestContext({ demoData: true }, { clock });
  await ensureDemoData(ctx, () => {}, { scale, clock, only: [story.region] });
  const tenant = await withOwner(ctx.urls, (owner) =>
    owner.selectFrom('tenant').select('id').where('slug', '=', story.region).executeTakeFirstOrThrow(),
  );
  const account = await withTenant(ctx.db, tenant.id, (tx) =>
    tx
      .selectFrom('account')
      .select('id')
      .where('username', '=', `admin.${story.region}`)
      .executeTakeFirstOrThrow(),
  );
  const admin: Actor = {
    accountId: account.id,
    tenantId: tenant.id,
    role: 'admin',
    scopeUnitId: null,
    employeeId: null,
  };
  return { ctx, admin, today: STORY_TODAY.slice(0, 10) };
}

/** A survey's waves by label, as its page lists them. */
export async function wavesOf(loaded: LoadedStory, title: string) {
  const { ctx, admin } = loaded;
  const { items } = await listSurveys(ctx.db, admin, { archived: false }, ctx.clock.now());
  const survey = items.find((s) => s.title === title);
  if (!survey) throw new Error(`no survey titled ${title}`);
  const detail = await getSurvey(ctx.db, admin, survey.id, ctx.clock.now());
  return new Map(detail.waves.map((w) => [w.label, w]));
}

/** A wave's report, as the results page reads it. */
export async function reportOf(loaded: LoadedStory, title: string, label: string) {
  const wave = (await wavesOf(loaded, title)).get(label);
  if (!wave) throw new Error(`no wave ${label} in ${title}`);
  const { report } = await getWaveResults(
    loaded.ctx.db,
    loaded.admin,
    wave.id,
    undefined,
    loaded.ctx.clock.now(),
  );
  return report;
}

export function summaryOf(report: { questions: { key: string; summary: QuestionSummary }[] }, key: string) {
  const found = report.questions.find((q) => q.key === key);
  if (!found) throw new Error(`no results for question ${key}`);
  return found.summary;
}

/** Statement means of a matrix question, by statement key. */
export function statementMeans(summary: QuestionSummary): Map<string, number> {
  if (summary.type !== 'matrix') throw new Error(`${summary.key} is no matrix`);
  return new Map((summary as MatrixSummary).statements.map((s) => [s.key, s.mean ?? Number.NaN]));
}

/** Every change a comparison judged a real rise or fall: 'question.statement' (or option) and its verdict. */
export function realChanges(comparison: ReportComparison | null): { key: string; verdict: string }[] {
  const changes = (comparison?.items ?? []).flatMap((item) => {
    if (item.type === 'likert' || item.type === 'number')
      return [{ key: item.key, verdict: item.mean.verdict }];
    if (item.type === 'single' || item.type === 'multiple') {
      return item.options.map((o) => ({ key: `${item.key}.${o.value}`, verdict: o.verdict }));
    }
    if (item.type !== 'matrix' && item.type !== 'abilityNeed') return [];
    return item.statements.map((s) => ({ key: `${item.key}.${s.key}`, verdict: s.verdict }));
  });
  return changes.filter(
    (c): c is { key: string; verdict: 'up' | 'down' } => c.verdict === 'up' || c.verdict === 'down',
  );
}

export const average = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Every employee of the story's government, read one by one as the detail page does, with what is implausible. */
export async function unbelievablePeople(loaded: LoadedStory) {
  const { ctx, admin, today } = loaded;
  const found: { name: string; position: string | null; problems: string[] }[] = [];
  let checked = 0;
  for (let page = 1; ; page++) {
    const list = await listEmployees(ctx.db, admin, { page, pageSize: 100, sort: 'name' });
    for (const item of list.items) {
      const person = await getEmployee(ctx.db, admin, item.id);
      const problems = believabilityProblems(person, today);
      checked++;
      if (problems.length > 0) found.push({ name: person.fullName, position: person.positionName, problems });
    }
    if (page * list.pageSize >= list.total) break;
  }
  return { checked, found };
}
