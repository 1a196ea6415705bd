import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, BeyondStandardRow } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';

/** "Di luar standar": levels of competencies no standard here requires (a talent beyond the post). */
export function BeyondStandard({ rows }: { rows: BeyondStandardRow[] }) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('beyond.heading')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('beyond.none')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('beyond.intro')}
          </Text>
          <List size="sm" spacing={4} aria-labelledby={headingId}>
            {rows.map((row) => (
              <List.Item key={row.competencyId}>
                {t('beyond.item', {
                  code: row.code,
                  name: row.name,
                  level: row.actual ?? '—',
                  date: format.date(row.assessedOn) ?? '—',
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

/** Every assessment recorded, newest first: by hand or by an import, never changed afterwards. */
export function AssessmentHistory({
  rows,
  names,
}: {
  rows: Assessment[];
  names: ReadonlyMap<number, string>;
}) {
  const { t } = useTranslation('competencies');
  const format = useFormat();
  const headingId = useId();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const competency = (row: Assessment) => {
    const name = names.get(row.competencyId);
    return name ? `${row.code} · ${name}` : row.code;
  };
  const source = (row: Assessment) => (
    <Group gap={6} wrap="wrap">
      {row.source && <Text size="sm">{row.source}</Text>}
      {row.jobId !== null && (
        <Badge variant="light" color="gray" tt="none" size="sm">
          {t('history.imported')}
        </Badge>
      )}
      {!row.source && row.jobId === null && '—'}
    </Group>
  );
  const label = t('history.table');

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('history.heading')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.none')}
        </Text>
      ) : isPhone ? (
        <CardList label={label} busy={false}>
          {rows.map((row) => (
            <CardItem key={row.id}>
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  {competency(row)}
                </Text>
                <Text size="sm">
                  {t('level', { level: row.level })} · {format.date(row.assessedOn)} ·{' '}
                  {t(`methods.${row.method}`)}
                </Text>
                {row.assessor && (
                  <Text size="xs" c="dimmed">
                    {t('history.assessor')}: {row.assessor}
                  </Text>
                )}
                {source(row)}
              </Stack>
            </CardItem>
          ))}
        </CardList>
      ) : (
        <ScrollTable label={label} minWidth={760}>
          <Table striped verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{label}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('history.date')}</Table.Th>
                <Table.Th scope="col">{t('history.competency')}</Table.Th>
                <Table.Th scope="col">{t('history.level')}</Table.Th>
                <Table.Th scope="col">{t('history.method')}</Table.Th>
                <Table.Th scope="col">{t('history.assessor')}</Table.Th>
                <Table.Th scope="col">{t('history.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{format.date(row.assessedOn)}</Table.Td>
                  <Table.Td>{competency(row)}</Table.Td>
                  <Table.Td>{row.level}</Table.Td>
                  <Table.Td>{t(`methods.${row.method}`)}</Table.Td>
                  <Table.Td>{row.assessor ?? '—'}</Table.Td>
                  <Table.Td>{source(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
