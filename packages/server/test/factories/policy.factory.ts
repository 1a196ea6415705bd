import type { CreatePolicyBody } from '@jenjang/domain/policies/policy.contract';

/**
 * What a drafter sends to create a policy (`POST /api/v1/policies`), with what a test does not care
 * about filled in: a personnel policy owned by the whole government, judged by no survey yet.
 */
export function policyBody(fields: Pick<CreatePolicyBody, 'title'> & Partial<CreatePolicyBody>) {
  return {
    area: 'kepegawaian',
    purpose: 'Uji kebijakan.',
    principles: [],
    legalBasis: [],
    ownerUnitId: null,
    surveyIds: [],
    ...fields,
  } satisfies Partial<CreatePolicyBody>;
}
