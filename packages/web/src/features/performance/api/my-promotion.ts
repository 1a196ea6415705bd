import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// GET /api/v1/promotion/me — the signed-in employee's next kenaikan pangkat period, with why they
// are or are not eligible, and their promotions (404 for an account without an employee record).

export function useMyPromotion() {
  return useQuery({
    queryKey: queryKeys.promotion.mine,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/promotion/me', { signal })),
  });
}
