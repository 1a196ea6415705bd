import { type Action, permissionsOf, ROLES, type Role } from '@jenjang/domain/shared/access';
import { sql } from 'kysely';
import type { Tx } from '../../db/database';

// Who the bell tells about a policy's events (policy-notification.subscriber.ts): active accounts
// of the government, chosen by what their role may do with a policy (domain/shared/access.ts), so
// a change of the access table changes who hears of it.

const rolesThat = (action: Action): Role[] => ROLES.filter((role) => permissionsOf(role).includes(action));

function accounts(tx: Tx) {
  return tx.selectFrom('account as a').select('a.id').where('a.status', '=', 'active');
}

const ids = async (rows: Promise<{ id: number }[]>) => (await rows).map((row) => row.id);

/** The policy's keepers: government-wide accounts that manage policies (an OPD-scoped admin drafts none). */
export function policyManagers(tx: Tx): Promise<number[]> {
  return ids(
    accounts(tx)
      .where('a.role', 'in', rolesThat('policy.manage'))
      .where('a.scope_unit_id', 'is', null)
      .execute(),
  );
}

/** Those who review a policy's evaluation: its keepers and the leaders who decide it. */
export async function evaluationReviewers(tx: Tx): Promise<number[]> {
  const deciders = await ids(accounts(tx).where('a.role', 'in', rolesThat('policy.approve')).execute());
  return [...new Set([...(await policyManagers(tx)), ...deciders])];
}

/**
 * The leaders of the policy's owner unit (pimpinan and atasan whose own post is in that unit or
 * below it): they answer for the policy in their OPD. None when the policy names no owner unit.
 */
export function ownerLeaders(tx: Tx, policyId: number): Promise<number[]> {
  return ids(
    accounts(tx)
      .innerJoin('employee as e', 'e.id', 'a.employee_id')
      .innerJoin('unit as u', 'u.id', 'e.unit_id')
      .innerJoin('policy as p', (join) => join.on('p.id', '=', policyId))
      .where('a.role', 'in', ['pimpinan', 'atasan'])
      .where(sql<boolean>`u.path @> array[p.owner_unit_id]::bigint[]`)
      .execute(),
  );
}

/** Everyone who takes part as an employee (the forum, a consultation open to employees). */
export function participatingEmployees(tx: Tx): Promise<number[]> {
  return ids(
    accounts(tx)
      .where('a.role', 'in', rolesThat('policy.participate'))
      .where('a.employee_id', 'is not', null)
      .execute(),
  );
}

/** Those the policy's newest consultation round invites (policy-access.ts `invitedGroups`). */
export async function consultationInvitees(tx: Tx, policyId: number): Promise<number[]> {
  const round = await tx
    .selectFrom('consultation_round')
    .select(['invites_employees', 'invites_leaders', 'invites_partners'])
    .where('policy_id', '=', policyId)
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!round) return [];
  const participating = rolesThat('policy.participate');
  const found = new Set<number>();
  const add = (accountIds: number[]) => {
    for (const id of accountIds) found.add(id);
  };
  if (round.invites_employees) add(await participatingEmployees(tx));
  const byRole = (roles: Role[]) =>
    ids(
      accounts(tx)
        .where(
          'a.role',
          'in',
          roles.filter((role) => participating.includes(role)),
        )
        .execute(),
    );
  if (round.invites_leaders) add(await byRole(['pimpinan', 'atasan']));
  if (round.invites_partners) add(await byRole(['mitra']));
  return [...found];
}

/** A forum's title, for the bell; undefined for no such forum in this government. */
export async function forumTitle(tx: Tx, forumId: number): Promise<string | undefined> {
  const row = await tx.selectFrom('forum').select('title').where('id', '=', forumId).executeTakeFirst();
  return row?.title;
}
