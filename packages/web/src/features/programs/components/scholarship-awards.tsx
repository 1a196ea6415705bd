import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { AwardStatus, ScholarshipAwardSummary, ScholarshipOverview } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';

const STATUS_COLORS: Record<AwardStatus, string> = {
  studying: 'blue',
  onLeave: 'yellow',
  graduated: 'teal',
  failed: 'red',
  resigned: 'gray',
  bondBroken: 'red',
};

/** An award's status in words (the colour only repeats it). */
export function AwardStatusBadge({ status }: { status: AwardStatus }) {
  const { t } = useTranslation('programs');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" autoContrast style={{ flex: 'none' }}>
      {t(`scholarship.status.${status}`)}
    </Badge>
  );
}

/** Reports owed: a badge when some term's report is late. */
export function OverdueBadge({ count }: { count: number }) {
  const { t } = useTranslation('programs');
  if (count === 0) return null;
  return (
    <Badge color="red" variant="light" autoContrast>
      {t('scholarship.awards.overdue', { count })}
    </Badge>
  );
}

/** Where the awardee stands after the study: back at work and the bond's last day. */
function useAfterStudy() {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return (a: ScholarshipAwardSummary) =>
    a.returnedOn === null
      ? '—'
      : [
          t('scholarship.awards.returned', { day: format.date(a.returnedOn) }),
          a.bondEndsOn ? t('scholarship.awards.bondEnds', { day: format.date(a.bondEndsOn) }) : null,
        ]
          .filter(Boolean)
          .join(' · ');
}

/** The awards of a call: status, reports owed, the return and the bond; a table, or cards on a phone. */
export function ScholarshipAwards({ overview }: { overview: ScholarshipOverview }) {
  const { t } = useTranslation('programs');
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const { awards } = overview;
  return (
    <Stack gap="sm" component="section" aria-labelledby="scholarship-awards">
      <Title order={3} size="h5" id="scholarship-awards">
        {t('scholarship.awards.title', { count: awards.length })}
      </Title>
      {awards.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scholarship.awards.none')}
        </Text>
      ) : isPhone ? (
        <AwardCards awards={awards} />
      ) : (
        <AwardTable awards={awards} />
      )}
    </Stack>
  );
}

function OpenLink({ award, label }: { award: ScholarshipAwardSummary; label: string }) {
  const { t } = useTranslation('programs');
  return (
    <AnchorLink
      to="/scholarships/awards/$awardId"
      params={{ awardId: String(award.id) }}
      size="sm"
      aria-label={t('scholarship.awards.openNamed', { name: award.employee.name })}
    >
      {label}
    </AnchorLink>
  );
}

function AwardTable({ awards }: { awards: ScholarshipAwardSummary[] }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const afterStudy = useAfterStudy();
  return (
    <ScrollTable label={t('scholarship.awards.tableLabel')} minWidth={860}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('scholarship.awards.tableLabel')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('scholarship.awards.name')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.awards.field')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.awards.status')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.awards.expectedEnd')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.awards.reports')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.awards.afterStudy')}</Table.Th>
            <Table.Th scope="col">{t('scholarship.awards.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {awards.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                {a.employee.name}
                <Text size="xs" c="dimmed">
                  {a.employee.unit ?? a.employee.nip}
                </Text>
              </Table.Td>
              <Table.Td>{a.fieldOfStudy}</Table.Td>
              <Table.Td>
                <AwardStatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>{format.date(a.expectedEndOn)}</Table.Td>
              <Table.Td>
                {a.reportsOverdue > 0 ? (
                  <OverdueBadge count={a.reportsOverdue} />
                ) : (
                  <Text size="sm">{t('scholarship.awards.reportsFine')}</Text>
                )}
              </Table.Td>
              <Table.Td>{afterStudy(a)}</Table.Td>
              <Table.Td>
                <OpenLink award={a} label={t('scholarship.awards.open')} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function AwardCards({ awards }: { awards: ScholarshipAwardSummary[] }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const afterStudy = useAfterStudy();
  return (
    <CardList label={t('scholarship.awards.tableLabel')} busy={false}>
      {awards.map((a) => (
        <CardItem key={a.id}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {a.employee.name}
              </Text>
              <AwardStatusBadge status={a.status} />
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('scholarship.awards.cardFacts', {
                field: a.fieldOfStudy,
                day: format.date(a.expectedEndOn),
              })}
            </Text>
            {a.reportsOverdue > 0 && (
              <Group>
                <OverdueBadge count={a.reportsOverdue} />
              </Group>
            )}
            {a.returnedOn !== null && <Text size="sm">{afterStudy(a)}</Text>}
            <OpenLink award={a} label={t('scholarship.awards.openCard')} />
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}
