import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Button, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScholarshipAwardDetail } from '../../../api/types';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { useScholarshipAward } from '../api/scholarships';
import { AwardBond, ReturnDialog } from '../components/scholarship-award-bond';
import { AwardHistory, StatusDialog } from '../components/scholarship-award-status';
import { AwardTerms } from '../components/scholarship-award-terms';
import { AwardStatusBadge, OverdueBadge } from '../components/scholarship-awards';

const route = getRouteApi('/_authed/scholarships/awards/$awardId');

/**
 * One scholarship award, mostly opened on a phone: the study, its term reports (sent by the
 * awardee, reviewed by the agency), the bond after the return to work, and the status history;
 * the agency records the status changes and the return.
 */
export function ScholarshipAwardPage() {
  const { awardId } = route.useParams();
  const id = Number(awardId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundMessage />;
  return <AwardLoader id={id} />;
}

function AwardLoader({ id }: { id: number }) {
  const { t } = useTranslation('programs');
  const award = useScholarshipAward(id);
  if (isApiError(award.error, 404) || isApiError(award.error, 403)) {
    return <NotFoundMessage title={t('scholarship.page.notFound')} />;
  }
  return (
    <QueryContent query={award} height={240}>
      {(data) => <AwardView award={data} />}
    </QueryContent>
  );
}

function AwardView({ award }: { award: ScholarshipAwardDetail }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const [dialog, setDialog] = useState<'status' | 'return' | null>(null);
  const today = calendarDateIn(new Date(), format.timeZone);
  return (
    <Stack gap="lg">
      {award.mine ? (
        <AnchorLink to="/scholarships" size="sm">
          {t('scholarship.page.backMine')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/programs/$programId" params={{ programId: String(award.programId) }} size="sm">
          {t('scholarship.page.backProgram', { title: award.programTitle })}
        </AnchorLink>
      )}
      <AwardHeader
        award={award}
        onStatus={award.canManage && award.nextStatuses.length > 0 ? () => setDialog('status') : null}
        onReturn={
          award.canManage && award.status === 'graduated' && award.returnedOn === null
            ? () => setDialog('return')
            : null
        }
      />
      <AwardTerms award={award} today={today} />
      <AwardBond award={award} />
      <AwardHistory award={award} />
      {dialog === 'status' && <StatusDialog award={award} today={today} onClose={() => setDialog(null)} />}
      {dialog === 'return' && <ReturnDialog award={award} today={today} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

/** Who studies what, where and when, with the status; the agency's actions below. */
function AwardHeader({
  award,
  onStatus,
  onReturn,
}: {
  award: ScholarshipAwardDetail;
  onStatus: (() => void) | null;
  onReturn: (() => void) | null;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return (
    <Stack gap={6}>
      <Group gap="sm" align="center">
        <PageTitle title={t('scholarship.page.title', { name: award.employee.name })} />
        <AwardStatusBadge status={award.status} />
        <OverdueBadge count={award.reportsOverdue} />
      </Group>
      <Text size="sm">
        <AnchorLink to="/programs/$programId" params={{ programId: String(award.programId) }}>
          {award.programTitle}
        </AnchorLink>
      </Text>
      {!award.mine && (
        <Text size="sm" c="dimmed">
          {[award.employee.nip, award.employee.unit].filter(Boolean).join(' · ')}
        </Text>
      )}
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('scholarship.page.study', {
          degree: t(`scholarship.degree.${award.degree}`),
          field: award.fieldOfStudy,
          institution: award.institution,
        })}
      </Text>
      <Text size="sm">
        {t('scholarship.page.dates', {
          from: format.date(award.startsOn),
          to: format.date(award.expectedEndOn),
        })}
        {award.graduatedOn &&
          ` · ${t('scholarship.page.graduated', { day: format.date(award.graduatedOn) })}`}
      </Text>
      {(onStatus || onReturn) && (
        <Group gap="xs" mt={4}>
          {onStatus && (
            <Button variant="default" w={{ base: '100%', xs: 'auto' }} onClick={onStatus}>
              {t('scholarship.statusChange.button')}
            </Button>
          )}
          {onReturn && (
            <Button w={{ base: '100%', xs: 'auto' }} onClick={onReturn}>
              {t('scholarship.return.button')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
