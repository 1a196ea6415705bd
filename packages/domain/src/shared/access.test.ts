import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  type Actor,
  can,
  canGrant,
  listScope,
  permissionsOf,
  ROLES,
  type Role,
  SEPARATED_DUTIES,
} from './access';

const TENANT = 1;
const ROOT = 1;
const OPD = 10;
const BIDANG = 11;
const OTHER_OPD = 20;

function actor(role: Role, overrides: Partial<Actor> = {}): Actor {
  return {
    accountId: 100,
    tenantId: TENANT,
    role,
    scopeUnitId: role === 'atasan' ? OPD : null,
    employeeId: 500,
    ...overrides,
  };
}

// Expected permissions: T = whole tenant, U = unit subtree, S = own records only, - = none.
// Columns follow ACTIONS: dashboard, employee.read, employee.write, employee.import, unit.read,
// account.read, account.manage, audit.read, job.read, aggregate.read, survey.read, survey.manage,
// survey.results, survey.respond, unit.manage, position.manage, tenant.manage, policy.read,
// policy.review, policy.manage, policy.approve, policy.participate, competency.read,
// competency.manage, competency.assess, development.plan, development.approve, development.idp,
// program.read, program.manage, program.apply, program.nominate, program.applications,
// program.teach, performance.read, performance.plan, performance.appraise, performance.manage.
const MATRIX: Record<Role, string> = {
  admin: 'T T T T T T T T T T T T T T T T T T T T - T T T T T - T T T T T T T T T T T',
  pimpinan: 'T T - - T S - - S T T - T S - - - T T - T T T - - - T S T - S - T S T S S -',
  atasan: 'U U - - U S - - S U U - U S - - - U - - - U U - U - - U U - S U U S U S S -',
  pegawai: '- S - - T S - - S - - - - S - - - T - - - T T - - - - S T - S - - S S S S -',
  mitra: '- - - - - S - - S - - - - - - - - T - - - T - - - - - - - - - - - S - - - -',
  auditor: 'T T - - T T - T T T T - T S - - - T T - - - T - - - - S T - S - T S T S S -',
  nasional: 'T - - - - S - - S T - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
};

const expected = (role: Role, action: Action) => MATRIX[role].split(' ')[ACTIONS.indexOf(action)];

const inOpd = { tenantId: TENANT, unitPath: [ROOT, OPD, BIDANG], employeeId: 900, accountId: 999 };
const inOtherOpd = { tenantId: TENANT, unitPath: [ROOT, OTHER_OPD], employeeId: 901, accountId: 998 };
const own = { tenantId: TENANT, unitPath: [ROOT, OPD, BIDANG], employeeId: 500, accountId: 100 };

describe('permissionsOf', () => {
  it.each(ROLES)('lists exactly the actions in the matrix for %s', (role) => {
    expect(permissionsOf(role)).toEqual(ACTIONS.filter((action) => expected(role, action) !== '-'));
  });
});

describe('workforce figures', () => {
  it('are refused to a partner’s trainer and to an employee, whatever their scope', () => {
    for (const role of ['mitra', 'pegawai'] as const) {
      for (const scopeUnitId of [null, OPD]) {
        const a = actor(role, { scopeUnitId });
        expect(permissionsOf(role)).not.toContain('dashboard.read');
        expect(listScope(a, 'dashboard.read')).toEqual({ kind: 'none' });
        expect(can(a, 'dashboard.read', { tenantId: TENANT, unitPath: null })).toBe(false);
      }
    }
  });

  it('reach an atasan’s subtree only, and the whole government for its readers', () => {
    expect(listScope(actor('atasan'), 'dashboard.read')).toEqual({ kind: 'unit', unitId: OPD });
    for (const role of ['admin', 'pimpinan', 'auditor'] as const) {
      expect(listScope(actor(role), 'dashboard.read')).toEqual({ kind: 'tenant' });
    }
  });
});

describe('can, role by action', () => {
  const cases = ROLES.flatMap((role) =>
    ACTIONS.map((action) => [role, action, expected(role, action)] as const),
  );

  it.each(cases)('%s on %s (%s)', (role, action, reach) => {
    const a = actor(role);
    expect(can(a, action, own)).toBe(reach !== '-');
    expect(can(a, action, inOpd)).toBe(reach === 'T' || reach === 'U');
    expect(can(a, action, inOtherOpd)).toBe(reach === 'T');
  });
});

describe('can, specific rules', () => {
  it('lets an OPD-scoped admin manage units of its subtree only, and no position or top-level unit', () => {
    const opdAdmin = actor('admin', { scopeUnitId: OPD });
    expect(can(opdAdmin, 'unit.manage', inOpd)).toBe(true);
    expect(can(opdAdmin, 'unit.manage', inOtherOpd)).toBe(false);
    // The top of the tree and positions belong to the whole government.
    expect(can(opdAdmin, 'unit.manage', { tenantId: TENANT, unitPath: null })).toBe(false);
    expect(can(opdAdmin, 'position.manage', { tenantId: TENANT, unitPath: null })).toBe(false);
    expect(can(actor('admin'), 'position.manage', { tenantId: TENANT, unitPath: null })).toBe(true);
    // The government's settings: its tenant-wide admins only.
    expect(can(opdAdmin, 'tenant.manage', { tenantId: TENANT, unitPath: null })).toBe(false);
    expect(can(actor('admin'), 'tenant.manage', { tenantId: TENANT, unitPath: null })).toBe(true);
    expect(can(actor('admin'), 'tenant.manage', { tenantId: TENANT + 1, unitPath: null })).toBe(false);
  });

  it('keeps policy approval with leaders, and policies whole-government for a scoped actor', () => {
    const government = { tenantId: TENANT, unitPath: null };
    expect(can(actor('admin'), 'policy.manage', government)).toBe(true);
    expect(can(actor('admin'), 'policy.approve', government)).toBe(false);
    expect(can(actor('pimpinan'), 'policy.approve', government)).toBe(true);
    expect(can(actor('pimpinan'), 'policy.manage', government)).toBe(false);
    // An OPD's admin drafts no government policy; it reads and takes part like everyone.
    const opdAdmin = actor('admin', { scopeUnitId: OPD });
    expect(can(opdAdmin, 'policy.manage', government)).toBe(false);
    expect(can(opdAdmin, 'policy.review', government)).toBe(false);
    expect(can(opdAdmin, 'policy.read', government)).toBe(true);
    expect(can(actor('atasan'), 'policy.participate', government)).toBe(true);
    expect(can(actor('pegawai'), 'policy.review', government)).toBe(false);
    expect(can(actor('nasional'), 'policy.read', government)).toBe(false);
  });

  it('lets a pegawai read only their own employee record', () => {
    const pegawai = actor('pegawai');
    expect(can(pegawai, 'employee.read', { tenantId: TENANT, employeeId: 500 })).toBe(true);
    expect(can(pegawai, 'employee.read', { tenantId: TENANT, employeeId: 501 })).toBe(false);
  });

  it('gives nothing to an account without an employee record asking for employee null', () => {
    const pegawai = actor('pegawai', { employeeId: null });
    expect(can(pegawai, 'employee.read', { tenantId: TENANT, employeeId: null })).toBe(false);
  });

  it('lets any role read its own account and jobs', () => {
    for (const role of ROLES) {
      expect(can(actor(role), 'job.read', { tenantId: TENANT, accountId: 100 })).toBe(true);
      expect(can(actor(role), 'account.read', { tenantId: TENANT, accountId: 100 })).toBe(true);
    }
  });

  it('confines a scoped admin to its OPD subtree', () => {
    const opdAdmin = actor('admin', { scopeUnitId: OPD });
    expect(can(opdAdmin, 'employee.write', inOpd)).toBe(true);
    expect(can(opdAdmin, 'employee.write', inOtherOpd)).toBe(false);
  });

  it('refuses a scoped actor an employee whose unit was not given', () => {
    const opdAdmin = actor('admin', { scopeUnitId: OPD });
    expect(can(opdAdmin, 'employee.read', { tenantId: TENANT, employeeId: 900 })).toBe(false);
    expect(can(actor('admin'), 'employee.read', { tenantId: TENANT, employeeId: 900 })).toBe(true);
  });

  it('refuses a scoped admin every account, audit entry or result of the whole government', () => {
    const opdAdmin = actor('admin', { scopeUnitId: OPD });
    const wholeGovernment = { tenantId: TENANT, unitPath: null, accountId: 999 };
    for (const action of [
      'account.read',
      'account.manage',
      'audit.read',
      'survey.results',
      'survey.manage',
    ] as const) {
      expect(can(opdAdmin, action, wholeGovernment), action).toBe(false);
      expect(can(opdAdmin, action, { tenantId: TENANT, accountId: 999 }), action).toBe(false);
      expect(can(actor('admin'), action, wholeGovernment), action).toBe(true);
    }
  });

  it('lets a scoped actor read unit names and questionnaires of the whole government', () => {
    const opdAdmin = actor('admin', { scopeUnitId: OPD });
    expect(can(opdAdmin, 'unit.read', { tenantId: TENANT, unitPath: null })).toBe(true);
    expect(can(opdAdmin, 'survey.read', { tenantId: TENANT, unitPath: null })).toBe(true);
    expect(can(opdAdmin, 'survey.read', { tenantId: TENANT })).toBe(false);
  });

  it('refuses an atasan who was given no unit', () => {
    const atasan = actor('atasan', { scopeUnitId: null });
    expect(can(atasan, 'employee.read', inOpd)).toBe(false);
    expect(listScope(atasan, 'employee.read')).toEqual({ kind: 'none' });
  });

  it('refuses every action in another tenant, even to admin', () => {
    for (const action of ACTIONS) {
      expect(can(actor('admin'), action, { ...own, tenantId: 2 })).toBe(false);
    }
  });
});

describe('canGrant', () => {
  const opdAdmin = actor('admin', { scopeUnitId: OPD });

  it('lets a tenant-wide admin give any role but nasional, with or without a scope', () => {
    for (const role of ROLES) {
      expect(canGrant(actor('admin'), role, null)).toBe(role !== 'nasional');
      expect(canGrant(actor('admin'), role, [ROOT, OPD])).toBe(role !== 'nasional');
    }
  });

  it('keeps a scoped admin from creating an unscoped account or one outside its subtree', () => {
    expect(canGrant(opdAdmin, 'admin', null)).toBe(false);
    expect(canGrant(opdAdmin, 'pegawai', null)).toBe(false);
    expect(canGrant(opdAdmin, 'atasan', [ROOT, OTHER_OPD])).toBe(false);
    expect(canGrant(opdAdmin, 'atasan', [ROOT, OPD, BIDANG])).toBe(true);
    expect(canGrant(opdAdmin, 'admin', [ROOT, OPD])).toBe(true);
  });

  it('lets nobody without account.manage give anything', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(canGrant(actor(role, { scopeUnitId: null }), 'pegawai', null)).toBe(false);
    }
  });
});

describe('listScope', () => {
  it.each([
    ['admin', 'employee.read', { kind: 'tenant' }],
    ['pimpinan', 'employee.read', { kind: 'tenant' }],
    ['atasan', 'employee.read', { kind: 'unit', unitId: OPD }],
    ['pegawai', 'employee.read', { kind: 'self', employeeId: 500 }],
    ['mitra', 'employee.read', { kind: 'none' }],
    ['auditor', 'audit.read', { kind: 'tenant' }],
    ['nasional', 'employee.read', { kind: 'none' }],
    ['nasional', 'aggregate.read', { kind: 'allTenants' }],
    ['pimpinan', 'job.read', { kind: 'owner', accountId: 100 }],
    ['admin', 'job.read', { kind: 'tenant' }],
    ['pegawai', 'audit.read', { kind: 'none' }],
  ] as const)('gives %s on %s the filter %j', (role, action, scope) => {
    expect(listScope(actor(role), action)).toEqual(scope);
  });

  it('narrows any scoped role to its unit', () => {
    expect(listScope(actor('pimpinan', { scopeUnitId: OPD }), 'employee.read')).toEqual({
      kind: 'unit',
      unitId: OPD,
    });
  });

  it('agrees with can(): a listed scope of none means no resource is allowed', () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        if (listScope(actor(role), action).kind === 'none') {
          expect(can(actor(role), action, inOpd)).toBe(false);
          expect(can(actor(role), action, own)).toBe(false);
        }
      }
    }
  });
});

describe('properties', () => {
  const arbActor = fc.record({
    accountId: fc.integer({ min: 1, max: 50 }),
    tenantId: fc.integer({ min: 1, max: 3 }),
    role: fc.constantFrom(...ROLES),
    scopeUnitId: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    employeeId: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
  });
  const arbResource = fc.record({
    tenantId: fc.integer({ min: 1, max: 3 }),
    unitPath: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }), { nil: null }),
    employeeId: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
    accountId: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
  });
  const arbAction = fc.constantFrom(...ACTIONS);

  it('never allows anything across tenants', () => {
    fc.assert(
      fc.property(arbActor, arbAction, arbResource, (a, action, resource) => {
        fc.pre(a.tenantId !== resource.tenantId);
        expect(can(a, action, resource)).toBe(false);
      }),
    );
  });

  it('never shows a scoped actor a unit outside its subtree, except its own records', () => {
    fc.assert(
      fc.property(arbActor, arbAction, arbResource, (a, action, resource) => {
        const isOwn = resource.employeeId === a.employeeId || resource.accountId === a.accountId;
        fc.pre(
          a.scopeUnitId !== null &&
            resource.unitPath !== null &&
            !resource.unitPath.includes(a.scopeUnitId) &&
            !isOwn,
        );
        expect(can(a, action, resource)).toBe(false);
      }),
    );
  });

  it('never lets an actor give a role with a permission it lacks (but a separated duty), or a scope outside its own', () => {
    const arbPath = fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }), {
      nil: null,
    });
    fc.assert(
      fc.property(arbActor, fc.constantFrom(...ROLES), arbPath, (a, role, path) => {
        fc.pre(canGrant(a, role, path));
        const given = permissionsOf(role).filter((p) => !SEPARATED_DUTIES.has(p));
        expect(given.every((p) => permissionsOf(a.role).includes(p))).toBe(true);
        if (a.scopeUnitId !== null) expect(path?.includes(a.scopeUnitId)).toBe(true);
      }),
    );
  });

  it('never grants an action missing from permissionsOf', () => {
    fc.assert(
      fc.property(arbActor, arbAction, arbResource, (a, action, resource) => {
        fc.pre(!permissionsOf(a.role).includes(action));
        expect(can(a, action, resource)).toBe(false);
      }),
    );
  });
});
