import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencyGapRow, PositionMatch } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { formatJpm, GAP_COLOURS, gapStatus, JPM_COLOURS, signedGap } from './competency-gap';

/**
 * Analisis Kesenjangan Kompetensi against one position: the JPM with its label, then per required
 * competency the level required, the level held and the gap, in words as well as in colour.
 */
export function PositionMatchView({
  heading,
  match,
  empty,
}: {
  heading: string;
  match: PositionMatch | null;
  /** Said instead when there is nothing to compare with. */
  empty: string;
}) {
  const { t } = useTranslation('competencies');
  const headingId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {heading}
      </Title>
      {match === null ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <>
          <JpmSummary match={match} />
          <GapRows rows={match.gaps} label={t('gap.table', { name: match.positionName })} />
        </>
      )}
    </Stack>
  );
}

function JpmSummary({ match }: { match: PositionMatch }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const unassessed = match.gaps.filter((row) => row.actual === null).length;
  return (
    <Group gap="sm" align="center" data-testid="jpm">
      <Text fw={700}>{t('jpm.name')}</Text>
      {match.jpm === null ? (
        <Text size="sm">{t('jpm.unknown', { count: unassessed, formatted: format.number(unassessed) })}</Text>
      ) : (
        <>
          <Text fw={700} size="lg">
            {formatJpm(match.jpm, format.language)}
          </Text>
          {match.jpmLabel && (
            <Badge variant="light" color={JPM_COLOURS[match.jpmLabel]} tt="none" size="lg">
              {t(`jpm.labels.${match.jpmLabel}`)}
            </Badge>
          )}
        </>
      )}
    </Group>
  );
}

/** The gap in a badge: its number and its meaning, coloured by the meaning. */
function GapBadge({ gap }: { gap: number | null }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const status = gapStatus(gap);
  return (
    <Badge variant="light" color={GAP_COLOURS[status]} tt="none" w="max-content">
      {gap === null
        ? t('gap.status.unassessed')
        : t('gap.badge', { gap: signedGap(gap, format.number), status: t(`gap.status.${status}`) })}
    </Badge>
  );
}

function GapRows({ rows, label }: { rows: CompetencyGapRow[]; label: string }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const actual = (row: CompetencyGapRow) =>
    row.actual === null ? t('gap.notAssessed') : t('level', { level: row.actual });

  if (isPhone) {
    return (
      <CardList label={label} busy={false}>
        {rows.map((row) => (
          <CardItem key={row.competencyId}>
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {row.code} · {row.name}
              </Text>
              <Text size="sm">
                {t('gap.required')}: {t('level', { level: row.required })} · {t('gap.actual')}: {actual(row)}
              </Text>
              <GapBadge gap={row.gap} />
              {row.assessedOn && (
                <Text size="xs" c="dimmed">
                  {t('gap.assessedOnShort', { date: format.date(row.assessedOn) })}
                </Text>
              )}
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollTable label={label} minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('gap.competency')}</Table.Th>
            <Table.Th scope="col">{t('gap.required')}</Table.Th>
            <Table.Th scope="col">{t('gap.actual')}</Table.Th>
            <Table.Th scope="col">{t('gap.gap')}</Table.Th>
            <Table.Th scope="col">{t('gap.assessedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.competencyId}>
              <Table.Td>
                <Text size="sm">
                  <Text span ff="monospace" size="sm">
                    {row.code}
                  </Text>{' '}
                  {row.name}
                </Text>
              </Table.Td>
              <Table.Td>{t('level', { level: row.required })}</Table.Td>
              <Table.Td>{actual(row)}</Table.Td>
              <Table.Td>
                <GapBadge gap={row.gap} />
              </Table.Td>
              <Table.Td>{format.date(row.assessedOn) ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
