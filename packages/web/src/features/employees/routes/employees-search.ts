import type { EmployeeSort, EmployeeType } from '../../../api/types';
import { EMPLOYEE_TYPES } from '../../../lib/employee-options';
import { optionalEnum, optionalPositiveInt, optionalString } from '../../../lib/search-params';

export const EMPLOYEE_SORTS: readonly EmployeeSort[] = [
  'name',
  '-name',
  'nip',
  '-nip',
  'golongan',
  '-golongan',
  'birthDate',
  '-birthDate',
];
export const DEFAULT_SORT: EmployeeSort = 'name';
export const PAGE_SIZE = 25;

/** The list's state in the address bar, so that links, reloads and back/forward keep it. */
export interface EmployeesSearch {
  q?: string;
  page?: number;
  sort?: EmployeeSort;
  unitId?: number;
  golongan?: string;
  positionKind?: string;
  employeeType?: EmployeeType;
}

export function validateEmployeesSearch(search: Record<string, unknown>): EmployeesSearch {
  const result: EmployeesSearch = {
    q: optionalString(search.q)?.slice(0, 100),
    page: optionalPositiveInt(search.page),
    sort: optionalEnum(search.sort, EMPLOYEE_SORTS),
    unitId: optionalPositiveInt(search.unitId),
    golongan: optionalString(search.golongan)?.slice(0, 10),
    positionKind: optionalString(search.positionKind)?.slice(0, 30),
    employeeType: optionalEnum(search.employeeType, EMPLOYEE_TYPES),
  };
  if (result.page === 1) result.page = undefined;
  if (result.sort === DEFAULT_SORT) result.sort = undefined;
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}
