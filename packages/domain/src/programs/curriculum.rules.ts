// A program's curriculum (issue 11): modules with their objectives and JP, one immutable version
// after another. The modules' JP add up to the program's JP exactly, to the hundredth: JP are
// counted lesson hours (Perlan LAN 10/2018: 1 JP = 45 minutes), not measurements, and the program's
// JP is what every participant's certificate credits — a tolerance would let a certificate credit
// hours no module teaches. A program whose JP changes while it is a draft keeps its recorded
// versions as they were; the next version must add up to the new JP (`curriculumJpMismatch`
// tells the agency so).

export interface CurriculumModule {
  title: string;
  objectives: string[];
  jp: number;
}

/** JP in hundredths: sums of two-decimal JP are exact in integers, never in binary fractions. */
const hundredths = (jp: number) => Math.round(jp * 100);

/** The modules' JP added up, to the hundredth. */
export function curriculumJp(modules: readonly Pick<CurriculumModule, 'jp'>[]): number {
  return modules.reduce((sum, m) => sum + hundredths(m.jp), 0) / 100;
}

/**
 * Null when the modules' JP add up to the program's JP; otherwise both numbers, for a refusal that
 * names them.
 */
export function curriculumJpMismatch(
  modules: readonly Pick<CurriculumModule, 'jp'>[],
  programJp: number,
): { modulesJp: number; programJp: number } | null {
  const modulesJp = curriculumJp(modules);
  return hundredths(modulesJp) === hundredths(programJp) ? null : { modulesJp, programJp };
}

/** A module's title as the diff compares it: the same words in any case and spacing. */
export const moduleKey = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

export interface ModuleChange {
  title: string;
  /** The title the version before gave it, where only its case or spacing differs. */
  previousTitle: string;
  jpFrom: number;
  jpTo: number;
  objectivesAdded: string[];
  objectivesRemoved: string[];
  /** Its place in the list changed (1-based positions). */
  positionFrom: number;
  positionTo: number;
}

export interface CurriculumDiff {
  added: CurriculumModule[];
  removed: CurriculumModule[];
  changed: ModuleChange[];
  /**
   * The JP that left a module for another: what removed and shortened modules gave up (equal to what
   * added and lengthened ones gained when both versions add up to the same program JP).
   */
  jpMoved: number;
}

/**
 * What a version changed of the one before, for display: modules are the same module when their
 * titles match (case and spacing aside); a renamed module reads as one removed and one added.
 */
export function curriculumDiff(
  before: readonly CurriculumModule[],
  after: readonly CurriculumModule[],
): CurriculumDiff {
  const old = new Map(before.map((m, index) => [moduleKey(m.title), { module: m, position: index + 1 }]));
  const now = new Map(after.map((m, index) => [moduleKey(m.title), { module: m, position: index + 1 }]));
  const added = after.filter((m) => !old.has(moduleKey(m.title)));
  const removed = before.filter((m) => !now.has(moduleKey(m.title)));
  const changed: ModuleChange[] = [];
  let given = removed.reduce((sum, m) => sum + hundredths(m.jp), 0);
  for (const [key, { module, position }] of now) {
    const was = old.get(key);
    if (!was) continue;
    const kept = new Set(was.module.objectives.map(moduleKey));
    const taught = new Set(module.objectives.map(moduleKey));
    const objectivesAdded = module.objectives.filter((o) => !kept.has(moduleKey(o)));
    const objectivesRemoved = was.module.objectives.filter((o) => !taught.has(moduleKey(o)));
    const delta = hundredths(module.jp) - hundredths(was.module.jp);
    if (delta < 0) given -= delta;
    if (
      delta !== 0 ||
      objectivesAdded.length > 0 ||
      objectivesRemoved.length > 0 ||
      module.title !== was.module.title ||
      position !== was.position
    ) {
      changed.push({
        title: module.title,
        previousTitle: was.module.title,
        jpFrom: was.module.jp,
        jpTo: module.jp,
        objectivesAdded,
        objectivesRemoved,
        positionFrom: was.position,
        positionTo: position,
      });
    }
  }
  return { added, removed, changed, jpMoved: given / 100 };
}

/** Whether a diff changes nothing at all (a version identical to the one before). */
export function diffIsEmpty(diff: CurriculumDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
