import { withOwner } from '../../src/db/owner';
import type { TestContext } from '../harness';
import { unique } from './unique';

/** A government (kota) by default; `kind: 'nasional'` makes the home of national viewers. */
export async function createTenant(
  ctx: TestContext,
  values: { name?: string; code?: string; kind?: 'provinsi' | 'kabupaten' | 'kota' | 'nasional' } = {},
) {
  const id = unique();
  return withOwner(ctx.urls, (owner) =>
    owner
      .insertInto('tenant')
      .values({
        code: values.code ?? `99.${id}`,
        slug: `t-${id}`,
        name: values.name ?? `Kota Uji ${id}`,
        kind: values.kind ?? 'kota',
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}
