import type { PolicyArea } from '@jenjang/domain/policies/policy.contract';
import type { PolicyState } from '@jenjang/domain/policies/policy-lifecycle.rules';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database';

// Policies, their versions and the lifecycle's history. The provisions of a version are in
// provision.repository.ts.

/** The version in force on `today`: the adopted one with the latest effective date not after it. */
const inForceOf = (today: string) => sql<{ number: number; effective_from: string } | null>`(
  select json_build_object('number', v.number, 'effective_from', v.effective_from)
  from policy_version v
  where v.policy_id = p.id and v.status = 'adopted' and v.effective_from <= ${today}::date
    and p.state <> 'retired'
  order by v.effective_from desc, v.number desc limit 1)`;

/**
 * The government's policies, newest change first. `readerOnly`: those with an adopted version, or
 * with a consultation round inviting one of the reader's groups (a reader who does not review).
 */
export function listPolicies(
  tx: Tx,
  today: string,
  readerOnly: { employees: boolean; leaders: boolean; partners: boolean } | null,
) {
  let query = tx
    .selectFrom('policy as p')
    .leftJoin('unit as u', 'u.id', 'p.owner_unit_id')
    .select([
      'p.id',
      'p.title',
      'p.area',
      'p.state',
      'p.updated_at',
      'p.evaluation_months',
      'u.name as owner_unit_name',
    ])
    .select(inForceOf(today).as('in_force'))
    .select(
      sql<
        string | null
      >`(select max(e.period_to)::text from policy_evaluation e where e.policy_id = p.id)`.as(
        'last_evaluation_on',
      ),
    )
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id', 'desc');
  if (readerOnly) {
    query = query.where(({ exists, selectFrom, or, and, eb }) =>
      or([
        exists(
          selectFrom('policy_version as v')
            .select('v.id')
            .whereRef('v.policy_id', '=', 'p.id')
            .where('v.status', '=', 'adopted'),
        ),
        exists(
          selectFrom('consultation_round as r')
            .select('r.id')
            .whereRef('r.policy_id', '=', 'p.id')
            .where((round) =>
              round.or([
                and([round('r.invites_employees', '=', true), eb.val(readerOnly.employees)]),
                and([round('r.invites_leaders', '=', true), eb.val(readerOnly.leaders)]),
                and([round('r.invites_partners', '=', true), eb.val(readerOnly.partners)]),
              ]),
            ),
        ),
      ]),
    );
  }
  return query.execute();
}

export function findPolicy(tx: Tx, id: number) {
  return tx
    .selectFrom('policy as p')
    .leftJoin('unit as u', 'u.id', 'p.owner_unit_id')
    .selectAll('p')
    .select('u.name as owner_unit_name')
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/**
 * The government a public address names (its slug), before any tenant is set: public_find_tenant
 * (migration 0034) answers its id and nothing else; null for no such government.
 */
export async function findPublicGovernment(db: Db, slug: string): Promise<number | null> {
  const found = await sql<{ id: number | null }>`select public_find_tenant(${slug}) as id`.execute(db);
  return found.rows[0]?.id ?? null;
}

/** The government whose transaction this is (row-level security shows its tenant row only). */
export function findGovernment(tx: Tx) {
  return tx.selectFrom('tenant').select(['id', 'name', 'slug']).executeTakeFirst();
}

/** Takes the policy's row lock: every change of a policy, its text or its state goes one at a time. */
export async function lockPolicy(tx: Tx, id: number) {
  return tx.selectFrom('policy').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface PolicyFields {
  title: string;
  area: PolicyArea;
  purpose: string;
  principles: string[];
  legalBasis: string[];
  ownerUnitId: number | null;
  evaluationMonths: number;
}

export async function insertPolicy(tx: Tx, tenantId: number, fields: PolicyFields, by: number) {
  const row = await tx
    .insertInto('policy')
    .values({
      tenant_id: tenantId,
      title: fields.title,
      area: fields.area,
      purpose: fields.purpose,
      principles: fields.principles,
      legal_basis: fields.legalBasis,
      owner_unit_id: fields.ownerUnitId,
      evaluation_months: fields.evaluationMonths,
      created_by: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePolicy(tx: Tx, id: number, fields: Partial<PolicyFields>) {
  await tx
    .updateTable('policy')
    .set({
      ...(fields.title === undefined ? {} : { title: fields.title }),
      ...(fields.area === undefined ? {} : { area: fields.area }),
      ...(fields.purpose === undefined ? {} : { purpose: fields.purpose }),
      ...(fields.principles === undefined ? {} : { principles: fields.principles }),
      ...(fields.legalBasis === undefined ? {} : { legal_basis: fields.legalBasis }),
      ...(fields.ownerUnitId === undefined ? {} : { owner_unit_id: fields.ownerUnitId }),
      ...(fields.evaluationMonths === undefined ? {} : { evaluation_months: fields.evaluationMonths }),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function setState(tx: Tx, id: number, state: PolicyState) {
  await tx.updateTable('policy').set({ state, updated_at: sql`now()` }).where('id', '=', id).execute();
}

/** Published on the transparency page since `at`, or withdrawn (null). Not a change of the policy itself. */
export async function setPublicSince(tx: Tx, id: number, at: Date | null) {
  await tx.updateTable('policy').set({ public_since: at }).where('id', '=', id).execute();
}

/** The government's published policies with an adopted version, by title. */
export function listPublicPolicies(tx: Tx) {
  return tx
    .selectFrom('policy as p')
    .selectAll('p')
    .where('p.public_since', 'is not', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('policy_version as v')
          .select('v.id')
          .whereRef('v.policy_id', '=', 'p.id')
          .where('v.status', '=', 'adopted'),
      ),
    )
    .orderBy('p.title')
    .orderBy('p.id')
    .execute();
}

export function policySurveyIds(tx: Tx, policyId: number) {
  return tx
    .selectFrom('policy_survey')
    .select('survey_id')
    .where('policy_id', '=', policyId)
    .orderBy('survey_id')
    .execute()
    .then((rows) => rows.map((r) => r.survey_id));
}

export async function setPolicySurveys(tx: Tx, tenantId: number, policyId: number, surveyIds: number[]) {
  await tx.deleteFrom('policy_survey').where('policy_id', '=', policyId).execute();
  if (surveyIds.length === 0) return;
  await tx
    .insertInto('policy_survey')
    .values(surveyIds.map((surveyId) => ({ tenant_id: tenantId, policy_id: policyId, survey_id: surveyId })))
    .execute();
}

// Versions

export function listVersions(tx: Tx, policyId: number) {
  return tx
    .selectFrom('policy_version as v')
    .leftJoin('account as a', 'a.id', 'v.adopted_by')
    .selectAll('v')
    .select([
      'a.display_name as adopted_by_name',
      sql<number>`(select count(*) from provision_text t where t.version_id = v.id)::int`.as(
        'provision_count',
      ),
    ])
    .where('v.policy_id', '=', policyId)
    .orderBy('v.number', 'desc')
    .execute();
}

export function findVersion(tx: Tx, policyId: number, versionId: number) {
  return tx
    .selectFrom('policy_version')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}

export function findDraft(tx: Tx, policyId: number) {
  return tx
    .selectFrom('policy_version')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

/** The latest adopted version, whatever its effective date: what a revision starts from. */
export function latestAdopted(tx: Tx, policyId: number) {
  return tx
    .selectFrom('policy_version')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('status', '=', 'adopted')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertVersion(tx: Tx, tenantId: number, policyId: number, basedOnId: number | null) {
  const row = await tx
    .insertInto('policy_version')
    .values({
      tenant_id: tenantId,
      policy_id: policyId,
      number: sql<number>`(select coalesce(max(v.number), 0) + 1 from policy_version v where v.policy_id = ${policyId})`,
      based_on_id: basedOnId,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function adoptVersion(
  tx: Tx,
  versionId: number,
  adoption: { adoptedOn: string; effectiveFrom: string; by: number | null },
) {
  await tx
    .updateTable('policy_version')
    .set({
      status: 'adopted',
      adopted_on: adoption.adoptedOn,
      effective_from: adoption.effectiveFrom,
      adopted_by: adoption.by,
    })
    .where('id', '=', versionId)
    .execute();
}

export async function discardVersion(tx: Tx, versionId: number) {
  await tx.updateTable('policy_version').set({ status: 'discarded' }).where('id', '=', versionId).execute();
}

// History

export async function insertTransition(
  tx: Tx,
  tenantId: number,
  entry: {
    policyId: number;
    transition: string;
    from: PolicyState;
    to: PolicyState;
    versionId: number | null;
    accountId: number | null;
    note: string | null;
    at: Date;
  },
) {
  await tx
    .insertInto('policy_transition')
    .values({
      tenant_id: tenantId,
      policy_id: entry.policyId,
      transition: entry.transition,
      from_state: entry.from,
      to_state: entry.to,
      version_id: entry.versionId,
      account_id: entry.accountId,
      note: entry.note,
      at: entry.at,
    })
    .execute();
}

export function listTransitions(tx: Tx, policyId: number) {
  return tx
    .selectFrom('policy_transition as t')
    .leftJoin('account as a', 'a.id', 't.account_id')
    .leftJoin('policy_version as v', 'v.id', 't.version_id')
    .select([
      't.transition',
      't.from_state',
      't.to_state',
      't.at',
      't.note',
      'a.display_name as by_name',
      'v.number as version_number',
    ])
    .where('t.policy_id', '=', policyId)
    .orderBy('t.at', 'desc')
    .orderBy('t.id', 'desc')
    .execute();
}
