// The API's shapes, named for the web app. They come from ./schema.d.ts, which is generated from
// the server's OpenAPI document (`npm run api:gen -w @jenjang/server`): when the API changes, the
// web app stops compiling where it relies on the old shape. Every file imports API types from
// here and nowhere else.

import type { components, paths } from './schema';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

export type Problem = Schemas['Problem'];

export type Me = Schemas['Me'];
export type Session = Schemas['Session'];
export type Role = Me['role'];
export type Locale = Me['locale'];

export type LoginRequest = JsonBody<paths['/api/v1/auth/login']['post']>;
export type ChangePasswordRequest = JsonBody<paths['/api/v1/auth/password']['post']>;
export type SetPasswordRequest = JsonBody<paths['/api/v1/auth/set-password']['post']>;
export type UpdateLocaleRequest = JsonBody<paths['/api/v1/auth/locale']['put']>;

export type Dashboard = Schemas['Dashboard'];

export type EmployeeListQuery = NonNullable<paths['/api/v1/employees']['get']['parameters']['query']>;
export type EmployeeSort = NonNullable<EmployeeListQuery['sort']>;
export type EmployeePage = Schemas['EmployeePage'];
export type EmployeeSummary = Schemas['EmployeeSummary'];
export type EmployeeDetail = Schemas['EmployeeDetail'];
export type EmployeeType = EmployeeSummary['employeeType'];
export type Sex = EmployeeDetail['sex'];

export type UnitList = Schemas['UnitList'];
export type Unit = UnitList['items'][number];
export type GolonganList = Schemas['GolonganList'];
export type Golongan = GolonganList['items'][number];

export type Job = Schemas['Job'];
export type JobStatus = Job['status'];
export type ImportResult = NonNullable<Job['result']>;
export type ImportIssuePage = Schemas['ImportIssuePage'];
export type ImportIssue = ImportIssuePage['items'][number];

export type AuditPage = Schemas['AuditPage'];
export type AuditEntry = AuditPage['items'][number];

export type AccountListQuery = NonNullable<paths['/api/v1/accounts']['get']['parameters']['query']>;
export type AccountPage = Schemas['AccountPage'];
export type AccountSummary = AccountPage['items'][number];
export type AccountStatus = AccountSummary['status'];
export type CreateAccountRequest = JsonBody<paths['/api/v1/accounts']['post']>;
export type PasswordLink = Schemas['PasswordLink'];
