import { z } from 'zod';
import { CalendarDate } from '../shared/common.contract';
import { COMMENT_KINDS, ConsultationAudience, CreateCommentBody, RESPONSES } from './consultation.contract';
import { PolicyArea, PolicyState } from './policy.contract';

// Publishing a policy for citizens: a government's transparency page lists the policies it chose to
// publish, each with the adopted text in force (or, before its effective date, the one adopted),
// its dates and its consultation windows, and its PDF. Only adopted texts are ever public; who
// commented in a consultation never is.

const Id = z.number().int().positive();
const Timestamp = z.iso.datetime({ offset: true });

/** Publish (true) or withdraw (false) a policy from the government's transparency page. */
export const PublicationBody = z.object({ public: z.boolean() }).meta({ id: 'PolicyPublicationBody' });
export type PublicationBody = z.infer<typeof PublicationBody>;

/** A government as its public pages name it: its slug is the address (/kebijakan/<slug>). */
export const GovernmentParam = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,64}$/) });
export const PublicVersionParams = GovernmentParam.extend({
  id: z.coerce.number().int().positive(),
  versionId: z.coerce.number().int().positive(),
});

/** The language of a document to download; the request's language when left out. */
export const DocumentQuery = z.object({ lang: z.enum(['id', 'en']).optional() });

/** A consultation round's window, on the government's calendar: from its first to its last day. */
export const ConsultationWindow = z
  .object({
    versionNumber: z.number().int(),
    from: CalendarDate,
    until: CalendarDate,
    audience: ConsultationAudience,
  })
  .meta({ id: 'ConsultationWindow' });

const PublicProvision = z.object({
  provisionId: Id,
  parentId: Id.nullable(),
  depth: z.number().int(),
  label: z.string(),
  heading: z.string().nullable(),
  body: z.string(),
});

/** A citizen's input as the public page shows it: only once it has its official response. */
const PublicInput = z.object({
  id: Id,
  kind: z.enum(COMMENT_KINDS),
  /** The provision's number in the draft it was sent on; null for a general proposal. */
  provisionLabel: z.string().nullable(),
  quote: z.string().nullable(),
  body: z.string(),
  response: z.object({ response: z.enum(RESPONSES), reason: z.string() }),
});

export const PublicPolicy = z
  .object({
    id: Id,
    title: z.string(),
    area: PolicyArea,
    state: PolicyState,
    purpose: z.string(),
    principles: z.array(z.string()),
    legalBasis: z.array(z.string()),
    publicSince: Timestamp,
    /** The adopted version shown: the one in force, or the latest adopted before it takes effect. */
    version: z.object({
      id: Id,
      number: z.number().int(),
      adoptedOn: CalendarDate,
      effectiveFrom: CalendarDate,
      inForce: z.boolean(),
      provisions: z.array(PublicProvision),
    }),
    /** The consultation rounds held on the adopted versions, newest first. */
    consultations: z.array(ConsultationWindow),
    /**
     * A round inviting the public that takes input now, with the draft it consults on; citizens may
     * comment on its provisions or propose in general without an account.
     */
    openConsultation: z
      .object({
        versionNumber: z.number().int(),
        until: CalendarDate,
        provisions: z.array(PublicProvision),
      })
      .nullable(),
    /** Citizens' input with its official response (hidden input and input awaiting one are not shown). */
    publicInput: z.array(PublicInput),
    /** Where the shown version's PDF is (no session needed). */
    pdfUrl: z.string(),
  })
  .meta({ id: 'PublicPolicy' });
export type PublicPolicy = z.infer<typeof PublicPolicy>;

export const PublicPolicies = z
  .object({
    government: z.object({ name: z.string(), slug: z.string() }),
    policies: z.array(PublicPolicy),
  })
  .meta({ id: 'PublicPolicies' });
export type PublicPolicies = z.infer<typeof PublicPolicies>;

/** A citizen's comment on a provision, or general proposal, on a round inviting the public. */
export const PublicConsultationBody = CreateCommentBody.extend({
  /** Left empty by people; bots fill it in. */
  website: z.string().max(500).optional(),
}).meta({ id: 'PublicConsultationBody' });
export type PublicConsultationBody = z.infer<typeof PublicConsultationBody>;
