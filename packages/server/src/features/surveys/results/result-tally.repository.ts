import {
  type AnswerTally,
  answerTallyOfCounts,
  type CountedFact,
  type GroupTally,
} from '@jenjang/domain/surveys/answer-tally';
import type { Question } from '@jenjang/domain/surveys/instrument.contract';
import { sql } from 'kysely';
import type { Tx } from '../../../db/database';

// A wave's figures are counted as its answers are released (migration 0025: survey_tally holds
// how many released answers hold each fact, per unit and per profile answer), so a read adds up a
// few hundred tally rows whatever the number of answers, and the domain turns the counts into the
// same tallies as the answers themselves (answer-tally.ts tallyOfCounts; result-tally.test.ts
// holds both paths equal on random waves).

/**
 * JS trims these before calling a text blank (String.prototype.trim); PostgreSQL's classes
 * depend on the locale, so they are named (migration 0025 counts non-blank texts with the same).
 */
const NOT_BLANK = '[^\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';

/** How a breakdown groups answers: by the respondent's unit, or by their answer to a profile question. */
export type TallyGrouping = { kind: 'unit' } | { kind: 'answer'; questionKey: string };

/** Answers of these units only (a reader's slice); all when undefined. */
const inUnits = (unitIds: readonly number[] | undefined, column = sql`r.unit_id`) =>
  unitIds === undefined ? sql<boolean>`true` : sql<boolean>`${column} = any(${[...unitIds]}::bigint[])`;

type FactRow = CountedFact & { g: string | null; questionKey: string };

/**
 * A wave's released answers (`unitIds`: a slice's only) counted for `questions`: the whole set, and
 * with `grouping` each of its groups too (a group nobody is in is left out, as it has no answers).
 */
export async function waveTallies(
  tx: Tx,
  waveId: number,
  questions: readonly Question[],
  options: { unitIds?: readonly number[] | undefined; grouping?: TallyGrouping | undefined } = {},
): Promise<{ whole: AnswerTally; groups: GroupTally[] }> {
  const grouping = options.grouping;
  const profileKey = grouping?.kind === 'answer' ? grouping.questionKey : '';
  // No question asks the profile: everyone is outside every group, as the rules group them.
  const group =
    grouping === undefined
      ? sql`null::text`
      : grouping.kind === 'unit'
        ? sql`t.unit_id::text`
        : profileKey === ''
          ? sql`null::text`
          : sql`t.profile_value`;
  const rows = (
    await sql<FactRow>`
      select ${group} as g, t.question_key as "questionKey", t.part, t.value, sum(t.n)::float8 as n
      from survey_tally t
      where t.wave_id = ${waveId} and t.profile_key = ${profileKey} and ${inUnits(options.unitIds, sql`t.unit_id`)}
        and t.question_key = any(${['', ...questions.map((q) => q.key)]}::text[]) and t.part not like '&%'
      group by 1, 2, 3, 4
      having sum(t.n) <> 0`.execute(tx)
  ).rows;
  const whole = answerTallyOfCounts(questions, rows);
  if (grouping === undefined) return { whole, groups: [] };
  const byGroup = new Map<string | null, FactRow[]>();
  for (const row of rows) {
    const list = byGroup.get(row.g);
    if (list) list.push(row);
    else byGroup.set(row.g, [row]);
  }
  const groups = [...byGroup].map(([key, facts]) => ({ key, tally: answerTallyOfCounts(questions, facts) }));
  return { whole, groups: groups.filter((g) => g.tally.respondents > 0) };
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
 * A text question's answers as listed: hidden ones left out, in their ids' order, the first
 * `limit` of them (ids are hashes of random response ids, so the first ones are a random sample).
 * Each text is listed under its id as it is released (survey_text_entry, migration 0025).
 */
export async function listedTexts(
  tx: Tx,
  waveId: number,
  key: string,
  limit: number,
  unitIds?: readonly number[],
): Promise<{ id: string; text: string }[]> {
  const rows = await sql<{ id: string; text: string }>`
    select e.text_id as id, r.answers ->> ${key} as text
    from survey_text_entry e join survey_response r on r.tenant_id = e.tenant_id and r.id = e.response_id
    where e.wave_id = ${waveId} and e.question_key = ${key} and ${inUnits(unitIds, sql`e.unit_id`)}
      and not exists (select 1 from survey_text_hidden h where h.response_id = e.response_id and h.question_key = ${key})
    order by e.text_id
    limit ${limit}`.execute(tx);
  return rows.rows;
}

/** The response a text id was made from (result.service.ts textId). */
export async function responseOfText(
  tx: Tx,
  waveId: number,
  key: string,
  textId: string,
): Promise<string | null> {
  const row = (
    await sql<{ id: string }>`
      select e.response_id as id from survey_text_entry e
      where e.wave_id = ${waveId} and e.question_key = ${key} and e.text_id = ${textId}
      limit 1`.execute(tx)
  ).rows[0];
  return row?.id ?? null;
}
