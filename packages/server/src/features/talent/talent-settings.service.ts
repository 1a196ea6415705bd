import type { JpmThresholds } from '@jenjang/domain/competency/competency-gap.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import type { TalentSettings } from '@jenjang/domain/talent/nine-box.contract';
import { placeInNineBox } from '@jenjang/domain/talent/nine-box.rules';
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
import { inputsOf, yearDates } from './placement';
import * as repo from './talent.repository';
import { TALENT } from './talent-settings';

// The talent settings a version of a policy states, changed only while it is a draft, by those who
// draft policies; and how they would move people between boxes before the version is adopted.

const MAX_NAMED = 200;

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

/**
 * Each person's box (null: none) for a year under two sets of settings. The inputs are read once
 * when both count trainings over the same window, and each distinct set of inputs is placed once:
 * a government's people share a few thousand of them (docs/performance.md, "Talent mapping").
 */
async function boxesUnderBoth(
  tx: Tx,
  year: number,
  today: string,
  settings: readonly [TalentSettings, TalentSettings],
  thresholds: JpmThresholds,
) {
  const windows = settings.map((s) => yearDates(year, today, s));
  const sameWindow = windows[0]!.trainingWindow.from === windows[1]!.trainingWindow.from;
  const first = await repo.talentInputs(tx, year, windows[0]!.trainingWindow);
  const second = sameWindow ? first : await repo.talentInputs(tx, year, windows[1]!.trainingWindow);
  return [
    boxesOf(first, settings[0], thresholds, windows[0]!.reference),
    boxesOf(second, settings[1], thresholds, windows[1]!.reference),
  ] as const;
}

function boxesOf(
  rows: readonly repo.TalentInputRow[],
  settings: TalentSettings,
  thresholds: JpmThresholds,
  reference: string,
) {
  const byInputs = new Map<string, number | null>();
  const boxes = new Map<number, number | null>();
  for (const row of rows) {
    const { nineBox } = inputsOf(row, thresholds, reference);
    const key = JSON.stringify(nineBox);
    let box = byInputs.get(key);
    if (box === undefined) {
      box = placeInNineBox(nineBox, settings).box;
      byInputs.set(key, box);
    }
    boxes.set(row.employeeId, box);
  }
  return boxes;
}

function countsOf(boxes: ReadonlyMap<number, number | null>) {
  const counts: Record<string, number> = Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((b) => [String(b), 0]),
  );
  let unplaced = 0;
  for (const box of boxes.values()) {
    if (box === null) unplaced++;
    else counts[String(box)] = (counts[String(box)] ?? 0) + 1;
  }
  return { boxes: counts, unplaced };
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
    const thresholds = await jpmThresholds(tx);
    const [was, will] = await boxesUnderBoth(tx, the, today, [before.rules, after], thresholds);
    const moves = new Map<string, { from: number | null; to: number | null; count: number }>();
    const movers: { id: number; from: number | null; to: number | null }[] = [];
    for (const [id, from] of was) {
      const to = will.get(id) ?? null;
      if (from === to) continue;
      const key = `${from}>${to}`;
      const known = moves.get(key) ?? { from, to, count: 0 };
      known.count++;
      moves.set(key, known);
      movers.push({ id, from, to });
    }
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
      current: before.source,
      considered: was.size,
      before: countsOf(was),
      after: countsOf(will),
      moved: movers.length,
      moves: [...moves.values()].sort((a, b) => b.count - a.count),
      people,
    };
  });
}
