import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScholarshipAwardSummary } from '../../../api/types';
import { CardItem } from '../../../components/card-list';
import { OwnListPage } from '../../../components/own-list-page';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import { useMyScholarships } from '../api/scholarships';
import { AwardStatusBadge, OverdueBadge } from '../components/scholarship-awards';

/**
 * Beasiswa Saya: the signed-in employee's scholarship awards, each leading to its page, where the
 * term reports are sent, with the reports owed.
 */
export function MyScholarshipsPage() {
  const { t } = useTranslation('programs');
  const mine = useMyScholarships();
  return (
    <OwnListPage
      title={t('scholarship.mine.title')}
      intro={t('scholarship.mine.intro')}
      query={mine}
      empty={{
        title: t('scholarship.mine.empty'),
        help: (
          <>
            {t('scholarship.mine.emptyHelp')}{' '}
            <AnchorLink to="/programs" underline="always">
              {t('scholarship.mine.catalog')}
            </AnchorLink>
          </>
        ),
      }}
    >
      {(award) => <AwardCard key={award.id} award={award} />}
    </OwnListPage>
  );
}

function AwardCard({ award }: { award: ScholarshipAwardSummary }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return (
    <CardItem>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {award.programTitle}
          </Text>
          <AwardStatusBadge status={award.status} />
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('scholarship.mine.facts', { field: award.fieldOfStudy, institution: award.institution })}
        </Text>
        <Text size="sm">
          {award.returnedOn && award.bondEndsOn
            ? t('scholarship.mine.bond', { day: format.date(award.bondEndsOn) })
            : t('scholarship.mine.ends', { day: format.date(award.expectedEndOn) })}
        </Text>
        {award.reportsOverdue > 0 && (
          <Group>
            <OverdueBadge count={award.reportsOverdue} />
          </Group>
        )}
        <AnchorLink
          to="/scholarships/awards/$awardId"
          params={{ awardId: String(award.id) }}
          size="sm"
          aria-label={t('scholarship.mine.openNamed', { title: award.programTitle })}
        >
          {t('scholarship.mine.open')}
        </AnchorLink>
      </Stack>
    </CardItem>
  );
}
