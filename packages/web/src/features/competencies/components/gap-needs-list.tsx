import { Card, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionKind } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';
import { NEEDS_PAGE_SIZE, useLargestNeeds } from '../api/get-competency-gaps';
import { PeopleShortList, usePageFor } from './people-short-list';

/** Pegawai dengan kesenjangan terbesar: who is furthest below their position's standard. */
export function GapNeedsList({ unitId, positionKind }: { unitId?: number; positionKind?: PositionKind }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const headingId = useId();
  const [page, setPage] = usePageFor(`${unitId ?? ''}:${positionKind ?? ''}`);
  const needs = useLargestNeeds({ unitId, positionKind }, page);
  const title = t('gaps.needs.title');

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('gaps.needs.intro')}
      </Text>
      <PeopleShortList
        query={needs}
        page={page}
        pageSize={NEEDS_PAGE_SIZE}
        onPage={setPage}
        title={title}
        caption={title}
        pagerLabel={t('gaps.needs.pager')}
        none={
          <Text size="sm" c="dimmed">
            {t('gaps.needs.none')}
          </Text>
        }
        testId="gap-needs"
        columns={[
          { header: t('gaps.needs.position') },
          { header: t('gaps.needs.below'), numeric: true },
          { header: t('gaps.byCompetency.shortfall'), numeric: true },
        ]}
        cells={(row) => (
          <>
            <Table.Td>{row.positionName ?? '–'}</Table.Td>
            <Table.Td ta="right">
              {format.number(row.below)}
              {row.unassessed > 0 && (
                <Text size="xs" c="dimmed">
                  {t('gaps.needs.unassessed', { formatted: format.number(row.unassessed) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{format.number(row.shortfall)}</Table.Td>
          </>
        )}
      />
    </Card>
  );
}
