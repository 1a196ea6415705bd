import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type TestApi } from '../../../test/api-as';
import { buildEmployee } from '../../../test/factories/employee.factory';
import { buildPosition } from '../../../test/factories/organisation.factory';
import { createTenant } from '../../../test/factories/tenant.factory';
import { createTestContext, type TestContext } from '../../../test/harness';
import { withTenant } from '../../db/database';

// Competency gaps across governments for national viewers: counts per government and national
// competency, never a person, every figure of 1 to k − 1 people (or giving one away) hidden.

const K = 3;

let ctx: TestContext;
let nasional: TestApi;

/** A government whose `staff` analysts (standard M.1 at 3) were assessed at the given M.1 levels. */
async function government(name: string, levels: (number | null)[]) {
  const tenant = await createTenant(ctx, { name });
  const admin = await apiAs(ctx, 'admin', tenant.id);
  const codes = new Map(
    ((await admin.get('/api/v1/competencies')).json().items as { id: number; code: string }[]).map((c) => [
      c.code,
      c.id,
    ]),
  );
  const position = (
    await buildPosition(ctx, tenant.id, { name: 'Analis', kind: 'fungsional', level: 'ahli_muda' })
  ).id;
  await admin.put(`/api/v1/positions/${position}/standard`, {
    requirements: [{ competencyId: codes.get('M.1'), requiredLevel: 3 }],
  });
  for (const [i, level] of levels.entries()) {
    const e = await buildEmployee(ctx, tenant.id, { name: `Rahasia ${name} ${i}`, sequence: i + 1 });
    await withTenant(ctx.db, tenant.id, (tx) =>
      tx.updateTable('employee').set({ position_id: position }).where('id', '=', e.id).execute(),
    );
    if (level !== null) {
      const response = await admin.post(`/api/v1/employees/${e.id}/assessments`, {
        competencyId: codes.get('M.1'),
        level,
        assessedOn: '2026-06-01',
        method: 'test',
      });
      expect(response.statusCode).toBe(201);
    }
  }
  return tenant;
}

beforeAll(async () => {
  ctx = await createTestContext({ surveyMinGroupSize: K, demoData: false });
  // Alfa: 6 analysts, 3 below (levels 1, 2, 2), 3 at standard: JPM 3 meet, 3 lacking.
  await government('Kota Alfa', [1, 2, 2, 3, 3, 4]);
  // Beta: 4 analysts, 1 below (a figure of one person), 1 unassessed.
  await government('Kota Beta', [1, 3, 3, null]);
  const national = await createTenant(ctx, { kind: 'nasional', name: 'Nasional' });
  nasional = await apiAs(ctx, 'nasional', national.id);
});
afterAll(() => ctx.close());

describe('national competency gaps', () => {
  it('counts each government’s requirements below the standard and its employees by JPM, small figures hidden', async () => {
    const response = await nasional.get('/api/v1/national/competency-gaps');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.k).toBe(K);
    const rows = Object.fromEntries(
      body.governments.map((r: { government: { name: string } }) => [r.government.name, r]),
    );
    // Alfa: 3 meet, 3 lacking. Beta: 2 meet, 1 lacking, 1 unknown — under k, hidden, and with them
    // Alfa's figures in the same columns, which the column totals would otherwise give away.
    expect(rows['Kota Alfa']).toMatchObject({ employees: 6 });
    expect(rows['Kota Beta']).toMatchObject({ employees: 4, meets: null, lacking: null, unknown: null });
    const shown = body.governments.flatMap((r: Record<string, unknown>) =>
      ['employees', 'meets', 'stillMeets', 'lacking', 'unknown'].map((key) => r[key]),
    );
    expect(shown.filter((n: number | null) => n !== null && n > 0 && n < K)).toEqual([]);
    expect(rows['Kota Alfa'].competencies).toEqual([{ code: 'M.1', required: 6, below: 3, shortfall: 4 }]);
    // Beta's one person below is hidden, and so is what would give it away.
    expect(rows['Kota Beta'].competencies).toEqual([
      { code: 'M.1', required: 4, below: null, shortfall: null },
    ]);
    expect(body.totals).toEqual([{ code: 'M.1', required: 10, below: 4, shortfall: 6 }]);
    expect(JSON.stringify(body)).not.toContain('Rahasia');
  });

  it('is for national viewers only', async () => {
    const admin = await apiAs(ctx, 'admin', (await createTenant(ctx)).id);
    expect((await admin.get('/api/v1/national/competency-gaps')).statusCode).toBe(403);
  });
});
