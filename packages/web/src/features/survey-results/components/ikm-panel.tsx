import { Badge, Box, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IkmResult } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { ScrollTable } from '../../../components/scroll-table';
import { useConventionText } from '../../../lib/ikm-convention';
import { FigureTable } from './figure-table';
import { ColumnBars, IkmGauge } from './lazy-charts';
import { type ElementRow, elementRows } from './result-data';
import { useResultFormat } from './use-result-format';

const MUTU_COLORS = { A: 'teal.9', B: 'indigo.7', C: 'orange.9', D: 'red.8' } as const;

/** PermenPANRB 14/2017: the IKM with its category, and the NRR of each service element behind it. */
export function IkmPanel({ ikm }: { ikm: IkmResult }) {
  const { t } = useTranslation('surveyResults');
  const { t: tc } = useTranslation();
  const format = useResultFormat();
  const conventionText = useConventionText();
  const headingId = useId();
  const rows = elementRows(ikm, (element) => tc(`surveys.skmElement.${element}`));
  const kinerja = t(`ikm.kinerjaLabel.${ikm.category.kinerja}`);

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Card withBorder radius="md" padding="lg">
        <Title order={2} size="h3" id={headingId} mb={4}>
          {t('ikm.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ikm.intro')}
        </Text>
        <Text size="sm" fw={600} mb="md" data-testid="ikm-convention">
          {t('ikm.convention', { convention: conventionText(ikm.convention) })}
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
    <FigureTable
      caption={t('ikm.elementsTitle')}
      hiddenCaption
      verticalSpacing={6}
      horizontalSpacing="xs"
      testId="ikm-elements"
      rows={rows}
      rowKey={(row) => row.element}
      columns={[
        {
          key: 'element',
          header: t('ikm.columns.element'),
          rowHeader: true,
          cell: (row) => (
            <>
              <Text span fw={700} size="sm">
                {row.element}
              </Text>{' '}
              {row.name}
            </>
          ),
        },
        { key: 'n', header: t('ikm.columns.n'), numeric: true, cell: (row) => format.number(row.n) },
        { key: 'nrr', header: t('ikm.columns.nrr'), numeric: true, cell: (row) => format.nrr(row.nrr) },
        {
          key: 'weightedNrr',
          header: t('ikm.columns.weightedNrr'),
          numeric: true,
          cell: (row) => format.nrr(row.weightedNrr),
        },
      ]}
      footer={
        <>
          <TotalRow label={t('ikm.totalWeighted')} value={format.nrr(ikm.weightedNrr)} />
          <TotalRow label={t('ikm.totalIkm')} value={format.ikm(ikm.ikm)} />
        </>
      }
    />
  );
}

/** A total under the elements, its figure in the last column. */
function TotalRow({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" colSpan={3}>
        {label}
      </Table.Th>
      <Table.Td ta="right" fw={700}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
}

function NrrTable({ caption, rows }: { caption: string; rows: ElementRow[] }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  return (
    <FigureTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.element}
      columns={[
        {
          key: 'element',
          header: t('ikm.columns.element'),
          cell: (row) => (
            <>
              {row.element} {row.name}
            </>
          ),
        },
        { key: 'nrr', header: t('ikm.columns.nrr'), numeric: true, cell: (row) => format.nrr(row.nrr) },
      ]}
    />
  );
}
