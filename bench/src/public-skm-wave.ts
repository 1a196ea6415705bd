import type { Actor } from '@jenjang/domain/shared/access';
import type { DatabaseUrls } from '../../packages/server/src/db/bootstrap';
import { type Db, withTenant } from '../../packages/server/src/db/database';
import { withOwner } from '../../packages/server/src/db/owner';
import { AudienceSources } from '../../packages/server/src/features/surveys/audiences/audience-sources';
import { createInstrument } from '../../packages/server/src/features/surveys/instruments/instrument.service';
import {
  createSurvey,
  createWave,
  openWave,
} from '../../packages/server/src/features/surveys/surveys/survey.service';
import { systemClock } from '../../packages/server/src/platform/clock';
import { Scheduler } from '../../packages/server/src/platform/jobs/schedule';

export interface PublicSkmWaveOptions {
  tenant: { code: string; slug: string; name: string; kind: 'provinsi' | 'kota' };
  unitName: string;
  waveLabel: string;
  population: number;
}

/**
 * A government of its own with one service unit and its admin, and an open public wave of the SKM
 * template (window: from a minute ago to tomorrow), made through the services the routes use.
 */
export async function openPublicSkmWave(db: Db, urls: DatabaseUrls, options: PublicSkmWaveOptions) {
  const tenant = await withOwner(urls, (owner) =>
    owner.insertInto('tenant').values(options.tenant).returning('id').executeTakeFirstOrThrow(),
  );
  const { accountId, unitId } = await withTenant(db, tenant.id, async (tx) => {
    const unit = await tx
      .insertInto('unit')
      .values({ tenant_id: tenant.id, parent_id: null, path: [], name: options.unitName, kind: 'dinas' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('unit')
      .set({ path: [unit.id] })
      .where('id', '=', unit.id)
      .execute();
    const account = await tx
      .insertInto('account')
      .values({
        tenant_id: tenant.id,
        username: 'admin.bench',
        display_name: 'Admin',
        role: 'admin',
        scope_unit_id: null,
        employee_id: null,
        password_hash: null,
        password_changed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { accountId: account.id, unitId: unit.id };
  });
  const actor: Actor = { accountId, tenantId: tenant.id, role: 'admin', scopeUnitId: null, employeeId: null };
  const sources = new AudienceSources();
  const now = () => systemClock.now();
  const instrument = await createInstrument(db, actor, { templateKey: 'skm' });
  const survey = await createSurvey(
    db,
    sources,
    actor,
    {
      instrumentId: instrument.id,
      title: 'SKM Pelayanan Administrasi Kependudukan',
      mode: 'public',
      serviceUnitId: unitId,
      serviceName: 'Pelayanan Administrasi Kependudukan',
    },
    { surveyMinGroupSize: 5 },
    now(),
  );
  const withWave = await createWave(
    db,
    new Scheduler(db, systemClock, undefined),
    actor,
    survey.id,
    {
      label: options.waveLabel,
      opensAt: new Date(now().getTime() - 60_000).toISOString(),
      closesAt: new Date(now().getTime() + 86_400_000).toISOString(),
      population: options.population,
    },
    now(),
  );
  const wave = withWave.waves[0]!;
  await openWave(db, sources, actor, wave.id, now());
  return { actor, tenantId: tenant.id, unitId, waveId: wave.id, code: survey.publicPath!.replace('/s/', '') };
}
