import { Badge, Box, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IkmResult } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { ScrollTable } from '../../../components/scroll-table';
import { ColumnBars, IkmGauge } from './lazy-charts';
import { type ElementRow, elementRows } from './result-data';
import { useResultFormat } from './use-result-format';

const MUTU_COLORS = { A: 'teal.9', B: 'indigo.7', C: 'orange.9', D: 'red.8' } as const;

/** PermenPANRB 14/2017: the IKM with its category, and the NRR of each service element behind it. */
export function IkmPanel({ ikm }: { ikm: IkmResult }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const headingId = useId();
  const rows = elementRows(ikm, (element) => t(`ikm.element.${element}`));
  const kinerja = t(`ikm.kinerjaLabel.${ikm.category.kinerja}`);

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Card withBorder radius="md" padding="lg">
        <Title order={2} size="h3" id={headingId} mb={4}>
          {t('ikm.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('ikm.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Group component="dl" m={0} gap="lg" align="flex-end" wrap="wrap">
            <Figure label={t('ikm.value')}>
              <Text span fz={48} fw={800} lh={1.1} data-testid="ikm-value">
                {format.ikm(ikm.ikm)}
              </Text>
            </Figure>
            <Figure label={t('ikm.mutu')}>
              <Badge size="xl" color={MUTU_COLORS[ikm.category.mutu]} variant="filled" data-testid="ikm-mutu">
                {ikm.category.mutu}
              </Badge>
            </Figure>
            <Figure label={t('ikm.kinerja')}>
              <Text span fz="xl" fw={700} data-testid="ikm-kinerja">
                {kinerja}
              </Text>
            </Figure>
            <Figure label={t('ikm.weightedNrr')}>
              <Text span fw={600}>
                {format.nrr(ikm.weightedNrr)}
              </Text>
            </Figure>
          </Group>
          <div aria-hidden="true" data-chart-card-chart="">
            <Suspense fallback={<Skeleton h={200} w={200} mx="auto" circle />}>
              <IkmGauge ikm={ikm.ikm} mutu={ikm.category.mutu} label={format.ikm(ikm.ikm)} />
            </Suspense>
          </div>
        </SimpleGrid>
      </Card>
      <Card withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
        <Title order={3} size="h4" mb="sm">
          {t('ikm.elementsTitle')}
        </Title>
        <ScrollTable label={t('ikm.elementsTitle')} minWidth={320}>
          <ElementTable ikm={ikm} rows={rows} />
        </ScrollTable>
      </Card>
      <ChartCard
        title={t('ikm.chartTitle')}
        order={3}
        chart={
          <ColumnBars
            data={rows.map((row) => ({ label: row.element, nrr: row.nrr }))}
            series={[{ name: 'nrr', label: t('ikm.columns.nrr'), color: 'indigo.7' }]}
            valueFormatter={format.nrr}
            axisFormatter={(value) => format.decimal(value, 1)}
            domain={[0, 4]}
          />
        }
        table={<NrrTable caption={t('ikm.chartTitle')} rows={rows} />}
      />
    </Stack>
  );
}

/** One term of the IKM's description list: its name above, its value below. */
function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </div>
  );
}

function ElementTable({ ikm, rows }: { ikm: IkmResult; rows: ElementRow[] }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  return (
    <Table striped verticalSpacing={6} horizontalSpacing="xs" fz="sm" data-testid="ikm-elements">
      <Table.Caption className="visually-hidden">{t('ikm.elementsTitle')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('ikm.columns.element')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('ikm.columns.n')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('ikm.columns.nrr')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('ikm.columns.weightedNrr')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.element}>
            <Table.Th scope="row" fw={400}>
              <Text span fw={700} size="sm">
                {row.element}
              </Text>{' '}
              {row.name}
            </Table.Th>
            <Table.Td ta="right">{format.number(row.n)}</Table.Td>
            <Table.Td ta="right">{format.nrr(row.nrr)}</Table.Td>
            <Table.Td ta="right">{format.nrr(row.weightedNrr)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row" colSpan={3}>
            {t('ikm.totalWeighted')}
          </Table.Th>
          <Table.Td ta="right" fw={700}>
            {format.nrr(ikm.weightedNrr)}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row" colSpan={3}>
            {t('ikm.totalIkm')}
          </Table.Th>
          <Table.Td ta="right" fw={700}>
            {format.ikm(ikm.ikm)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

function NrrTable({ caption, rows }: { caption: string; rows: ElementRow[] }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  return (
    <Table striped verticalSpacing={4} fz="sm">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('ikm.columns.element')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('ikm.columns.nrr')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.element}>
            <Table.Td>
              {row.element} {row.name}
            </Table.Td>
            <Table.Td ta="right">{format.nrr(row.nrr)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
