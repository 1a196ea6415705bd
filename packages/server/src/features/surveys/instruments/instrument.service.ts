import { type Actor, can } from '@jenjang/domain/shared/access';
import {
  type InstrumentDefinition as Definition,
  InstrumentDefinition,
} from '@jenjang/domain/surveys/instrument.contract';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { SURVEY_TEMPLATES, templateByKey } from '@jenjang/domain/surveys/survey-templates';
import { type Db, type Tx, withTenant } from '../../../db/database';
import { publish } from '../../../events';
import { forbidden, notFound, ProblemError } from '../../../http/problem';
import { ownedResource } from '../surveys/survey-access';
import * as repo from './instrument.repository';

const iso = (value: Date | string) => new Date(value).toISOString();

/** Stored definitions were valid when written; parsing again fills defaults added since. */
export const parseDefinition = (stored: unknown): Definition => InstrumentDefinition.parse(stored);

export function listTemplates() {
  return {
    items: SURVEY_TEMPLATES.map((template) => {
      const definition = InstrumentDefinition.parse(template.definition);
      return {
        key: template.key,
        kind: definition.kind,
        title: definition.title,
        description: definition.description ?? null,
        questionCount: questionsOf(definition).length,
      };
    }),
  };
}

/**
 * A questionnaire the actor may read (the whole government's, or one owned inside its reach), or
 * 404; with `manage`, one it may also edit, or 403 when it can only read it.
 */
export async function readableInstrument(tx: Tx, actor: Actor, id: number, manage = false) {
  const instrument = await repo.findInstrument(tx, id);
  if (!instrument) throw notFound();
  const resource = await ownedResource(tx, instrument);
  if (!can(actor, 'survey.read', resource)) throw notFound();
  if (manage && !can(actor, 'survey.manage', resource)) throw forbidden();
  return instrument;
}

export async function listInstruments(db: Db, actor: Actor) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const rows = await repo.listInstruments(tx, actor.scopeUnitId);
    const readable = rows.filter((row) =>
      can(actor, 'survey.read', { tenantId: row.tenant_id, unitPath: row.owner_path }),
    );
    return {
      items: readable.map((row) => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        templateKey: row.template_key,
        version: row.version,
        surveyCount: row.survey_count,
        updatedAt: iso(row.updated_at),
      })),
    };
  });
}

export async function getInstrument(db: Db, actor: Actor, id: number) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const instrument = await readableInstrument(tx, actor, id);
    const versions = await repo.listVersions(tx, id);
    const latest = versions[0];
    if (!latest) throw notFound();
    return {
      id: instrument.id,
      kind: instrument.kind,
      title: instrument.title,
      templateKey: instrument.template_key,
      version: {
        id: latest.id,
        version: latest.version,
        definition: parseDefinition(latest.definition),
        frozen: latest.frozen,
      },
      versions: versions.map((v) => ({
        id: v.id,
        version: v.version,
        createdAt: iso(v.created_at),
        frozen: v.frozen,
      })),
    };
  });
}

/** A new instrument from a shipped template (a tenant's own copy, editable) or from a definition. */
export async function createInstrument(
  db: Db,
  actor: Actor,
  input: { templateKey: string } | { definition: Definition },
) {
  let definition: Definition;
  let templateKey: string | null = null;
  if ('templateKey' in input) {
    const template = templateByKey(input.templateKey);
    if (!template) throw new ProblemError(400, 'survey.unknownTemplate', { key: input.templateKey });
    definition = InstrumentDefinition.parse(template.definition);
    templateKey = template.key;
  } else {
    definition = input.definition;
  }
  const id = await withTenant(db, actor.tenantId, async (tx) => {
    // A scoped admin's questionnaires are its unit's: others' surveys cannot be changed through them.
    const owner = await ownedResource(tx, { tenant_id: actor.tenantId, owner_unit_id: actor.scopeUnitId });
    if (!can(actor, 'survey.manage', owner)) throw forbidden();
    return insertInstrument(tx, actor, definition, templateKey);
  });
  return getInstrument(db, actor, id);
}

async function insertInstrument(tx: Tx, actor: Actor, definition: Definition, templateKey: string | null) {
  const row = await repo.insertInstrument(tx, {
    tenantId: actor.tenantId,
    kind: definition.kind,
    title: definition.title.id,
    templateKey,
    accountId: actor.accountId,
    ownerUnitId: actor.scopeUnitId,
  });
  await repo.insertVersion(tx, {
    tenantId: actor.tenantId,
    instrumentId: row.id,
    version: 1,
    definition,
    accountId: actor.accountId,
  });
  await publish(tx, actor.tenantId, {
    type: 'instrument.created',
    actorAccountId: actor.accountId,
    payload: { instrumentId: row.id, templateKey, title: definition.title.id },
  });
  return row.id;
}

/**
 * The government's standard questionnaire kept under `key` for another feature (a program batch's
 * reaction survey), made from `definition` on its first use, in the caller's transaction; its
 * tenant-wide admins may edit it later as any questionnaire. Its id.
 */
export async function standardInstrument(
  tx: Tx,
  actor: Actor,
  key: string,
  definition: Definition,
): Promise<number> {
  if (
    actor.scopeUnitId !== null ||
    !can(actor, 'survey.manage', { tenantId: actor.tenantId, unitPath: null })
  ) {
    throw forbidden();
  }
  const found = await repo.lockedStandardInstrument(tx, key);
  return found ? found.id : insertInstrument(tx, actor, definition, key);
}

/**
 * Saves an edited definition: in place while no wave using the latest version has opened, else
 * as a new version, so every response keeps the questions it answered.
 */
export async function updateInstrument(db: Db, actor: Actor, id: number, definition: Definition) {
  await withTenant(db, actor.tenantId, async (tx) => {
    if (!(await repo.lockInstrument(tx, id))) throw notFound();
    await readableInstrument(tx, actor, id, true);
    const latest = await repo.latestVersion(tx, id);
    if (!latest) throw notFound();
    let version = latest.version;
    if (latest.frozen) {
      version = latest.version + 1;
      await repo.insertVersion(tx, {
        tenantId: actor.tenantId,
        instrumentId: id,
        version,
        definition,
        accountId: actor.accountId,
      });
    } else {
      await repo.replaceDefinition(tx, latest.id, definition);
    }
    await repo.touchInstrument(tx, id, { title: definition.title.id, kind: definition.kind });
    await publish(tx, actor.tenantId, {
      type: 'instrument.updated',
      actorAccountId: actor.accountId,
      payload: { instrumentId: id, version, newVersion: latest.frozen },
    });
  });
  return getInstrument(db, actor, id);
}
