import { expect } from 'vitest';
import { withTenant } from '../../src/db/database';
import { insertCertificate } from '../../src/features/programs/certificate.repository';
import type { TestApi } from '../api-as';
import type { TestContext } from '../harness';

/**
 * A development program an employee completed: the program made through the API by `admin`, the
 * employee nominated to it, and a certificate issued on `issuedOn` by `admin` (revoked when said).
 */
export async function buildCertificate(
  ctx: TestContext,
  tenantId: number,
  admin: TestApi,
  employeeId: number,
  issuedOn: string,
  options: { revoked?: boolean } = {},
) {
  const program = await admin.post('/api/v1/programs', {
    title: `Pelatihan ${issuedOn}`,
    pathCode: 'KL10',
    jp: 8,
    providerKind: 'internal',
  });
  expect(program.statusCode, program.body).toBe(201);
  const programId = program.json().id as number;
  await withTenant(ctx.db, tenantId, async (tx) => {
    const application = await tx
      .insertInto('program_application')
      .values({
        tenant_id: tenantId,
        program_id: programId,
        employee_id: employeeId,
        preferences: [1],
        source: 'nomination',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = await insertCertificate(tx, tenantId, programId, {
      applicationId: application.id,
      verificationCode: `testCertificate${programId}`,
      issuedOn,
      issuedBy: admin.account.id,
    });
    if (options.revoked) {
      await tx
        .updateTable('program_certificate')
        .set({ revoked_at: new Date(), revoked_reason: 'Salah terbit.', revoked_by: admin.account.id })
        .where('id', '=', id)
        .execute();
    }
  });
}
