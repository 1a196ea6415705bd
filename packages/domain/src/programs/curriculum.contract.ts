import { z } from 'zod';
import { textBlock, textLine } from '../shared/common.contract';
import { moduleKey } from './curriculum.rules';

// A program's curriculum: its versions, each a list of modules with objectives and JP; a revision
// (every version after the first) says why and names the batches whose evaluation is its evidence.

const id = z.number().int().positive();

export const CurriculumModuleSchema = z
  .object({
    title: textLine(200),
    objectives: z.array(textLine(500)).min(1).max(20),
    /** Lesson hours (JP), two decimals at most: a quarter JP is 0.25. */
    jp: z.number().gt(0).max(2000).multipleOf(0.01),
  })
  .strict()
  .meta({ id: 'CurriculumModule' });

const Modules = z
  .array(CurriculumModuleSchema)
  .min(1)
  .max(100)
  .refine((modules) => new Set(modules.map((m) => moduleKey(m.title))).size === modules.length, {
    params: { i18n: 'errors.program.curriculumTitleRepeated' },
  });

export const CurriculumBody = z
  .object({
    modules: Modules,
    /** Why the curriculum changes: required from the second version on, absent from the first. */
    reason: textBlock(2000).nullable().default(null),
    /** Batches of this program whose evaluation is the evidence behind the revision. */
    evidenceBatchIds: z.array(id).max(50).default([]),
    /**
     * The version the revision was made from (null: there was none). When given and no longer the
     * latest, the revision is refused (409) instead of undoing the one recorded in between.
     */
    previousVersion: z.number().int().min(1).max(1000).nullable().optional(),
    /** Batches of this program that have not started move to the new version (their first day after today). */
    applyToUnstartedBatches: z.boolean().default(true),
  })
  .strict()
  .refine((b) => new Set(b.evidenceBatchIds).size === b.evidenceBatchIds.length, {
    path: ['evidenceBatchIds'],
    params: { i18n: 'errors.program.evidenceRepeated' },
  })
  .meta({ id: 'CurriculumBody' });

const BatchRef = z.object({ id: z.number().int(), name: z.string() });

export const ModuleChange = z.object({
  title: z.string(),
  previousTitle: z.string(),
  jpFrom: z.number(),
  jpTo: z.number(),
  objectivesAdded: z.array(z.string()),
  objectivesRemoved: z.array(z.string()),
  positionFrom: z.number().int(),
  positionTo: z.number().int(),
});

export const CurriculumDiffSchema = z
  .object({
    added: z.array(CurriculumModuleSchema),
    removed: z.array(CurriculumModuleSchema),
    changed: z.array(ModuleChange),
    jpMoved: z.number(),
  })
  .meta({ id: 'CurriculumDiff' });

export const CurriculumVersion = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    modules: z.array(CurriculumModuleSchema),
    /** The modules' JP added up. */
    jp: z.number(),
    createdAt: z.string(),
    /** The revision's record: to the agency and to the trainers of a batch teaching it; null to other readers. */
    author: z.string().nullable(),
    reason: z.string().nullable(),
    evidenceBatches: z.array(BatchRef),
    /** The batches teaching this version. */
    batches: z.array(BatchRef),
    /** What it changed of the version before (null: the first version, or not shown to this reader). */
    changes: CurriculumDiffSchema.nullable(),
  })
  .meta({ id: 'CurriculumVersion' });

export const Curricula = z
  .object({
    /** Newest first. A reader of the catalog sees the current version only. */
    items: z.array(CurriculumVersion),
    programJp: z.number(),
    /** The current version's modules no longer add up to the program's JP (it changed since). */
    jpMismatch: z.boolean(),
    /** The reader sees every version with its reasons and evidence. */
    history: z.boolean(),
    /** The reader may record a new version now. */
    revisable: z.boolean(),
  })
  .meta({ id: 'Curricula' });
