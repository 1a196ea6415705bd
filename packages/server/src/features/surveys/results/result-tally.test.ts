import type { Actor } from '@jenjang/domain/shared/access';
import {
  InstrumentDefinition,
  type InstrumentDefinitionInput,
} from '@jenjang/domain/surveys/instrument.contract';
import {
  type BreakdownBy,
  buildWaveReport,
  type StoredResponse,
  type WaveReport,
} from '@jenjang/domain/surveys/survey-report';
import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../../test/factories/account.factory';
import { createUnit } from '../../../../test/factories/organisation.factory';
import { createTenant } from '../../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../../test/harness';
import { withTenant } from '../../../db/database';
import { withOwner } from '../../../db/owner';
import { seededRandom } from '../../../seed/demo-people';
import { ikmConvention } from '../../settings/settings.repository';
import { AudienceSources } from '../audiences/audience-sources';
import { createInstrument } from '../instruments/instrument.service';
import { closeWave, createSurvey, createWave, openWave } from '../surveys/survey.service';
import * as repo from './result.repository';
import { definitionOf, getWaveResults, setTextHidden, textId } from './result.service';

// The results page reads counts kept as answers are released (migration 0025, read by
// result-tally.repository.ts); before, it loaded every answer and ran the pure rules over them.
// Both must give the same figures: these waves are random (seeded, so a failure repeats), with
// answers of every type, answers that no longer fit their question, texts hidden by a moderator, a
// previous wave to compare with, breakdowns, and released answers changed or removed afterwards.

type Random = () => number;

const text = (id: string) => ({ id, en: id });
const options = (...values: string[]) => values.map((value) => ({ value, label: text(value) }));
const statements = (...keys: string[]) => keys.map((key) => ({ key, text: text(key) }));

const ALL_TYPES: InstrumentDefinitionInput = {
  kind: 'custom',
  title: text('Semua jenis'),
  sections: [
    {
      key: 'main',
      title: text('Pertanyaan'),
      questions: [
        {
          key: 'sex',
          type: 'single',
          text: text('Jenis kelamin'),
          options: options('male', 'female'),
          profile: 'sex',
          required: false,
        },
        {
          key: 'age',
          type: 'single',
          text: text('Usia'),
          options: options('a', 'b', 'c'),
          profile: 'ageBand',
          required: false,
        },
        { key: 'rate', type: 'likert', text: text('Puas'), scale: { min: 1, max: 5, labels: [] } },
        {
          key: 'women',
          type: 'likert',
          text: text('Khusus perempuan'),
          scale: { min: 1, max: 4, labels: [] },
          required: false,
          showIf: { question: 'sex', anyOf: ['female'] },
        },
        {
          key: 'pick',
          type: 'single',
          text: text('Pilih'),
          options: options('x', 'y', 'z'),
          required: false,
        },
        {
          key: 'formats',
          type: 'multiple',
          text: text('Format'),
          options: options('class', 'online', 'mentor'),
          required: false,
        },
        { key: 'years', type: 'number', text: text('Tahun'), required: false },
        {
          key: 'grid',
          type: 'matrix',
          text: text('Matriks'),
          scale: { min: 1, max: 4, labels: [] },
          statements: statements('s1', 's2'),
          required: false,
        },
        {
          key: 'needs',
          type: 'abilityNeed',
          text: text('Kebutuhan'),
          scale: { min: 1, max: 5, labels: [] },
          statements: statements('n1', 'n2'),
          required: false,
        },
        { key: 'why', type: 'text', text: text('Mengapa'), required: false },
      ],
    },
  ],
};

const chance = (random: Random, p: number) => random() < p;
const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)]!;

/** One stored answer set: mostly valid, sometimes blank, sometimes of a shape an older version stored. */
function answersOf(random: Random, kind: 'all' | 'skm'): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const maybe = (key: string, value: () => unknown, p = 0.8) => {
    if (chance(random, p)) answers[key] = value();
  };
  maybe('sex', () => pick(random, ['male', 'female', 'female', 'other']));
  if (kind === 'skm') {
    maybe('age_band', () => pick(random, ['under_20', 'age_20_29', 'age_30_39', 'age_40_49']));
    maybe('education', () => pick(random, ['diploma', 'bachelor', 'postgraduate']), 0.9);
    for (const key of SKM_ELEMENT_KEYS) {
      maybe(key, () => 1 + Math.floor(random() * 4), 0.97);
    }
    maybe(
      'suggestions',
      () => pick(random, ['Antrean lama', 'Petugas ramah sekali', 'AC rusak', 'Antrean lama, petugas ramah']),
      0.5,
    );
    return answers;
  }
  maybe('age', () => pick(random, ['a', 'b', 'c']));
  maybe('rate', () => pick<unknown>(random, [1, 2, 3, 4, 5, 5, 4, 'lima', 7, 2.5]), 0.95);
  if (answers.sex === 'female') maybe('women', () => 1 + Math.floor(random() * 4), 0.9);
  maybe('pick', () => pick<unknown>(random, ['x', 'y', 'z', 'gone', 3]));
  maybe('formats', () =>
    pick<unknown>(random, [['class'], ['online', 'mentor'], ['class', 'class'], ['gone'], [], 'class']),
  );
  maybe('years', () => pick<unknown>(random, [0, 1, 2.5, 3, 10, 40, -1, 'x']));
  maybe('grid', () => ({
    s1: pick<unknown>(random, [1, 2, 3, 4, 9]),
    ...(chance(random, 0.7) ? { s2: 1 + Math.floor(random() * 4) } : {}),
  }));
  maybe('needs', () => ({
    n1: { ability: 1 + Math.floor(random() * 5), need: pick<unknown>(random, [1, 3, 5, 6]) },
    ...(chance(random, 0.6) ? { n2: { ability: 2, need: 1 + Math.floor(random() * 5) } } : {}),
  }));
  maybe(
    'why',
    () => pick(random, ['Kurang jelas', 'Materi bagus, waktu kurang', 'Ruang panas', 'Bagus']),
    0.6,
  );
  return answers;
}

/** Floats summed in another order (the database's) may differ in their last bits; all else is equal. */
function expectSame(actual: unknown, expected: unknown, path = 'report'): void {
  if (typeof expected === 'number' && typeof actual === 'number' && !Number.isInteger(expected)) {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((v, i) => {
      expectSame((actual as unknown[])[i], v, `${path}[${i}]`);
    });
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, v] of Object.entries(expected))
      expectSame((actual as Record<string, unknown>)[key], v, `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

let ctx: TestContext;
let actor: Actor;
let unitIds: number[];

beforeAll(async () => {
  ctx = await createTestContext({ surveyMinGroupSize: 3 });
  const tenant = await createTenant(ctx);
  unitIds = [];
  for (const name of ['Dinas A', 'Dinas B', 'Dinas C', 'Dinas D'])
    unitIds.push((await createUnit(ctx, tenant.id, name)).id);
  const account = await createAccount(ctx, tenant.id, 'admin');
  actor = { accountId: account.id, tenantId: tenant.id, role: 'admin', scopeUnitId: null, employeeId: null };
});
afterAll(() => ctx.close());

/** Random answers straight into the wave's released set (units uneven, some with none). */
async function fill(waveId: number, random: Random, count: number, kind: 'all' | 'skm') {
  const weights = [0.5, 0.3, 0.1, 0.05];
  const rows = Array.from({ length: count }, () => {
    const draw = random();
    const bounds = weights.map((_, i) => weights.slice(0, i + 1).reduce((a, b) => a + b, 0));
    const unit = unitIds.find((_, i) => draw < bounds[i]!) ?? null;
    return { unit, answers: answersOf(random, kind) };
  });
  await withOwner(ctx.urls, (owner) =>
    owner.transaction().execute(async (tx) => {
      await sql`select set_config('jenjang.tenant_id', ${String(actor.tenantId)}, true)`.execute(tx);
      await sql`
        insert into survey_response (tenant_id, wave_id, unit_id, answered_on, answers)
        select ${actor.tenantId}, ${waveId}, r.unit, current_date, r.answers
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(unit bigint, answers jsonb)`.execute(tx);
    }),
  );
}

async function wave(surveyId: number, label: string, random: Random, count: number, kind: 'all' | 'skm') {
  const created = await createWave(
    ctx.db,
    ctx.schedules,
    actor,
    surveyId,
    {
      label,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      population: 500,
    },
    ctx.clock.now(),
  );
  const id = created.waves.find((w) => w.label === label)!.id;
  await openWave(ctx.db, new AudienceSources(), actor, id, ctx.clock.now());
  await fill(id, random, count, kind);
  await closeWave(ctx.db, actor, id, ctx.clock.now());
  return id;
}

/** The figures as the results page made them before: every answer loaded, the rules run over them. */
async function oldPath(waveId: number, previousId: number | null, by: BreakdownBy | undefined) {
  return withTenant(ctx.db, actor.tenantId, async (tx) => {
    const read = async (id: number) => {
      const row = await tx
        .selectFrom('survey_wave as w')
        .innerJoin('survey as s', 's.id', 'w.survey_id')
        .select(['w.instrument_version_id', 's.min_group_size', 'w.population', 'w.withheld'])
        .where('w.id', '=', id)
        .executeTakeFirstOrThrow();
      const hidden = await tx
        .selectFrom('survey_text_hidden as h')
        .innerJoin('survey_response as r', 'r.id', 'h.response_id')
        .select(['h.response_id', 'h.question_key'])
        .where('r.wave_id', '=', id)
        .execute();
      const hiddenTexts = new Set(hidden.map((h) => `${h.response_id}:${h.question_key}`));
      const rows = await tx
        .selectFrom('survey_response')
        .select(['id', 'unit_id', 'answers'])
        .where('wave_id', '=', id)
        .execute();
      const responses: StoredResponse[] = rows.map((r) => ({
        id: r.id,
        unitId: r.unit_id,
        answers: Object.fromEntries(
          Object.entries(r.answers as Record<string, never>).filter(
            ([key]) => !hiddenTexts.has(`${r.id}:${key}`),
          ),
        ),
      }));
      return { row, responses, hiddenTexts, definition: await definitionOf(tx, row.instrument_version_id) };
    };
    const now = await read(waveId);
    const before = previousId === null ? null : await read(previousId);
    return buildWaveReport({
      definition: now.definition,
      responses: now.responses,
      minGroupSize: now.row.min_group_size,
      population: now.row.population,
      final: true,
      view: 'whole',
      withheld: now.row.withheld,
      hiddenTexts: now.hiddenTexts,
      textId,
      breakdown: by ? { by, unitNames: await repo.unitNames(tx) } : undefined,
      previous: before ? { definition: before.definition, responses: before.responses } : undefined,
      convention: await ikmConvention(tx),
    });
  });
}

async function survey(definition: InstrumentDefinitionInput | null) {
  const instrument = await createInstrument(
    ctx.db,
    actor,
    definition ? { definition: InstrumentDefinition.parse(definition) } : { templateKey: 'skm' },
  );
  return createSurvey(
    ctx.db,
    new AudienceSources(),
    actor,
    {
      instrumentId: instrument.id,
      title: 'Survei acak',
      mode: 'public',
      serviceUnitId: unitIds[0]!,
      serviceName: 'Loket',
    },
    { surveyMinGroupSize: 3 },
    ctx.clock.now(),
  );
}

/** What the compared reports held, so that a comparison of empty reports cannot pass for one. */
function substance() {
  const found = { answered: false, groups: false, compared: false, texts: false, ikm: false };
  return {
    add(report: WaveReport) {
      found.answered ||= report.questions.some((q) => q.summary.n > 0);
      found.groups ||= (report.breakdown?.groups.length ?? 0) > 0;
      found.compared ||= (report.comparison?.items.length ?? 0) > 0;
      found.texts ||= report.questions.some((q) => (q.texts?.length ?? 0) > 0);
      found.ikm ||= report.ikm !== null && report.comparison?.ikm != null;
    },
    counts: () => found,
  };
}

describe('results counted in the database', () => {
  it('give the same figures as the rules over every answer, on random waves of every question type', async () => {
    const seen = substance();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = seededRandom(seed);
      const created = await survey(ALL_TYPES);
      const first = await wave(created.id, 'Satu', random, 5 + Math.floor(random() * 60), 'all');
      const second = await wave(created.id, 'Dua', random, 3 + Math.floor(random() * 60), 'all');
      // A moderator hides some texts: they leave the lists, the words and the counts.
      const page = await getWaveResults(ctx.db, actor, second, undefined, ctx.clock.now());
      const texts = page.report.questions.find((q) => q.key === 'why')?.texts ?? [];
      for (const hidden of texts.filter(() => chance(random, 0.3))) {
        await setTextHidden(ctx.db, actor, second, { textId: hidden.id, questionKey: 'why', hidden: true });
      }
      for (const by of [undefined, 'unit', 'sex', 'ageBand'] as const) {
        const { report } = await getWaveResults(ctx.db, actor, second, by, ctx.clock.now());
        expectSame(report, await oldPath(second, first, by), `seed ${seed}, ${by ?? 'whole'}`);
        seen.add(report);
      }
    }
    // The waves hold figures of every kind, so the comparison above compared something.
    expect(seen.counts()).toMatchObject({ answered: true, groups: true, compared: true, texts: true });
  });

  it('give the same IKM, profile counts and breakdowns on random SKM waves', async () => {
    const seen = substance();
    for (const seed of [11, 12, 13]) {
      const random = seededRandom(seed);
      const created = await survey(null);
      const first = await wave(created.id, 'Semester I', random, 20 + Math.floor(random() * 200), 'skm');
      const second = await wave(created.id, 'Semester II', random, 3 + Math.floor(random() * 200), 'skm');
      for (const by of [undefined, 'unit', 'sex', 'education'] as const) {
        const { report } = await getWaveResults(ctx.db, actor, second, by, ctx.clock.now());
        expectSame(report, await oldPath(second, first, by), `seed ${seed}, ${by ?? 'whole'}`);
        seen.add(report);
      }
    }
    expect(seen.counts()).toMatchObject({ answered: true, groups: true, compared: true, ikm: true });
  });

  it('keep counting right when released answers are changed or removed afterwards', async () => {
    const seen = substance();
    const random = seededRandom(31);
    const created = await survey(ALL_TYPES);
    const first = await wave(created.id, 'Satu', random, 40, 'all');
    const second = await wave(created.id, 'Dua', random, 60, 'all');
    const ids = await withOwner(ctx.urls, (owner) =>
      owner.transaction().execute(async (tx) => {
        await sql`select set_config('jenjang.tenant_id', ${String(actor.tenantId)}, true)`.execute(tx);
        const rows = (
          await sql<{
            id: string;
          }>`select id from survey_response where wave_id = ${second} order by id`.execute(tx)
        ).rows;
        const changed = rows
          .filter(() => chance(random, 0.3))
          .map((r) => ({
            id: r.id,
            answers: answersOf(random, 'all'),
            unit: unitIds[Math.floor(random() * unitIds.length)]!,
          }));
        await sql`
          update survey_response r set answers = c.answers, unit_id = c.unit
          from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as c(id uuid, answers jsonb, unit bigint)
          where r.id = c.id`.execute(tx);
        const removed = rows
          .filter((r) => !changed.some((c) => c.id === r.id) && chance(random, 0.2))
          .map((r) => r.id);
        await sql`delete from survey_response where id = any(${removed}::uuid[])`.execute(tx);
        return { changed: changed.length, removed: removed.length };
      }),
    );
    expect(ids.changed).toBeGreaterThan(5);
    expect(ids.removed).toBeGreaterThan(3);
    for (const by of [undefined, 'unit', 'sex'] as const) {
      const { report } = await getWaveResults(ctx.db, actor, second, by, ctx.clock.now());
      expectSame(report, await oldPath(second, first, by), `changed, ${by ?? 'whole'}`);
      seen.add(report);
    }
    expect(seen.counts()).toMatchObject({ answered: true, groups: true, compared: true, texts: true });
  });

  it('lists the first texts by id when there are more than it lists, and counts words over those', async () => {
    const random = seededRandom(21);
    const created = await survey(null);
    const waveId = await wave(created.id, 'Semester I', random, 60, 'skm');
    const all = (
      await getWaveResults(ctx.db, actor, waveId, undefined, ctx.clock.now())
    ).report.questions.find((q) => q.key === 'suggestions')!;
    const few = (
      await getWaveResults(ctx.db, actor, waveId, undefined, ctx.clock.now(), 5)
    ).report.questions.find((q) => q.key === 'suggestions')!;
    expect(all.texts!.length).toBeGreaterThan(5);
    expect(few.texts).toEqual(all.texts!.slice(0, 5));
    expect(few.summary).toEqual(all.summary);
    const words = new Set(few.texts!.flatMap((t) => t.text.toLowerCase().split(/[^\p{L}]+/u)));
    for (const { word } of few.words ?? []) expect(words.has(word)).toBe(true);
  });
});
