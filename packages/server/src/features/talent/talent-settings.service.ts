import type { Actor } from '@jenjang/domain/shared/access';
import { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { type NineBoxInput, placeInNineBox } from '@jenjang/domain/talent/nine-box.rules';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { publish } from '../../events';
import { ProblemError } from '../../http/problem';
import { manages } from '../performance/performance-access';
import { authorise } from '../policies/policy-access';
import {
  changeVersionRules,
  readableVersion,
  rulesBefore,
  rulesOfVersion,
  rulesView,
} from '../policies/policy-rules';
import { jpmThresholds } from '../settings/settings.service';
import { inputsReader, yearDates } from './placement';
import * as repo from './talent.repository';
import { TALENT } from './talent-settings';

// The talent settings a version of a policy states, changed only while it is a draft, by those who
// draft policies; and how they would move people between boxes before the version is adopted.

const MAX_NAMED = 200;
/** Rows of a year's inputs read at a time (the effect over the data now). */
const BATCH = 5_000;

export async function versionSettings(db: Db, actor: Actor, policyId: number, versionId: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const { version, versions } = await readableVersion(tx, actor, 'talent', policyId, versionId);
    return settingsView(rulesView(TALENT, actor, version, versions));
  });
}

const settingsView = ({ rules, ...rest }: ReturnType<typeof rulesView<TalentSettings>>) => ({
  settings: rules,
  ...rest,
});

/** Sets (settings) or takes back (null) a draft version's talent settings (policy-rules.ts). */
export async function setVersionSettings(
  db: Db,
  actor: Actor,
  policyId: number,
  versionId: number,
  settings: TalentSettings | null,
) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const view = await changeVersionRules(
      tx,
      TALENT,
      actor,
      { policyId, versionId },
      settings,
      'talent.versionNotDraft',
    );
    await publish(tx, actor.tenantId, {
      type: 'talent.settingsChanged',
      actorAccountId: actor.accountId,
      payload: { policyId, versionId, stated: settings !== null },
    });
    return settingsView(view);
  });
}

/**
 * The year an effect is shown for unless asked: the latest placed, else the latest appraised year
 * that is over (this year's appraisals are still coming in), else last year.
 */
async function defaultYear(tx: Tx, current: number): Promise<number> {
  const placed = (await repo.mappings(tx))[0]?.year;
  if (placed !== undefined) return placed;
  return (await repo.appraisedYears(tx)).find((y) => y < current) ?? current - 1;
}

type Counts = { boxes: Record<string, number>; unplaced: number };

const noCounts = (): Counts => ({
  boxes: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => [String(b), 0])),
  unplaced: 0,
});

function countIn(counts: Counts, box: number | null, n: number) {
  if (box === null) counts.unplaced += n;
  else counts.boxes[String(box)] = (counts.boxes[String(box)] ?? 0) + n;
}

/** The counts in each box before and after, and the moves between boxes (null: no box). */
class Tally {
  considered = 0;
  before = noCounts();
  after = noCounts();
  moved = 0;
  moves = new Map<string, { from: number | null; to: number | null; count: number }>();

  add(from: number | null, to: number | null, people: number) {
    this.considered += people;
    countIn(this.before, from, people);
    countIn(this.after, to, people);
    if (from === to) return;
    this.moved += people;
    const key = `${from}>${to}`;
    const known = this.moves.get(key) ?? { from, to, count: 0 };
    known.count += people;
    this.moves.set(key, known);
  }
}

type Mover = { id: number; from: number | null; to: number | null };

/** Places each distinct set of inputs once: a government's people share a few thousand of them. */
function boxOfInputs(settings: TalentSettings) {
  const byInputs = new Map<string, number | null>();
  return (inputs: NineBoxInput, key: string) => {
    let box = byInputs.get(key);
    if (box === undefined) {
      box = placeInNineBox(inputs, settings).box;
      byInputs.set(key, box);
    }
    return box;
  };
}

/**
 * The moves over a placed year's people as placed: the inputs its placements kept, grouped in SQL,
 * each group placed under both settings. When a settings counts trainings over another window than
 * the one that placed the year, each person's programs are counted again, over each settings' own
 * window. Named: the first MAX_NAMED who move, by id.
 */
async function movesOfPlaced(
  tx: Tx,
  year: number,
  today: string,
  placedUnder: TalentSettings,
  settings: readonly [TalentSettings, TalentSettings],
  named: boolean,
) {
  // Programs as kept while both count over the placing window; else both counted again, each over
  // its own window, so that a certificate recorded since weighs on both sides alike.
  const placedFrom = yearDates(year, today, placedUnder).trainingWindow.from;
  const own = [yearDates(year, today, settings[0]), yearDates(year, today, settings[1])] as const;
  const windows = own.every((d) => d.trainingWindow.from === placedFrom)
    ? ([null, null] as const)
    : ([own[0].trainingWindow, own[1].trainingWindow] as const);
  const tally = new Tally();
  const moves = new Map<string, { from: number | null; to: number | null }>();
  // Each group is a distinct set of inputs: placed once under each settings.
  for (const group of await repo.placedInputGroups(tx, year, windows)) {
    const kept = JSON.parse(group.inputs) as NineBoxInput;
    const under = (programs: number | null) =>
      programs === null ? kept : { ...kept, completedPrograms: programs };
    const key = repo.placedGroupKey(group);
    const from = placeInNineBox(under(group.programs0), settings[0]).box;
    const to = placeInNineBox(under(group.programs1), settings[1]).box;
    tally.add(from, to, group.people);
    if (from !== to) moves.set(key, { from, to });
  }
  const movers: Mover[] = named
    ? (await repo.placedInGroups(tx, year, windows, [...moves.keys()], MAX_NAMED)).flatMap((m) => {
        const move = moves.get(m.key);
        return move ? [{ id: m.employeeId, ...move }] : [];
      })
    : [];
  return { tally, movers };
}

/**
 * The moves over the year's people as they are now, for a year not placed: the inputs are read in
 * batches (once when both settings' windows agree), each distinct set placed once under each settings.
 */
async function movesOfCurrent(
  tx: Tx,
  year: number,
  today: string,
  settings: readonly [TalentSettings, TalentSettings],
  named: boolean,
) {
  const thresholds = await jpmThresholds(tx);
  const windows = [yearDates(year, today, settings[0]), yearDates(year, today, settings[1])] as const;
  const placers = [boxOfInputs(settings[0]), boxOfInputs(settings[1])] as const;
  const sameWindow = windows[0].trainingWindow.from === windows[1].trainingWindow.from;
  /** Each person's box under settings[index], and under the other when both read the same inputs. */
  const read = (index: 0 | 1, each: (id: number, box: number | null, other: number | null) => void) => {
    const inputsOf = inputsReader(thresholds, windows[index].reference);
    return repo.eachTalentInputBatch(tx, year, windows[index].trainingWindow, BATCH, (rows) => {
      for (const row of rows) {
        const { inputs } = inputsOf(row);
        const key = JSON.stringify(inputs);
        each(row.employeeId, placers[index](inputs, key), sameWindow ? placers[1](inputs, key) : null);
      }
    });
  };
  const tally = new Tally();
  const movers: Mover[] = [];
  const count = (id: number, from: number | null, to: number | null) => {
    tally.add(from, to, 1);
    if (named && from !== to && movers.length < MAX_NAMED) movers.push({ id, from, to });
  };
  if (sameWindow) {
    await read(0, count);
  } else {
    const first = new Map<number, number | null>();
    await read(0, (id, box) => first.set(id, box));
    await read(1, (id, box) => {
      const from = first.get(id);
      if (from !== undefined) count(id, from, box);
    });
  }
  return { tally, movers };
}

/**
 * What this version's settings would change for a year (by default the latest placed: defaultYear)
 * against the settings of the version it was drafted from, or, for a first version, those in force.
 * Counts and moves for reviewers; who moves only for the agency.
 */
export async function settingsEffect(
  db: Db,
  actor: Actor,
  policyId: number,
  versionId: number,
  year: number | undefined,
  now: Date,
) {
  authorise(actor, 'policy.review');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { version, versions } = await readableVersion(tx, actor, 'talent', policyId, versionId);
    const after = rulesOfVersion(TALENT, versions, version.id)?.rules;
    if (!after) throw new ProblemError(409, 'talent.versionHasNoSettings');
    const today = await tenantToday(tx, now);
    const the = year ?? (await defaultYear(tx, Number(today.slice(0, 4))));
    const before = await rulesBefore(tx, TALENT, version, versions, today);
    // The year as placed, when it is; else everyone's data now.
    const placed = await repo.mapping(tx, the);
    const both = [before.rules, after] as const;
    const basis: 'placements' | 'current' = placed ? 'placements' : 'current';
    const { tally, movers } = placed
      ? await movesOfPlaced(tx, the, today, TalentSettings.parse(placed.settings), both, manages(actor))
      : await movesOfCurrent(tx, the, today, both, manages(actor));
    let people = null;
    if (manages(actor)) {
      const named = new Map(
        (
          await repo.people(
            tx,
            movers.slice(0, MAX_NAMED).map((m) => m.id),
          )
        ).map((p) => [p.employeeId, p]),
      );
      people = movers.slice(0, MAX_NAMED).flatMap((m) => {
        const p = named.get(m.id);
        return p
          ? [
              {
                employeeId: p.employeeId,
                name: p.name,
                nip: p.nip,
                golongan: p.golongan,
                unit: p.unit,
                position: p.position,
                from: m.from,
                to: m.to,
              },
            ]
          : [];
      });
    }
    return {
      year: the,
      basis,
      current: before.source,
      considered: tally.considered,
      before: tally.before,
      after: tally.after,
      moved: tally.moved,
      moves: [...tally.moves.values()].sort((a, b) => b.count - a.count),
      people,
    };
  });
}
