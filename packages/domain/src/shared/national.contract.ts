import { z } from 'zod';
import { IkmConvention, IkmResult } from '../surveys/survey-results.contract';
import { GOVERNMENT_KINDS } from './government.rules';
import { TIME_ZONES } from './time-zone';

// What national viewers read: figures across governments, never a person's record, under the k
// rule. A count is null where it is hidden: it counts 1 to k − 1 people, or would give such a count
// away together with the figures shown (domain/table-suppression.rules.ts).

const Count = z.number().int().nonnegative().nullable();

export const NationalGovernment = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(GOVERNMENT_KINDS),
    /** Dates of this government's surveys read on its clock (WIB, WITA, WIT). */
    timeZone: z.enum(TIME_ZONES),
  })
  .meta({ id: 'NationalGovernment' });

export const NationalEmployees = z
  .object({
    /** The smallest group shown. */
    k: z.number().int(),
    governments: z.array(z.object({ government: NationalGovernment, pns: Count, pppk: Count, total: Count })),
    totals: z.object({ pns: Count, pppk: Count, total: Count }),
  })
  .meta({ id: 'NationalEmployees' });

const WavePeriod = z.object({ label: z.string(), opensAt: z.string(), closesAt: z.string() });

export const NationalIkm = z
  .object({
    k: z.number().int(),
    items: z.array(
      z.object({
        government: NationalGovernment,
        surveyTitle: z.string(),
        serviceUnit: z.string().nullable(),
        serviceName: z.string().nullable(),
        wave: WavePeriod,
        /** Null when fewer than k answered: then no IKM either. */
        responses: Count,
        /** Null when hidden (fewer than k answers, or an element answered by fewer than k). */
        ikm: IkmResult.nullable(),
        /** How this government weighs the elements (its own convention, DOMAIN.md §5). */
        convention: IkmConvention,
      }),
    ),
  })
  .meta({ id: 'NationalIkm' });

export const NationalParticipation = z
  .object({
    k: z.number().int(),
    items: z.array(
      z.object({
        government: NationalGovernment,
        surveyTitle: z.string(),
        mode: z.enum(['identified', 'anonymous']),
        wave: WavePeriod.extend({ status: z.enum(['scheduled', 'open', 'closed']) }),
        invited: Count,
        responded: Count,
        /** responded ÷ invited, when both are shown. */
        rate: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'NationalParticipation' });

/**
 * Competency gaps per government (PermenPANRB 38/2017's national competencies, the same codes
 * everywhere): employees measured by JPM against each government's own cut-offs, and per competency
 * how many requirements fall below the standard. A figure of 1 to k − 1 people, or one giving such a
 * figure away, is null.
 */
export const NationalCompetencyGaps = z
  .object({
    k: z.number().int(),
    governments: z.array(
      z.object({
        government: NationalGovernment,
        /** Active employees whose position has a standard. */
        employees: Count,
        meets: Count,
        stillMeets: Count,
        lacking: Count,
        /** Not all required competencies assessed: no JPM yet. */
        unknown: Count,
        competencies: z.array(
          z.object({ code: z.string(), required: Count, below: Count, shortfall: Count }),
        ),
      }),
    ),
    /** Per competency over the governments shown. */
    totals: z.array(z.object({ code: z.string(), required: Count, below: Count, shortfall: Count })),
  })
  .meta({ id: 'NationalCompetencyGaps' });
