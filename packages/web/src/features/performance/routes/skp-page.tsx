import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SkpDetail } from '../../../api/types';
import { NotFoundMessage } from '../../../components/not-found';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useSkp } from '../api/performance';
import { AnnualAppraisal } from '../components/skp-appraisal';
import { SkpExpectations } from '../components/skp-expectations';
import { SkpHeader } from '../components/skp-header';
import { SkpPeriods } from '../components/skp-periods';
import { SkpResults } from '../components/skp-results';

const route = getRouteApi('/_authed/performance/skp/$skpId');

/**
 * One SKP, mostly opened on a phone: whose it is and who appraises it, its work results and
 * behaviour expectations, the check-in periods with their feedback and appraisals, and the year's
 * appraisal. What the reader may change follows the server's `may`.
 */
export function SkpPage() {
  const { skpId } = route.useParams();
  const id = Number(skpId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <SkpLoader id={id} />;
}

function SkpLoader({ id }: { id: number }) {
  const { t } = useTranslation('performance');
  const skp = useSkp(id);
  if (isApiError(skp.error, 404) || isApiError(skp.error, 403)) {
    return <NotFoundMessage title={t('skp.notFound')} />;
  }
  return (
    <QueryContent query={skp} height={240}>
      {(data) => <SkpView skp={data} />}
    </QueryContent>
  );
}

function SkpView({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation('performance');
  const me = useMe();
  const format = useFormat();
  const today = calendarDateIn(new Date(), format.timeZone);
  const own =
    me.employeeId !== null && [skp.employee.employeeId, skp.appraiser.employeeId].includes(me.employeeId);
  return (
    <Stack gap="xl">
      {own ? (
        <AnchorLink to="/performance" size="sm">
          {t('skp.backMine')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/performance/admin" search={{ year: skp.cycle.year }} size="sm">
          {t('skp.backAdmin')}
        </AnchorLink>
      )}
      <SkpHeader skp={skp} />
      <SkpResults skp={skp} />
      <SkpExpectations skp={skp} />
      <SkpPeriods skp={skp} today={today} />
      <AnnualAppraisal skp={skp} today={today} />
    </Stack>
  );
}
