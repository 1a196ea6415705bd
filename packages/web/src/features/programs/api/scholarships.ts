import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DocumentKind,
  ScholarshipAwardDetail,
  ScholarshipAwardRequest,
  ScholarshipCallRequest,
  ScholarshipOverview,
  ScholarshipReturnRequest,
  ScholarshipReviewRequest,
  ScholarshipStatusRequest,
} from '../../../api/types';
import { api, apiHref, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { fetchWithUploadProgress } from '../../../lib/upload-progress';

// /api/v1/programs/{id}/scholarship… — a degree-study call's terms, the reader's documents (sent as
// multipart before applying), each applicant's documents and the awards (the agency's); and
// /api/v1/scholarships/awards… — the reader's own awards, and one award's status, term reports,
// return to work and bond. Every change answers the whole overview or the whole award, which
// replaces the cached one; the other views it touches are refreshed.

const path = (id: number) => ({ params: { path: { id } } });
const awardPath = (awardId: number) => ({ params: { path: { awardId } } });

/** The call of a program: its terms, the reader's documents, and for the agency applicants and awards. */
export function useScholarship(programId: number) {
  return useQuery({
    queryKey: queryKeys.programs.scholarship(programId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/programs/{id}/scholarship', { ...path(programId), signal })),
  });
}

function overviewSaved(client: QueryClient, programId: number, overview: ScholarshipOverview) {
  client.setQueryData(queryKeys.programs.scholarship(programId), overview);
  void client.invalidateQueries({ queryKey: queryKeys.scholarships.all });
}

function useOverviewMutation<Input>(programId: number, call: (input: Input) => Promise<ScholarshipOverview>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (overview) => overviewSaved(client, programId, overview),
  });
}

/** Sets the call's terms (while the program is a draft). */
export function useSaveScholarshipCall(programId: number) {
  return useOverviewMutation(programId, (body: ScholarshipCallRequest) =>
    unwrap(api.PUT('/api/v1/programs/{id}/scholarship', { ...path(programId), body })),
  );
}

export interface DocumentUpload {
  kind: DocumentKind;
  file: File;
}

/** The one file the server reads, under the field it names. */
function documentForm(file: Blob): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Uploads the reader's document of a kind, replacing the one before; `onProgress` hears how much was sent. */
export function useUploadDocument(programId: number, onProgress: (fraction: number) => void) {
  return useOverviewMutation(programId, ({ kind, file }: DocumentUpload) =>
    unwrap(
      api.PUT('/api/v1/programs/{id}/scholarship/documents/{kind}', {
        params: { path: { id: programId, kind } },
        body: { file },
        bodySerializer: (body) => documentForm(body.file),
        fetch: fetchWithUploadProgress(onProgress),
      }),
    ),
  );
}

export function useRemoveDocument(programId: number) {
  return useOverviewMutation(programId, (kind: DocumentKind) =>
    unwrap(
      api.DELETE('/api/v1/programs/{id}/scholarship/documents/{kind}', {
        params: { path: { id: programId, kind } },
      }),
    ),
  );
}

/** The reader's own document, downloaded. */
export function documentHref(programId: number, kind: DocumentKind): string {
  return apiHref('/api/v1/programs/{id}/scholarship/documents/{kind}', { path: { id: programId, kind } });
}

/** An applicant's document, downloaded by the agency. */
export function applicantDocumentHref(programId: number, applicationId: number, kind: DocumentKind): string {
  return apiHref('/api/v1/programs/{id}/scholarship/applications/{applicationId}/documents/{kind}', {
    path: { id: programId, applicationId, kind },
  });
}

/** Awards selected applications: each study starts with its dates and field. */
export function useAwardScholarships(programId: number) {
  return useOverviewMutation(programId, (body: ScholarshipAwardRequest) =>
    unwrap(api.POST('/api/v1/programs/{id}/scholarship/awards', { ...path(programId), body })),
  );
}

/** The reader's own awards. */
export function useMyScholarships() {
  return useQuery({
    queryKey: queryKeys.scholarships.mine,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/scholarships/awards', { signal })),
  });
}

export function useScholarshipAward(awardId: number) {
  return useQuery({
    queryKey: queryKeys.scholarships.award(awardId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/scholarships/awards/{awardId}', { ...awardPath(awardId), signal })),
  });
}

/** A new state of the award: cached, and its program's overview and the reader's list refreshed. */
function useAwardMutation<Input>(awardId: number, call: (input: Input) => Promise<ScholarshipAwardDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (award) => {
      client.setQueryData(queryKeys.scholarships.award(awardId), award);
      void client.invalidateQueries({ queryKey: queryKeys.scholarships.mine });
      void client.invalidateQueries({ queryKey: queryKeys.programs.scholarship(award.programId) });
    },
  });
}

export function useChangeAwardStatus(awardId: number) {
  return useAwardMutation(awardId, (body: ScholarshipStatusRequest) =>
    unwrap(api.POST('/api/v1/scholarships/awards/{awardId}/status', { ...awardPath(awardId), body })),
  );
}

/** Records the graduate's return to work; the server computes the bond it starts. */
export function useRecordReturn(awardId: number) {
  return useAwardMutation(awardId, (body: ScholarshipReturnRequest) =>
    unwrap(api.POST('/api/v1/scholarships/awards/{awardId}/return', { ...awardPath(awardId), body })),
  );
}

export interface ReportInput {
  term: number;
  summary: string;
  /** As typed, with a decimal point ('3.45'); empty when not given. */
  gpa: string;
  credits: string;
  file: File | null;
}

/** The fields, then the file: a server reading the stream meets the values before the bytes. */
function reportForm(input: ReportInput): FormData {
  const form = new FormData();
  form.append('summary', input.summary);
  if (input.gpa) form.append('gpa', input.gpa);
  if (input.credits) form.append('credits', input.credits);
  if (input.file) form.append('file', input.file);
  return form;
}

/** The awardee's report of a term (or its revision); `onProgress` hears how much of the file was sent. */
export function useSubmitReport(awardId: number, onProgress: (fraction: number) => void) {
  return useAwardMutation(awardId, (input: ReportInput) =>
    unwrap(
      api.PUT('/api/v1/scholarships/awards/{awardId}/reports/{term}', {
        params: { path: { awardId, term: input.term } },
        // The document names the file field only; the values travel beside it (multipart above).
        body: { file: input.file ?? new Blob([]) },
        bodySerializer: () => reportForm(input),
        fetch: fetchWithUploadProgress(onProgress),
      }),
    ),
  );
}

export function useReviewReport(awardId: number) {
  return useAwardMutation(awardId, ({ term, body }: { term: number; body: ScholarshipReviewRequest }) =>
    unwrap(
      api.POST('/api/v1/scholarships/awards/{awardId}/reports/{term}/review', {
        params: { path: { awardId, term } },
        body,
      }),
    ),
  );
}

/** A report's transcript, downloaded. */
export function reportFileHref(awardId: number, term: number): string {
  return apiHref('/api/v1/scholarships/awards/{awardId}/reports/{term}/file', { path: { awardId, term } });
}
