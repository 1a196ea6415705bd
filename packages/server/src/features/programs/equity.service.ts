import {
  EQUITY_DIMENSIONS,
  type EquityDimension,
  equityRows,
  selectionParity,
} from '@jenjang/domain/programs/equity.rules';
import { type Actor, can, listScope } from '@jenjang/domain/shared/access';
import { type Db, type Tx, withTenant } from '../../db/database';
import { tenantToday } from '../../db/tenant-clock';
import { notFound, ProblemError } from '../../http/problem';
import { type Locale, translate } from '../../i18n/translate';
import * as equity from './equity.repository';
import * as repo from './program.repository';

// The equity report (domain equity.rules.ts): application and selection rates by sex, golongan,
// OPD, age band and PNS/PPPK, for one program or every program selected in a year, with the groups
// selected at under four fifths of the best-treated group's rate flagged. Its readers are those who
// read every applicant of the government (program.applications across the government): the rates
// of small groups come close to naming people.

function requireReader(actor: Actor) {
  if (!can(actor, 'program.read', { tenantId: actor.tenantId, unitPath: null })) throw notFound();
  if (listScope(actor, 'program.applications').kind !== 'tenant') {
    throw new ProblemError(403, 'program.applicationsOutOfReach');
  }
}

async function report(tx: Tx, scope: equity.EquityScope, today: string, locale: Locale) {
  const opds = await equity.unitNames(tx);
  const label = (dimension: EquityDimension, group: string) => {
    if (dimension === 'opd') return opds.get(group) ?? translate(locale, 'program.equity.noUnit');
    if (dimension === 'golongan' || dimension === 'employeeType') {
      return group === '?' ? translate(locale, 'program.equity.unknown') : group;
    }
    return translate(locale, `program.equity.${dimension}.${group}`);
  };
  const dimensions = [];
  for (const dimension of EQUITY_DIMENSIONS) {
    const rows = equityRows(await equity.equityCounts(tx, dimension, scope, today));
    dimensions.push({
      dimension,
      rows: rows.map((row) => ({ ...row, label: label(dimension, row.group) })),
      parity: selectionParity(rows),
    });
  }
  return dimensions;
}

export async function programEquity(db: Db, actor: Actor, programId: number, now: Date, locale: Locale) {
  requireReader(actor);
  return withTenant(db, actor.tenantId, async (tx) => {
    const program = await repo.findProgram(tx, programId);
    if (!program || program.state === 'draft') throw notFound();
    const today = await tenantToday(tx, now);
    return {
      selected: program.state === 'selected' || program.state === 'completed',
      dimensions: await report(
        tx,
        {
          programs: { programId },
          unitIds: program.eligibility.unitIds,
          employeeTypes: program.eligibility.employeeTypes,
        },
        today,
        locale,
      ),
    };
  });
}

export async function yearEquity(db: Db, actor: Actor, year: number, now: Date, locale: Locale) {
  requireReader(actor);
  return withTenant(db, actor.tenantId, async (tx) => ({
    selected: true,
    dimensions: await report(
      tx,
      { programs: { year }, unitIds: [], employeeTypes: [] },
      await tenantToday(tx, now),
      locale,
    ),
  }));
}
