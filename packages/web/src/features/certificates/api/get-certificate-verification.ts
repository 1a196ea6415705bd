import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/public/governments/:slug/certificates/:code: whether a certificate stands, for anyone
// holding its code (the QR on the certificate leads to /verifikasi/<slug>/<code>). 404 for a code
// or a government nobody knows.

export function certificateVerificationQuery(slug: string, code: string) {
  return queryOptions({
    queryKey: queryKeys.certificateVerification.of(slug, code),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/public/governments/{slug}/certificates/{code}', {
          params: { path: { slug, code } },
          signal,
        }),
      ),
  });
}

export function useCertificateVerification(slug: string, code: string) {
  return useQuery(certificateVerificationQuery(slug, code));
}
