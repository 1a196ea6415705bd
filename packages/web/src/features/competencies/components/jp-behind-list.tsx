import { Anchor, Card, Group, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../components/icons';
import { useDomainLabels } from '../../../lib/domain-labels';
import { useFormat } from '../../../lib/use-format';
import { BEHIND_PAGE_SIZE, jpBehindWorkbookHref, useJpBehind } from '../api/get-jp-attainment';
import { PeopleShortList, usePageFor } from './people-short-list';

/** Who is behind on the year's JP, furthest first, with the whole list as a workbook. */
export function JpBehindList({ year, unitId }: { year: number; unitId?: number }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const labels = useDomainLabels();
  const headingId = useId();
  const [page, setPage] = usePageFor(`${year}:${unitId ?? ''}`);
  const behind = useJpBehind(year, unitId, page);
  const title = t('jp.behindList.title');

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" gap="sm" mb="md">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        {behind.data && behind.data.total > 0 && (
          <Anchor href={jpBehindWorkbookHref(year, unitId, format.language)} download size="sm">
            <Group gap={6} component="span" wrap="nowrap">
              <DownloadIcon aria-hidden="true" size={16} />
              {t('jp.behindList.download')}
            </Group>
          </Anchor>
        )}
      </Group>
      <PeopleShortList
        query={behind}
        page={page}
        pageSize={BEHIND_PAGE_SIZE}
        onPage={setPage}
        title={title}
        caption={t('jp.behindList.caption', { year })}
        pagerLabel={t('jp.behindList.pager')}
        none={
          <Text size="sm" c="dimmed" data-testid="jp-behind-none">
            {t('jp.behindList.none')}
          </Text>
        }
        testId="jp-behind"
        columns={[
          { header: t('jp.behindList.earned'), numeric: true },
          { header: t('jp.behindList.target'), numeric: true },
          { header: t('jp.behindList.short'), numeric: true },
        ]}
        detail={(row) => `${row.nip} · ${labels.employeeType(row.employeeType)}`}
        cells={(row) => (
          <>
            <Table.Td ta="right">{format.number(row.earned)}</Table.Td>
            <Table.Td ta="right">{format.number(row.target)}</Table.Td>
            <Table.Td ta="right">{format.number(row.short)}</Table.Td>
          </>
        )}
      />
    </Card>
  );
}
