import { sessionJp } from '@jenjang/domain/programs/mentoring-jp.rules';
import type {
  MentoringPairDetail,
  MentoringPairsRequest,
  MentoringProposal,
  MentoringScheme,
  MentoringSchemeRequest,
} from '../../../api/types';

// What the mentoring screens compute before they ask the server: the scheme form's values, the
// pairs of a proposal the agency keeps, the JP a session will earn, and what the reader may do.

// As in the domain's mentoring.contract.ts, which is not imported for them: it would bring zod along.
export const UNIT_RULES: readonly MentoringSchemeRequest['unitRule'][] = ['any', 'sameOpd', 'otherOpd'];
export const MENTORING_SIDES: readonly NonNullable<MentoringPairDetail['side']>[] = ['mentor', 'mentee'];

/** The key of a mentor–mentee pair in a proposal (what the agency unticks). */
export const pairKey = (pair: { mentor: { id: number }; mentee: { id: number } }) =>
  `${pair.mentor.id}-${pair.mentee.id}`;

/** The proposed pairs to make: those not made already and not unticked. */
export function keptPairs(proposal: MentoringProposal, dropped: ReadonlySet<string>): MentoringPairsRequest {
  return {
    pairs: proposal.pairs
      .filter((pair) => !pair.fixed && !dropped.has(pairKey(pair)))
      .map((pair) => ({ mentorId: pair.mentor.id, menteeId: pair.mentee.id, overrideReason: null })),
  };
}

/**
 * The JP a session of this many minutes earns under the scheme (the domain's rule, as the server
 * applies it); null while the minutes are not a whole number in the accepted range.
 */
export function sessionJpPreview(
  minutes: number | string,
  scheme: Pick<MentoringScheme, 'effectiveMinutesPerJp' | 'maxJpPerSession'>,
): number | null {
  const value = typeof minutes === 'number' ? minutes : Number(minutes);
  if (minutes === '' || !Number.isInteger(value) || value < 5 || value > 600) return null;
  return sessionJp(value, {
    minutesPerJp: scheme.effectiveMinutesPerJp,
    maxPerSession: scheme.maxJpPerSession,
  });
}

export interface SchemeValues {
  startsOn: string;
  endsOn: string;
  unitRule: MentoringSchemeRequest['unitRule'];
  allowSupervisor: boolean;
  mentorCapacity: number | string;
  /** Empty: the government's minutes per JP. */
  minutesPerJp: number | string;
  /** Empty: no ceiling. */
  maxJpPerSession: number | string;
}

export function schemeValues(scheme: MentoringScheme | null): SchemeValues {
  return {
    startsOn: scheme?.startsOn ?? '',
    endsOn: scheme?.endsOn ?? '',
    unitRule: scheme?.unitRule ?? 'any',
    allowSupervisor: scheme?.allowSupervisor ?? false,
    mentorCapacity: scheme?.mentorCapacity ?? 3,
    minutesPerJp: scheme?.minutesPerJp ?? '',
    maxJpPerSession: scheme?.maxJpPerSession ?? '',
  };
}

const orNull = (value: number | string) => (value === '' ? null : Number(value));

export function schemeBody(values: SchemeValues): MentoringSchemeRequest {
  return {
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    unitRule: values.unitRule,
    allowSupervisor: values.allowSupervisor,
    mentorCapacity: Number(values.mentorCapacity),
    minutesPerJp: orNull(values.minutesPerJp),
    maxJpPerSession: orNull(values.maxJpPerSession),
  };
}

/** What the reader may do in a pair: its sides and the agency work in it; a supervisor only reads. */
export function pairAbilities(pair: Pick<MentoringPairDetail, 'side' | 'canManage' | 'state' | 'scheme'>) {
  const actor = pair.side !== null || pair.canManage;
  const schemeOpen = pair.scheme.endedAt === null;
  const running = schemeOpen && pair.state === 'active';
  return {
    /** Adds goals and logs sessions. */
    works: actor && running,
    /** Marks goals achieved, dropped or open again (also after the pair ended, until the scheme does). */
    settlesGoals: actor && schemeOpen,
    /** Withdraws a session not yet confirmed: one's own, or any for the agency. */
    withdraws: (session: { loggedAs: string; confirmedAt: string | null }) =>
      session.confirmedAt === null &&
      (pair.canManage || (pair.side !== null && session.loggedAs === pair.side)),
    /** Ends the pair. */
    ends: pair.canManage && running,
  };
}
