import { ROLES } from '@jenjang/domain/shared/access';
import type { AccountStatus, Role } from '../../../api/types';
import { optionalEnum, optionalPositiveInt, optionalString } from '../../../lib/search-params';

export const PAGE_SIZE = 25;
export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['active', 'disabled'];
const PASSWORD_STATES = ['set', 'waiting'] as const;
export type PasswordState = (typeof PASSWORD_STATES)[number];

/** The list's state in the address bar, so that links, reloads and back/forward keep it. */
export interface AccountsSearch {
  q?: string;
  page?: number;
  role?: Role;
  status?: AccountStatus;
  unitId?: number;
  password?: PasswordState;
}

export function validateAccountsSearch(search: Record<string, unknown>): AccountsSearch {
  const result: AccountsSearch = {
    q: optionalString(search.q)?.slice(0, 100),
    page: optionalPositiveInt(search.page),
    role: optionalEnum(search.role, ROLES),
    status: optionalEnum(search.status, ACCOUNT_STATUSES),
    unitId: optionalPositiveInt(search.unitId),
    password: optionalEnum(search.password, PASSWORD_STATES),
  };
  if (result.page === 1) result.page = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}

/** The API's query for the address's state. */
export function accountsQuery(search: AccountsSearch) {
  return {
    q: search.q,
    role: search.role,
    status: search.status,
    unitId: search.unitId,
    hasPassword: search.password === undefined ? undefined : search.password === 'set' ? 'true' : 'false',
    page: search.page ?? 1,
    pageSize: PAGE_SIZE,
  } as const;
}
