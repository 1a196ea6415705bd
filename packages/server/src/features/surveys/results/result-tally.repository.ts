import type { AnswerTally, GroupTally, QuestionTally } from '@jenjang/domain/surveys/answer-tally';
import type { Question } from '@jenjang/domain/surveys/instrument.contract';
import { onScale } from '@jenjang/domain/surveys/survey-results.rules';
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../../db/database';

// A wave's answers counted in the database, into the tallies the pure rules turn into figures
// (domain answer-tally.ts): one pass over the released answers, whatever their number, instead of
// loading them into the server. Each question's counts come back as one float8 array, read by
// `readTally` in the order `tallyColumns` wrote them. Every condition mirrors summarizeQuestion
// (survey-results.rules.ts): a point counts when the answer is that whole number of the scale, an
// option when it is that string (a list: holds it), a number when it is a JSON number.

type Expr = RawBuilder<unknown>;

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const pointsOf = (scale: { min: number; max: number }) =>
  Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
const count = (condition: Expr) => sql`count(*) filter (where ${condition})`;
const anyPoint = (value: Expr, scale: { min: number; max: number }) =>
  sql<boolean>`${value} = any(array[${sql.join(pointsOf(scale).map(json))}])`;

/**
 * JS trims these before calling a text blank (String.prototype.trim); PostgreSQL's classes
 * depend on the locale, so they are named.
 */
const NOT_BLANK = '[^\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';

/** The aggregates of one question, in the order readTally reads them (Likert and single: valueTally). */
function tallyColumns(question: Question): Expr[] {
  const a = sql`(r.answers -> ${question.key})`;
  switch (question.type) {
    case 'likert':
    case 'single':
      throw new RangeError(`${question.key} is counted per value (valueTally)`);
    case 'multiple': {
      const list = sql`jsonb_typeof(${a}) = 'array'`;
      return [
        count(sql`${list} and ${a} ?| ${question.options.map((o) => o.value)}::text[]`),
        ...question.options.map((o) => count(sql`${list} and ${a} ? ${o.value}`)),
      ];
    }
    case 'number': {
      const isNumber = sql`jsonb_typeof(${a}) = 'number'`;
      const value = sql`(${a})::numeric`;
      return [
        count(isNumber),
        sql`sum(${value}) filter (where ${isNumber})`,
        sql`min(${value}) filter (where ${isNumber})`,
        sql`max(${value}) filter (where ${isNumber})`,
        sql`percentile_cont(0.5) within group (order by (${a})::float8) filter (where ${isNumber})`,
        sql`var_samp(${value}) filter (where ${isNumber})`,
      ];
    }
    case 'text':
      return [count(sql`jsonb_typeof(${a}) = 'string' and (${a} #>> '{}') ~ ${NOT_BLANK}`)];
    case 'matrix': {
      const rated = question.statements.map((s) => anyPoint(sql`${a} -> ${s.key}`, question.scale));
      return [
        count(sql`jsonb_typeof(${a}) = 'object' and (${sql.join(rated, sql` or `)})`),
        ...question.statements.flatMap((s) =>
          pointsOf(question.scale).map((p) => count(sql`${a} -> ${s.key} = ${json(p)}`)),
        ),
      ];
    }
    case 'abilityNeed': {
      const pairs = question.statements.map((s) => {
        const pair = sql`(${a} -> ${s.key})`;
        return {
          valid: sql`jsonb_typeof(${a}) = 'object' and ${anyPoint(sql`${pair} -> 'ability'`, question.scale)}
            and ${anyPoint(sql`${pair} -> 'need'`, question.scale)}`,
          ability: sql`(${pair} -> 'ability')::numeric`,
          need: sql`(${pair} -> 'need')::numeric`,
        };
      });
      return [
        count(
          sql.join(
            pairs.map((p) => sql`(${p.valid})`),
            sql` or `,
          ),
        ),
        ...pairs.flatMap((p) => [
          count(p.valid),
          sql`sum(${p.ability}) filter (where ${p.valid})`,
          sql`sum(${p.need}) filter (where ${p.valid})`,
          sql`var_samp(${p.need} - ${p.ability}) filter (where ${p.valid})`,
        ]),
      ];
    }
  }
}

/** A question's tally from its aggregates, read in the order tallyColumns wrote them. */
function readTally(question: Question, row: readonly (number | null)[]): QuestionTally {
  const at = (i: number) => Number(row[i] ?? 0);
  const orNull = (i: number) => (row[i] === null || row[i] === undefined ? null : Number(row[i]));
  switch (question.type) {
    case 'multiple':
      return { type: 'multiple', n: at(0), options: question.options.map((_, i) => at(i + 1)) };
    case 'number':
      return {
        type: 'number',
        n: at(0),
        sum: at(1),
        min: orNull(2),
        max: orNull(3),
        median: orNull(4),
        variance: orNull(5),
      };
    case 'text':
      return { type: 'text', n: at(0) };
    case 'matrix': {
      const width = question.scale.max - question.scale.min + 1;
      return {
        type: 'matrix',
        n: at(0),
        statements: question.statements.map((_, s) =>
          Array.from({ length: width }, (_, p) => at(1 + s * width + p)),
        ),
      };
    }
    case 'likert':
    case 'single':
      throw new RangeError(`${question.key} is counted per value (valueTally)`);
    case 'abilityNeed':
      return {
        type: 'abilityNeed',
        n: at(0),
        statements: question.statements.map((_, s) => ({
          n: at(1 + s * 4),
          ability: at(2 + s * 4),
          need: at(3 + s * 4),
          gapVariance: orNull(4 + s * 4),
        })),
      };
  }
}

/** How a breakdown groups answers: by the respondent's unit, or by their answer to a profile question. */
export type TallyGrouping = { kind: 'unit' } | { kind: 'answer'; questionKey: string };

const groupExpression = (grouping: TallyGrouping) =>
  grouping.kind === 'unit'
    ? sql`r.unit_id::text`
    : sql`case when jsonb_typeof(r.answers -> ${grouping.questionKey}) = 'string'
        then r.answers ->> ${grouping.questionKey} end`;

/** Answers of these units only (a reader's slice); all when undefined. */
const inUnits = (unitIds: readonly number[] | undefined) =>
  unitIds === undefined ? sql<boolean>`true` : sql<boolean>`r.unit_id = any(${[...unitIds]}::bigint[])`;

interface TallyRow {
  whole: number;
  g: string | null;
  respondents: number;
  [column: string]: unknown;
}

interface ValueRow {
  whole: number;
  g: string | null;
  key: string;
  value: unknown;
  n: number;
}

/** Likert and single-choice questions are counted per stored value (few per question). */
const byValue = (q: Question) => q.type === 'likert' || q.type === 'single';

/** A Likert or single-choice question's tally from the counts of its stored values. */
function valueTally(question: Question, values: readonly { value: unknown; n: number }[]): QuestionTally {
  if (question.type === 'likert') {
    const points = pointsOf(question.scale).map(() => 0);
    let other = 0;
    for (const { value, n } of values) {
      if (onScale(value, question.scale)) points[value - question.scale.min]! += n;
      else if (typeof value === 'number') other += n;
    }
    return { type: 'likert', points, other };
  }
  if (question.type !== 'single') throw new RangeError(`${question.key} is not counted per value`);
  const options = question.options.map(({ value }) => values.find((v) => v.value === value)?.n ?? 0);
  return { type: 'single', n: options.reduce((a, b) => a + b, 0), options };
}

/**
 * A wave's released answers (`unitIds`: a slice's only) counted for `questions`: the whole set, and
 * with `grouping` each of its groups too, in the same passes. Two passes: Likert and single-choice
 * answers counted per question and stored value (a hash aggregate over the few values each has),
 * then the respondents and every other question's aggregates.
 */
export async function waveTallies(
  tx: Tx,
  waveId: number,
  questions: readonly Question[],
  options: { unitIds?: readonly number[] | undefined; grouping?: TallyGrouping | undefined } = {},
): Promise<{ whole: AnswerTally; groups: GroupTally[] }> {
  const where = sql`where r.wave_id = ${waveId} and ${inUnits(options.unitIds)}`;
  // The group is computed once per answer (a lateral column), so GROUPING names that very column.
  const from = options.grouping
    ? sql`from survey_response r cross join lateral (select ${groupExpression(options.grouping)} as g) grp`
    : sql`from survey_response r cross join lateral (select null::text as g) grp`;
  const sets = (columns: Expr[]) =>
    options.grouping
      ? sql`group by grouping sets ((${sql.join(columns)}), (grp.g, ${sql.join(columns)}))`
      : sql`group by grp.g, ${sql.join(columns)}`;
  const whole = options.grouping ? sql`grouping(grp.g)::int` : sql`1`;
  const counted = questions.filter(byValue);
  const values =
    counted.length === 0
      ? []
      : (
          await sql<ValueRow>`
      select ${whole} as whole, grp.g, k.key, r.answers -> k.key as value, count(*)::int as n
      ${from} cross join unnest(${counted.map((q) => q.key)}::text[]) as k(key)
      ${where} and r.answers ? k.key
      ${sets([sql`k.key`, sql`r.answers -> k.key`])}`.execute(tx)
        ).rows;
  const rest = questions.filter((q) => !byValue(q));
  const columns = rest.map(
    (q, i) => sql`array[${sql.join(tallyColumns(q))}]::float8[] as ${sql.ref(`q${i}`)}`,
  );
  const select = sql.join([
    sql`${whole} as whole`,
    sql`grp.g`,
    sql`count(*)::int as respondents`,
    ...columns,
  ]);
  const rows = (
    await sql<TallyRow>`select ${select} ${from} ${where}
      ${options.grouping ? sql`group by grouping sets ((), (grp.g))` : sql`group by grp.g`}`.execute(tx)
  ).rows;
  const tallyOf = (row: TallyRow | undefined): AnswerTally => {
    const mine = values.filter((v) => v.whole === row?.whole && v.g === (row?.g ?? null));
    return {
      respondents: row?.respondents ?? 0,
      questions: new Map([
        ...counted.map(
          (q) =>
            [
              q.key,
              valueTally(
                q,
                mine.filter((v) => v.key === q.key),
              ),
            ] as const,
        ),
        ...rest.map((q, i) => [q.key, readTally(q, (row?.[`q${i}`] as (number | null)[]) ?? [])] as const),
      ]),
    };
  };
  return {
    whole: tallyOf(rows.find((r) => r.whole === 1)),
    groups: rows.filter((r) => r.whole === 0).map((r) => ({ key: r.g, tally: tallyOf(r) })),
  };
}

/**
 * Per text question, how many of a view's answers a moderator hid (and which were texts): hidden
 * texts leave the figures too, not only the lists.
 */
export async function hiddenTextCounts(
  tx: Tx,
  waveId: number,
  unitIds?: readonly number[],
): Promise<Map<string, number>> {
  const rows = await sql<{ key: string; n: number }>`
    select h.question_key as key, count(*)::int as n
    from survey_text_hidden h join survey_response r on r.id = h.response_id
    where r.wave_id = ${waveId} and ${inUnits(unitIds)}
      and jsonb_typeof(r.answers -> h.question_key) = 'string'
      and (r.answers ->> h.question_key) ~ ${NOT_BLANK}
    group by h.question_key`.execute(tx);
  return new Map(rows.rows.map((r) => [r.key, r.n]));
}

/**
 * The id a text answer is shown and moderated by (result.service.ts textId), computed where the
 * answers are: the first 32 hex digits of SHA-256 over `responseId:questionKey`.
 */
const textIdOf = (key: string) =>
  sql<string>`left(encode(sha256(convert_to(r.id::text || ':' || ${key}, 'UTF8')), 'hex'), 32)`;

/**
 * A text question's answers as listed: hidden ones left out, in their ids' order, the first
 * `limit` of them (ids are hashes of random response ids, so the first ones are a random sample).
 */
export async function listedTexts(
  tx: Tx,
  waveId: number,
  key: string,
  limit: number,
  unitIds?: readonly number[],
): Promise<{ id: string; text: string }[]> {
  const rows = await sql<{ id: string; text: string }>`
    select ${textIdOf(key)} as id, r.answers ->> ${key} as text
    from survey_response r
    where r.wave_id = ${waveId} and ${inUnits(unitIds)} and jsonb_typeof(r.answers -> ${key}) = 'string'
      and not exists (select 1 from survey_text_hidden h where h.response_id = r.id and h.question_key = ${key})
    order by 1
    limit ${limit}`.execute(tx);
  return rows.rows;
}

/** The response a text id was made from (result.service.ts textId), found in the database. */
export async function responseOfText(
  tx: Tx,
  waveId: number,
  key: string,
  textId: string,
): Promise<string | null> {
  const row = (
    await sql<{ id: string }>`
      select r.id from survey_response r
      where r.wave_id = ${waveId} and jsonb_typeof(r.answers -> ${key}) = 'string' and ${textIdOf(key)} = ${textId}
      limit 1`.execute(tx)
  ).rows[0];
  return row?.id ?? null;
}
