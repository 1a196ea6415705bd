// One policy for every check: services call can() before acting, repositories filter lists with
// listScope(), the web app hides navigation with permissionsOf(). All three read the same table.

export const ROLES = ['admin', 'pimpinan', 'atasan', 'pegawai', 'mitra', 'auditor', 'nasional'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  // Workforce figures (headcounts by OPD, golongan, jabatan) of the actor's reach.
  'dashboard.read',
  'employee.read',
  'employee.write',
  'employee.import',
  'unit.read',
  'account.read',
  'account.manage',
  'audit.read',
  'job.read',
  'aggregate.read',
  'survey.read',
  'survey.manage',
  'survey.results',
  'survey.respond',
  // Organisation management: units (create, rename, move, close, import) and positions.
  'unit.manage',
  'position.manage',
  // The government's own settings (its time zone, its IKM convention): tenant-wide admins only.
  'tenant.manage',
  // Policies: reading what was adopted and published; reading drafts, history and the evidence
  // behind each change; drafting and running the process; approving adoption and evaluation
  // decisions (leaders, never the drafters themselves); taking part in consultations and forums.
  'policy.read',
  'policy.review',
  'policy.manage',
  'policy.approve',
  'policy.participate',
  // Competencies: reading the dictionary and the positions' standards (no personal data); keeping
  // them (technical competencies, standards); recording assessments. A person's levels and gaps
  // are theirs: employee.read; figures over many people: aggregate.read.
  'competency.read',
  'competency.manage',
  'competency.assess',
  // The annual development plan (RPK): drafting an OPD's part or the government's plan, and its
  // approval by a leader (never by its drafters).
  'development.plan',
  'development.approve',
  // An employee's individual development plan (IDP): the employee's own, their supervisor's for
  // their subtree, the agency's for everyone; agreeing is never the employee's own act.
  'development.idp',
  // Development programs: the catalog (no personal data); keeping programs, batches and running
  // the selection; applying (one's own application); nominating staff (a supervisor's subtree);
  // reading applicants and their scores; teaching a batch (its trainers, signed in: the batch's
  // roster, attendance, scores and evaluations, nothing else).
  'program.read',
  'program.manage',
  'program.apply',
  'program.nominate',
  'program.applications',
  'program.teach',
  'performance.read',
  'performance.plan',
  'performance.appraise',
  'performance.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Actor {
  accountId: number;
  tenantId: number;
  role: Role;
  /** Limits the actor to this OPD/unit and everything below it; atasan always has one. */
  scopeUnitId: number | null;
  /** The employee record this account belongs to, if any. */
  employeeId: number | null;
}

export interface Resource {
  tenantId: number;
  /**
   * Unit ids from the root to the resource's unit; null for a resource of the whole government
   * (a tenant-wide account, the audit log, a survey for everyone). A scoped actor reaches only
   * resources whose path passes through its unit: null or a missing path is out of its reach.
   */
  unitPath?: readonly number[] | null;
  employeeId?: number | null;
  /** The owning account, for accounts and jobs. */
  accountId?: number | null;
}

/**
 * How far a permission reaches: the whole tenant (narrowed by scopeUnitId when set), the actor's
 * unit subtree only, or the actor's own records (own employee row; own account and jobs).
 */
type Reach = 'tenant' | 'unit' | 'self';

const OWN_ACCOUNT = { 'account.read': 'self', 'job.read': 'self' } as const;
// Answering a survey needs an employee record; whether this one is invited is checked per wave.
const RESPOND = { 'survey.respond': 'self' } as const;
// Every employee drafts and follows their own IDP, and reads and applies to programs.
const OWN_IDP = { 'development.idp': 'self' } as const;
// A trainer's own is a batch naming their account among its trainers (resource.accountId).
const PROGRAMS = { 'program.read': 'tenant', 'program.apply': 'self', 'program.teach': 'self' } as const;
/**
 * Every ASN plans their own SKP and reads their own appraisals (PP 30/2019 art. 8); whoever an SKP
 * names as appraiser (pejabat penilai) appraises it — `can` reaches only the appraiser's own
 * employee record, the service checks that the SKP names them.
 */
const OWN_PERFORMANCE = {
  'performance.read': 'self',
  'performance.plan': 'self',
  'performance.appraise': 'self',
} as const;

// Adoption is approved by a leader: an admin who drafted a text does not also approve it.
const ADMIN_ACTIONS = ACTIONS.filter(
  (action) => action !== 'policy.approve' && action !== 'development.approve',
);
const POLICY_VOICE = { 'policy.read': 'tenant', 'policy.participate': 'tenant' } as const;

const PERMISSIONS: Record<Role, Partial<Record<Action, Reach>>> = {
  admin: Object.fromEntries(ADMIN_ACTIONS.map((action) => [action, 'tenant'] as const)),
  pimpinan: {
    'dashboard.read': 'tenant',
    'employee.read': 'tenant',
    'unit.read': 'tenant',
    'aggregate.read': 'tenant',
    'survey.read': 'tenant',
    'survey.results': 'tenant',
    'policy.review': 'tenant',
    'policy.approve': 'tenant',
    'competency.read': 'tenant',
    'development.approve': 'tenant',
    'program.applications': 'tenant',
    ...POLICY_VOICE,
    ...OWN_ACCOUNT,
    ...RESPOND,
    ...OWN_IDP,
    ...PROGRAMS,
    ...OWN_PERFORMANCE,
    'performance.read': 'tenant',
  },
  // Survey results of their subtree only, and only where every group holds at least k answers.
  atasan: {
    'dashboard.read': 'unit',
    'employee.read': 'unit',
    'unit.read': 'unit',
    'aggregate.read': 'unit',
    'survey.read': 'unit',
    'survey.results': 'unit',
    'competency.read': 'tenant',
    // A supervisor records what they observed of the people of their subtree, and agrees their IDPs.
    'competency.assess': 'unit',
    'development.idp': 'unit',
    // A supervisor nominates (and thereby recommends) their own staff, and sees their applications.
    'program.nominate': 'unit',
    'program.applications': 'unit',
    ...POLICY_VOICE,
    ...OWN_ACCOUNT,
    ...RESPOND,
    ...PROGRAMS,
    ...OWN_PERFORMANCE,
    'performance.read': 'unit',
  },
  // Unit names are not personal data; every employee needs them in forms. No workforce figures:
  // an employee's home is their own record and the surveys waiting for them.
  pegawai: {
    'employee.read': 'self',
    'unit.read': 'tenant',
    'competency.read': 'tenant',
    ...POLICY_VOICE,
    ...OWN_ACCOUNT,
    ...RESPOND,
    ...OWN_IDP,
    ...PROGRAMS,
    ...OWN_PERFORMANCE,
  },
  // A partner's trainer is no part of the government's workforce: no registry, no workforce
  // figures; a partner institution reads the adopted policies and takes part where it is invited.
  // Its trainers teach the batches that name them, and see nothing else of the government's people.
  mitra: { ...POLICY_VOICE, ...OWN_ACCOUNT, 'program.teach': 'self' },
  auditor: {
    'dashboard.read': 'tenant',
    'employee.read': 'tenant',
    'unit.read': 'tenant',
    'account.read': 'tenant',
    'audit.read': 'tenant',
    'job.read': 'tenant',
    'aggregate.read': 'tenant',
    'survey.read': 'tenant',
    'survey.results': 'tenant',
    'policy.read': 'tenant',
    'policy.review': 'tenant',
    'competency.read': 'tenant',
    'program.applications': 'tenant',
    ...RESPOND,
    ...OWN_IDP,
    ...PROGRAMS,
    ...OWN_PERFORMANCE,
    'performance.read': 'tenant',
  },
  // Aggregates only, never an individual row; see listScope for the cross-tenant reach.
  nasional: { 'dashboard.read': 'tenant', 'aggregate.read': 'tenant', ...OWN_ACCOUNT },
};

/**
 * What a scoped actor may use although it belongs to the whole government: unit names (every form
 * needs them) and questionnaires and surveys as such (their figures are survey.results).
 */
const SHARED_WITH_SCOPED: ReadonlySet<Action> = new Set([
  'unit.read',
  'dashboard.read',
  'survey.read',
  // A policy is the whole government's: everyone in a unit reads it and takes part in its rounds.
  'policy.read',
  'policy.participate',
  // The dictionary and the standards are the whole government's, and no one's personal data.
  'competency.read',
  // So is the program catalog.
  'program.read',
]);

export function permissionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => PERMISSIONS[role][action] !== undefined);
}

/** Whether the actor may perform the action on this one resource. Never across tenants. */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (actor.tenantId !== resource.tenantId) return false;
  const reach = PERMISSIONS[actor.role][action];
  if (reach === undefined) return false;
  if (isOwn(actor, action, resource)) return true;
  if (reach === 'self') return false;
  if (reach === 'unit' && actor.scopeUnitId === null) return false;
  return withinScope(actor, action, resource);
}

/** Actions whose 'own' is the actor's employee record rather than their account. */
const OWN_EMPLOYEE_ACTIONS: ReadonlySet<Action> = new Set([
  'employee.read',
  'survey.respond',
  'development.idp',
  'program.apply',
  'performance.read',
  'performance.plan',
  'performance.appraise',
]);

function isOwn(actor: Actor, action: Action, resource: Resource): boolean {
  if (OWN_EMPLOYEE_ACTIONS.has(action)) {
    return actor.employeeId !== null && resource.employeeId === actor.employeeId;
  }
  if (action === 'account.read' || action === 'job.read' || action === 'program.teach') {
    return resource.accountId === actor.accountId;
  }
  return false;
}

function withinScope(actor: Actor, action: Action, resource: Resource): boolean {
  if (actor.scopeUnitId === null) return true;
  const path = resource.unitPath;
  // Failing closed: a resource whose unit the caller did not look up is outside any subtree.
  if (path === undefined) return false;
  if (path === null) return SHARED_WITH_SCOPED.has(action);
  return path.includes(actor.scopeUnitId);
}

/**
 * Duties kept apart from the admins who give roles, without being privileges beyond theirs: an
 * admin creates the leaders' accounts, and the leader, not the drafter, approves (the audit log
 * names who did).
 */
export const SEPARATED_DUTIES: ReadonlySet<Action> = new Set(['policy.approve', 'development.approve']);

const REACH_RANK: Record<Reach, number> = { self: 0, unit: 1, tenant: 2 };

/**
 * Whether the actor may give an account this role and scope (create it, or change it to this):
 * never more than the actor holds. Every permission of the role must be the actor's too, at a
 * reach at least as wide; a scoped actor may only give a scope inside its own subtree (so never
 * none); nobody in a government hands out `nasional`, which spans governments.
 * `scopePath`: unit ids from the root to the scope unit, or null for the whole government.
 */
export function canGrant(actor: Actor, role: Role, scopePath: readonly number[] | null): boolean {
  if (PERMISSIONS[actor.role]['account.manage'] === undefined) return false;
  if (role === 'nasional') return false;
  if (actor.scopeUnitId !== null && (scopePath === null || !scopePath.includes(actor.scopeUnitId))) {
    return false;
  }
  const mine = PERMISSIONS[actor.role];
  return Object.entries(PERMISSIONS[role]).every(([action, reach]) => {
    if (SEPARATED_DUTIES.has(action as Action)) return true;
    const held = mine[action as Action];
    return held !== undefined && REACH_RANK[held] >= REACH_RANK[reach];
  });
}

export type ListScope =
  | { kind: 'none' }
  | { kind: 'tenant' }
  /** Cross-tenant: only nasional on aggregate.read. */
  | { kind: 'allTenants' }
  | { kind: 'unit'; unitId: number }
  | { kind: 'self'; employeeId: number }
  | { kind: 'owner'; accountId: number };

/** The filter a repository applies to a list so that it shows exactly the rows can() allows. */
export function listScope(actor: Actor, action: Action): ListScope {
  const reach = PERMISSIONS[actor.role][action];
  if (reach === undefined) return { kind: 'none' };
  if (actor.role === 'nasional' && action === 'aggregate.read') return { kind: 'allTenants' };
  if (reach === 'self') return ownScope(actor, action);
  if (actor.scopeUnitId !== null) return { kind: 'unit', unitId: actor.scopeUnitId };
  return reach === 'unit' ? { kind: 'none' } : { kind: 'tenant' };
}

function ownScope(actor: Actor, action: Action): ListScope {
  if (OWN_EMPLOYEE_ACTIONS.has(action)) {
    return actor.employeeId === null ? { kind: 'none' } : { kind: 'self', employeeId: actor.employeeId };
  }
  return { kind: 'owner', accountId: actor.accountId };
}
