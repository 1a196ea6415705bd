import type {
  AddProvisionBody,
  RemoveProvisionBody,
  UpdateProvisionBody,
} from '@jenjang/domain/policies/policy.contract';
import { textEditable } from '@jenjang/domain/policies/policy-lifecycle.rules';
import type { ProvisionSnapshot } from '@jenjang/domain/policies/provision-comparison.rules';
import type { Actor } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { notFound, ProblemError } from '../../http/problem';
import { type Locale, message } from '../../i18n/translate';
import { checkEvidence } from './evidence';
import type { IndicatorSources } from './indicator-sources';
import * as repo from './policy.repository';
import { authorise } from './policy-access';
import type { CheckedEvidence } from './provision.repository';
import * as provisions from './provision.repository';
import { versionText } from './provision-reading.service';

// Drafting a text provision by provision. Only a draft is edited, and not while a consultation
// round reads it; in a revision, every change says why (the reason is required) and may cite its
// evidence. Each edit takes the policy's row lock, so two editors never interleave their orders.

interface Draft {
  policyId: number;
  versionId: number;
  /** The text the draft revises; null for a first text. */
  baseId: number | null;
  text: ProvisionSnapshot[];
  base: ProvisionSnapshot[];
}

async function editableDraft(tx: Tx, policyId: number): Promise<Draft> {
  const policy = await repo.lockPolicy(tx, policyId);
  if (!policy) throw notFound();
  const draft = textEditable(policy.state) ? await repo.findDraft(tx, policyId) : undefined;
  if (!draft)
    throw new ProblemError(409, 'policy.notEditable', { state: message(`policyState.${policy.state}`) });
  const ids = draft.based_on_id === null ? [draft.id] : [draft.id, draft.based_on_id];
  const texts = await provisions.textsOf(tx, ids);
  return {
    policyId,
    versionId: draft.id,
    baseId: draft.based_on_id,
    text: texts.get(draft.id) ?? [],
    base: draft.based_on_id === null ? [] : (texts.get(draft.based_on_id) ?? []),
  };
}

/** In a revision a change needs its reason; a new number alone (`needed` false) does not. */
/** The draft and one of its provisions, or 404 when the draft does not hold it. */
async function draftProvision(tx: Tx, target: { policyId: number; provisionId: number }) {
  const draft = await editableDraft(tx, target.policyId);
  const current = inText(draft.text, target.provisionId);
  if (!current) throw new ProblemError(404, 'policy.provisionNotInVersion');
  return { draft, current };
}

function requireReason(draft: Draft, reason: string | undefined, needed = true): string | null {
  if (needed && draft.baseId !== null && !reason) throw new ProblemError(400, 'policy.reasonRequired');
  return reason ?? null;
}

const inText = (text: readonly ProvisionSnapshot[], id: number) => text.find((p) => p.provisionId === id);

/** Sibling ids under `parentId` in order, without `except`. */
function siblingsOf(text: readonly ProvisionSnapshot[], parentId: number | null, except?: number) {
  return text
    .filter((p) => p.parentId === parentId && p.provisionId !== except)
    .sort((a, b) => a.ordinal - b.ordinal || a.provisionId - b.provisionId)
    .map((p) => p.provisionId);
}

/** The new order of the siblings once `id` stands after `afterId` (first when null) under `parentId`. */
function placed(
  text: readonly ProvisionSnapshot[],
  id: number,
  place: { parentId: number | null; afterId: number | null },
) {
  if (place.parentId !== null && !inText(text, place.parentId)) {
    throw new ProblemError(400, 'policy.provisionNotInVersion');
  }
  const siblings = siblingsOf(text, place.parentId, id);
  if (place.afterId === null) return [id, ...siblings];
  const at = siblings.indexOf(place.afterId);
  if (at < 0) throw new ProblemError(400, 'policy.afterNotSibling');
  return [...siblings.slice(0, at + 1), id, ...siblings.slice(at + 1)];
}

/** The provision and everything below it in this text. */
function subtreeOf(text: readonly ProvisionSnapshot[], id: number): Set<number> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of text) {
      if (p.parentId !== null && ids.has(p.parentId) && !ids.has(p.provisionId)) {
        ids.add(p.provisionId);
        grew = true;
      }
    }
  }
  return ids;
}

async function recordChange(
  tx: Tx,
  actor: Actor,
  draft: Draft,
  provisionId: number,
  change: { reason: string | null; evidence: readonly CheckedEvidence[] },
) {
  await provisions.upsertChange(tx, actor.tenantId, {
    versionId: draft.versionId,
    provisionId,
    reason: change.reason,
    by: actor.accountId,
  });
  await provisions.replaceEvidence(tx, actor.tenantId, draft.versionId, provisionId, change.evidence);
}

export async function addProvision(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  policyId: number,
  body: AddProvisionBody,
  locale: Locale,
  now: Date,
) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const draft = await editableDraft(tx, policyId);
    const reason = requireReason(draft, body.reason);
    const evidence = await checkEvidence(tx, sources, draft.policyId, body.evidence, locale);
    const origins = [...new Set(body.origins)];
    if (origins.some((origin) => !inText(draft.base, origin)))
      throw new ProblemError(400, 'policy.unknownOrigin');
    const id = await provisions.insertProvision(tx, actor.tenantId, {
      policyId,
      versionId: draft.versionId,
      origins,
    });
    const order = placed(draft.text, id, body);
    await provisions.insertText(tx, actor.tenantId, draft.versionId, {
      provisionId: id,
      parentId: body.parentId,
      ordinal: order.indexOf(id),
      label: body.label,
      heading: body.heading,
      body: body.body,
    });
    await provisions.setOrdinals(tx, draft.versionId, order);
    if (reason !== null || evidence.length > 0) {
      await recordChange(tx, actor, draft, id, { reason, evidence });
    }
    await publish(tx, actor.tenantId, {
      type: 'policy.provision.added',
      actorAccountId: actor.accountId,
      payload: { policyId, versionId: draft.versionId, provisionId: id, label: body.label, origins },
    });
    return versionText(tx, actor, policyId, draft.versionId, locale, now);
  });
}

export async function updateProvision(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  target: { policyId: number; provisionId: number },
  body: UpdateProvisionBody,
  locale: Locale,
  now: Date,
) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { draft, current } = await draftProvision(tx, target);
    const fields = changedFields(current, body);
    const renumberOnly = body.move === undefined && fields.every((field) => field === 'label');
    const reason = requireReason(draft, body.reason, !renumberOnly);
    const evidence = await checkEvidence(tx, sources, draft.policyId, body.evidence, locale);
    if (body.move) {
      if (body.move.parentId !== null && subtreeOf(draft.text, current.provisionId).has(body.move.parentId)) {
        throw new ProblemError(400, 'policy.moveIntoItself');
      }
      const order = placed(draft.text, current.provisionId, body.move);
      await provisions.updateText(tx, draft.versionId, current.provisionId, { parentId: body.move.parentId });
      await provisions.setOrdinals(tx, draft.versionId, order);
      const before = siblingsOf(draft.text, current.parentId);
      if (body.move.parentId !== current.parentId || order.join() !== before.join()) fields.push('place');
    }
    await provisions.updateText(tx, draft.versionId, current.provisionId, {
      ...(body.label === undefined ? {} : { label: body.label }),
      ...(body.heading === undefined ? {} : { heading: body.heading }),
      ...(body.body === undefined ? {} : { body: body.body }),
    });
    if (reason !== null || evidence.length > 0) {
      await recordChange(tx, actor, draft, current.provisionId, { reason, evidence });
      fields.push('reason', 'evidence');
    }
    await publish(tx, actor.tenantId, {
      type: 'policy.provision.changed',
      actorAccountId: actor.accountId,
      payload: {
        policyId: target.policyId,
        versionId: draft.versionId,
        provisionId: current.provisionId,
        label: body.label ?? current.label,
        fields,
      },
    });
    return versionText(tx, actor, target.policyId, draft.versionId, locale, now);
  });
}

type Field = 'label' | 'heading' | 'body' | 'place' | 'reason' | 'evidence';

function changedFields(current: ProvisionSnapshot, body: UpdateProvisionBody): Field[] {
  const fields: Field[] = [];
  if (body.label !== undefined && body.label !== current.label) fields.push('label');
  if (body.heading !== undefined && body.heading !== current.heading) fields.push('heading');
  if (body.body !== undefined && body.body !== current.body) fields.push('body');
  return fields;
}

/**
 * Removes a provision and its parts from the draft. In a revision each removed provision the text
 * in force holds keeps the reason (the removal is a change of it); one added in this draft just goes.
 */
export async function removeProvision(
  db: Db,
  sources: IndicatorSources,
  actor: Actor,
  target: { policyId: number; provisionId: number },
  body: RemoveProvisionBody,
  locale: Locale,
  now: Date,
) {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { draft, current } = await draftProvision(tx, target);
    const reason = requireReason(draft, body.reason);
    const evidence = await checkEvidence(tx, sources, draft.policyId, body.evidence, locale);
    await provisions.deleteText(tx, draft.versionId, current.provisionId);
    for (const id of subtreeOf(draft.text, current.provisionId)) {
      if (inText(draft.base, id)) {
        await recordChange(tx, actor, draft, id, {
          reason,
          evidence: id === current.provisionId ? evidence : [],
        });
      } else {
        await provisions.deleteChange(tx, draft.versionId, id);
      }
    }
    await provisions.setOrdinals(
      tx,
      draft.versionId,
      siblingsOf(draft.text, current.parentId, current.provisionId),
    );
    await publish(tx, actor.tenantId, {
      type: 'policy.provision.removed',
      actorAccountId: actor.accountId,
      payload: {
        policyId: target.policyId,
        versionId: draft.versionId,
        provisionId: current.provisionId,
        label: current.label,
      },
    });
    return versionText(tx, actor, target.policyId, draft.versionId, locale, now);
  });
}
