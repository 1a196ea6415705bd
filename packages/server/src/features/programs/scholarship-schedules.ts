import { addDays } from '@jenjang/domain/shared/calendar-date';
import { z } from 'zod';
import { type Tx, withTenant } from '../../db/database';
import type { Scheduler } from '../../platform/jobs/schedule';
import { agencyAdminIds } from '../accounts/account.service';
import { notifyAccounts } from '../notifications/notification.service';
import * as repo from './scholarship.repository';

// The reminders of a scholarship, at 07:00 on the government's clock: two weeks before each term
// ends, its report (to the awardee, unless it is in); two months before the study's expected end,
// its end (to the awardee and the agency's tenant-wide admins, who plan the return to work). Set when
// the award is made; an award no longer studying reminds nobody.

export const REPORT_DUE = 'scholarship.reportDue';
export const STUDY_ENDING = 'scholarship.studyEnding';
const REPORT_NOTICE_DAYS = 14;
const ENDING_NOTICE_DAYS = 60;

const studying = (status: string) => status === 'studying' || status === 'onLeave';

export function registerScholarshipSchedules(schedules: Scheduler): void {
  schedules.define(
    REPORT_DUE,
    z.object({ awardId: z.number().int(), term: z.number().int(), endsOn: z.string() }),
    ({ db, tenantId, input }) =>
      withTenant(db, tenantId, async (tx) => {
        const award = (await repo.awards(tx, { awardId: input.awardId }))[0];
        if (!award || !studying(award.status) || award.submittedTerms.includes(input.term)) return;
        await notifyAccounts(
          tx,
          tenantId,
          await repo.awardeeAccounts(tx, award.id),
          'program.scholarshipReportDue',
          {
            programId: award.programId,
            awardId: award.id,
            title: award.programTitle,
            term: input.term,
            endsOn: input.endsOn,
          },
        );
      }),
  );
  schedules.define(STUDY_ENDING, z.object({ awardId: z.number().int() }), ({ db, tenantId, input }) =>
    withTenant(db, tenantId, async (tx) => {
      const award = (await repo.awards(tx, { awardId: input.awardId }))[0];
      if (!award || !studying(award.status)) return;
      const data = {
        programId: award.programId,
        awardId: award.id,
        title: award.programTitle,
        name: award.employee.name,
        endsOn: award.expectedEndOn,
      };
      await notifyAccounts(
        tx,
        tenantId,
        await repo.awardeeAccounts(tx, award.id),
        'program.scholarshipEnding',
        data,
      );
      await notifyAccounts(tx, tenantId, await agencyAdminIds(tx), 'program.scholarshipEnding', data);
    }),
  );
}

/** Sets an award's reminders still ahead of `today`. */
export async function scheduleAwardReminders(
  tx: Tx,
  schedules: Scheduler,
  tenantId: number,
  award: { id: number; expectedEndOn: string; terms: { term: number; endsOn: string }[] },
  today: string,
) {
  for (const { term, endsOn } of award.terms) {
    const day = addDays(endsOn, -REPORT_NOTICE_DAYS);
    if (day <= today) continue;
    await schedules.at(tx, tenantId, {
      key: `scholarship-report:${award.id}:${term}`,
      kind: REPORT_DUE,
      input: { awardId: award.id, term, endsOn },
      local: `${day}T07:00`,
    });
  }
  const ending = addDays(award.expectedEndOn, -ENDING_NOTICE_DAYS);
  if (ending > today) {
    await schedules.at(tx, tenantId, {
      key: `scholarship-ending:${award.id}`,
      kind: STUDY_ENDING,
      input: { awardId: award.id },
      local: `${ending}T07:00`,
    });
  }
}
