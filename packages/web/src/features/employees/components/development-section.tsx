import { calendarDateIn } from '@jenjang/domain/shared/time-zone';
import { Badge, Button, Card, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevelopmentRecord, EmployeeDetail } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { UploadIcon } from '../../../components/icons';
import { QueryContent } from '../../../components/query-content';
import { ButtonLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { usePathName } from '../../../lib/development-paths';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useEmployeeDevelopment } from '../api/get-development';
import { JpProgress } from './jp-progress';
import { RecordDevelopmentDialog } from './record-development-dialog';

/**
 * Pengembangan & JP: the year's learning hours against the target, the JP of every year, and the
 * activities of the year. Those who write records note a finished activity here.
 */
export function DevelopmentSection({ employee }: { employee: EmployeeDetail }) {
  const { t } = useTranslation('development');
  const me = useMe();
  const format = useFormat();
  const headingId = useId();
  const thisYear = Number(calendarDateIn(new Date(), format.timeZone).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [recording, setRecording] = useState(false);
  const development = useEmployeeDevelopment(employee.id, year);
  const canWrite = hasPermission(me, 'employee.write');
  const canImport = hasPermission(me, 'employee.import');
  const years = new Set([thisYear, year, ...(development.data?.years ?? []).map((y) => y.year)]);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Title order={2} size="h4" id={headingId}>
              {t('jp.heading')}
            </Title>
            <Text size="sm" c="dimmed" maw={720}>
              {t('jp.intro')}
            </Text>
          </Stack>
          <Group gap="sm">
            {canImport && (
              <ButtonLink to="/imports/development" variant="default" leftSection={<UploadIcon />}>
                {t('jp.import')}
              </ButtonLink>
            )}
            {canWrite && <Button onClick={() => setRecording(true)}>{t('jp.record')}</Button>}
          </Group>
        </Group>
        <Select
          label={t('jp.year')}
          data={[...years].sort((a, b) => b - a).map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={140}
        />
        <QueryContent query={development} height={120}>
          {(data) => (
            <Stack gap="md">
              <JpProgress attainment={data.attainment} />
              {data.years.length > 0 && (
                <Stack gap={4}>
                  <Text size="sm" fw={600} id={`${headingId}-years`}>
                    {t('jp.years')}
                  </Text>
                  <List size="sm" aria-labelledby={`${headingId}-years`}>
                    {data.years.map((y) => (
                      <List.Item key={y.year}>
                        {t('jp.yearTotal', { year: y.year, jp: format.number(y.earned) })}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              )}
              {data.records.length === 0 ? (
                <EmptyMessage title={t('jp.historyEmpty', { year })}>
                  {canWrite ? t('jp.historyEmptyWrite') : null}
                </EmptyMessage>
              ) : (
                <History records={data.records} caption={t('jp.historyCaption', { year })} />
              )}
            </Stack>
          )}
        </QueryContent>
      </Stack>
      {recording && <RecordDevelopmentDialog employee={employee} onClose={() => setRecording(false)} />}
    </Card>
  );
}

function History({ records, caption }: { records: DevelopmentRecord[]; caption: string }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const pathName = usePathName();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  if (isPhone) {
    return (
      <CardList label={caption} busy={false}>
        {records.map((r) => (
          <CardItem key={r.id}>
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600}>{r.name}</Text>
                <Badge variant="light">{t('jp.jpValue', { jp: format.number(r.jp) })}</Badge>
              </Group>
              <Text size="sm">
                {format.date(r.endedOn)} · {t(`jp.kind.${r.kind}`)}
                {r.pathCode ? ` · ${pathName(r.pathCode)}` : ''}
              </Text>
              {r.institution && <Text size="sm">{r.institution}</Text>}
              <Text size="xs" c="dimmed">
                {t(`jp.source.${r.source}`)}
              </Text>
            </Stack>
          </CardItem>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollTable label={caption} minWidth={760}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('jp.col.endedOn')}</Table.Th>
            <Table.Th scope="col">{t('jp.col.name')}</Table.Th>
            <Table.Th scope="col">{t('jp.col.kind')}</Table.Th>
            <Table.Th scope="col">{t('jp.col.path')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('jp.col.jp')}
            </Table.Th>
            <Table.Th scope="col">{t('jp.col.institution')}</Table.Th>
            <Table.Th scope="col">{t('jp.col.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(r.endedOn)}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{t(`jp.kind.${r.kind}`)}</Table.Td>
              <Table.Td>{r.pathCode ? pathName(r.pathCode) : '—'}</Table.Td>
              <Table.Td ta="end">{format.number(r.jp)}</Table.Td>
              <Table.Td>{r.institution ?? '—'}</Table.Td>
              <Table.Td>{t(`jp.source.${r.source}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
