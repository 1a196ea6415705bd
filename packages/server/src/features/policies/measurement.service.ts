import { createHash } from 'node:crypto';
import {
  IndicatorSourceParams,
  type ManualMeasurement,
  ManualMeasurementFields,
  type WithdrawMeasurementBody,
} from '@jenjang/domain/policies/indicator.contract';
import type { Actor } from '@jenjang/domain/shared/access';
import type { Config } from '../../config';
import { type Db, type Tx, withTenant } from '../../db/database';
import { publish } from '../../events';
import { zodIssueKey } from '../../http/error-handler';
import { notFound, ProblemError } from '../../http/problem';
import type { Upload } from '../../http/upload-form';
import { cleanFileName, EVIDENCE_EXTENSIONS, sniffEvidence } from './evidence-file';
import * as repo from './measurement.repository';
import * as policies from './policy.repository';
import { authorise, mayDo, readablePolicy } from './policy-access';

// A manual indicator's measurements: values whose data lives outside Jenjang, entered by the
// policy's drafters (policy.manage) with where the data lives and its evidence file, read by
// everyone who reads the policy. Kept as entered: a wrong value is withdrawn with a reason (audited,
// still listed) and the right one entered anew; once a decided evaluation of the policy included
// a measurement (entered before the decision), it is part of that decision's record and stays.

const MB = 1024 * 1024;

/** An uploaded evidence file as the route read it, within the size limit. */
export type EvidenceUpload = Upload;

/** The manual indicator of the policy (URL), or 404; a registry or survey indicator takes no measurement. */
async function manualIndicator(tx: Tx, policyId: number, indicatorId: number) {
  const row = await repo.findIndicator(tx, policyId, indicatorId);
  if (!row) throw notFound();
  const params = IndicatorSourceParams.parse(row.params);
  if (params.source !== 'manual') throw new ProblemError(409, 'policy.measurementNotManual');
  return { ...row, params };
}

function views(
  rows: Awaited<ReturnType<typeof repo.listMeasurements>>,
  decidedAt: Date | null,
  manages: boolean,
): ManualMeasurement[] {
  return rows.map((r) => ({
    id: r.id,
    measuredOn: r.measured_on,
    value: r.value,
    note: r.note,
    dataSource: r.data_source,
    enteredBy: r.entered_by_name,
    enteredAt: r.entered_at.toISOString(),
    attachment:
      r.attachment_id === null || r.file_name === null || r.file_type === null || r.bytes === null
        ? null
        : { id: r.attachment_id, fileName: r.file_name, type: r.file_type, bytes: r.bytes },
    withdrawn:
      r.withdrawn_at === null
        ? null
        : { at: r.withdrawn_at.toISOString(), by: r.withdrawn_by_name, reason: r.withdrawn_reason ?? '' },
    withdrawable:
      manages &&
      r.withdrawn_at === null &&
      (decidedAt === null || r.entered_at.getTime() > decidedAt.getTime()),
  }));
}

export function listMeasurements(
  db: Db,
  config: Pick<Config, 'evidenceMaxBytes'>,
  actor: Actor,
  policyId: number,
  indicatorId: number,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await readablePolicy(tx, actor, policyId);
    await manualIndicator(tx, policyId, indicatorId);
    const manages = mayDo(actor, 'policy.manage') && policy.state !== 'retired';
    const rows = await repo.listMeasurements(tx, indicatorId);
    return {
      items: views(rows, await repo.lastDecision(tx, policyId), manages),
      maxFileBytes: config.evidenceMaxBytes,
    };
  });
}

/** The multipart fields, checked like a JSON body: translated field errors, 400. */
export function parseFields(fields: Record<string, string>) {
  const parsed = ManualMeasurementFields.safeParse({
    ...fields,
    note: fields.note?.trim() ? fields.note : null,
    value: fields.value?.trim() ? fields.value.replace(',', '.') : undefined,
  });
  if (parsed.success) return parsed.data;
  throw new ProblemError(
    400,
    'problem.validation',
    {},
    parsed.error.issues.map((issue) => {
      const { key, params } = zodIssueKey(issue as Parameters<typeof zodIssueKey>[0]);
      return { path: `body/${issue.path.join('/')}`, key, params };
    }),
  );
}

/** The file's type by its bytes, and a name that says the same; otherwise 400, before anything is stored. */
export function checkEvidence(config: Pick<Config, 'evidenceMaxBytes'>, upload: EvidenceUpload) {
  if (upload.content.length > config.evidenceMaxBytes) throw evidenceTooLarge(config);
  const name = cleanFileName(upload.name);
  if (upload.content.length === 0) throw new ProblemError(400, 'policy.evidenceEmpty');
  const type = sniffEvidence(upload.content);
  if (!type) throw new ProblemError(400, 'policy.evidenceType', { name: name || '?' });
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  if (!EVIDENCE_EXTENSIONS[type].includes(extension)) {
    throw new ProblemError(400, 'policy.evidenceNameMismatch', {
      name: name || '?',
      type: type.toUpperCase(),
    });
  }
  return {
    name,
    type,
    content: upload.content,
    sha256: createHash('sha256').update(upload.content).digest(),
  };
}

export function evidenceTooLarge(config: Pick<Config, 'evidenceMaxBytes'>) {
  return new ProblemError(413, 'policy.evidenceTooLarge', {
    limit: Math.round((config.evidenceMaxBytes / MB) * 100) / 100,
  });
}

export async function addMeasurement(
  db: Db,
  config: Pick<Config, 'evidenceMaxBytes'>,
  actor: Actor,
  policyId: number,
  indicatorId: number,
  fields: Record<string, string>,
  upload: EvidenceUpload | null,
  now: Date,
): Promise<ManualMeasurement> {
  authorise(actor, 'policy.manage');
  const body = parseFields(fields);
  const file = upload ? checkEvidence(config, upload) : null;
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await policies.lockPolicy(tx, policyId);
    if (!policy) throw notFound();
    if (policy.state === 'retired') throw new ProblemError(409, 'policy.retired');
    const indicator = await manualIndicator(tx, policyId, indicatorId);
    if (indicator.params.evidenceRequired && !file) throw new ProblemError(400, 'policy.evidenceRequired');
    const id = await repo.insertMeasurement(tx, actor.tenantId, indicatorId, body, actor.accountId, now);
    if (file) await repo.insertAttachment(tx, actor.tenantId, id, file);
    await publish(tx, actor.tenantId, {
      type: 'policy.indicator.measured',
      actorAccountId: actor.accountId,
      payload: {
        policyId,
        indicatorId,
        measurementId: id,
        measuredOn: body.measuredOn,
        value: body.value,
        fileName: file?.name ?? null,
      },
    });
    const rows = await repo.listMeasurements(tx, indicatorId);
    return views(
      rows.filter((r) => r.id === id),
      null,
      true,
    )[0]!;
  });
}

export async function withdrawMeasurement(
  db: Db,
  actor: Actor,
  policyId: number,
  indicatorId: number,
  measurementId: number,
  body: WithdrawMeasurementBody,
  now: Date,
): Promise<ManualMeasurement> {
  authorise(actor, 'policy.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const policy = await policies.lockPolicy(tx, policyId);
    if (!policy) throw notFound();
    if (policy.state === 'retired') throw new ProblemError(409, 'policy.retired');
    await manualIndicator(tx, policyId, indicatorId);
    const measurement = await repo.lockMeasurement(tx, indicatorId, measurementId);
    if (!measurement) throw notFound();
    if (measurement.withdrawn_at !== null) throw new ProblemError(409, 'policy.measurementWithdrawn');
    const decidedAt = await repo.lastDecision(tx, policyId);
    if (decidedAt !== null && measurement.entered_at.getTime() <= decidedAt.getTime()) {
      throw new ProblemError(409, 'policy.measurementDecided');
    }
    await repo.withdrawMeasurement(tx, measurementId, actor.accountId, body.reason, now);
    await publish(tx, actor.tenantId, {
      type: 'policy.indicator.measurementWithdrawn',
      actorAccountId: actor.accountId,
      payload: {
        policyId,
        indicatorId,
        measurementId,
        measuredOn: measurement.measured_on,
        value: measurement.value,
        reason: body.reason,
      },
    });
    const rows = await repo.listMeasurements(tx, indicatorId);
    return views(
      rows.filter((r) => r.id === measurementId),
      decidedAt,
      true,
    )[0]!;
  });
}

/** An evidence file, for whoever reads the policy: 404 when the policy or the file is not theirs to see. */
export function evidenceFile(
  db: Db,
  actor: Actor,
  policyId: number,
  indicatorId: number,
  attachmentId: number,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    await readablePolicy(tx, actor, policyId);
    if (!(await repo.findIndicator(tx, policyId, indicatorId))) throw notFound();
    const file = await repo.findAttachment(tx, indicatorId, attachmentId);
    if (!file) throw notFound();
    return file;
  });
}
