import { Table, Text } from '@mantine/core';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationalIkm } from '../../../api/types';
import { ChartCard } from '../../../components/chart-card';
import { useConventionText } from '../../../lib/ikm-convention';
import { useFormat } from '../../../lib/use-format';
import { CountCell } from './count-cell';
import { chartHeight, latestIkmBars, wavePeriod } from './national-data';

const NationalBarChart = lazy(() =>
  import('./national-charts').then((module) => ({ default: module.NationalBarChart })),
);

const ikmNumber = (language: string) =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** IKM per government, service unit and period (PermenPANRB 14/2017), hidden below k. */
export function IkmCard({ data }: { data: NationalIkm }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  const conventionText = useConventionText();
  const ikm = ikmNumber(format.language);
  const bars = latestIkmBars(data.items);
  const title = t('ikm.title');
  return (
    <ChartCard
      title={title}
      empty={data.items.length === 0}
      chartHeight={chartHeight(bars.length)}
      tableMinWidth={880}
      chart={
        <NationalBarChart
          data={bars}
          seriesLabel={t('ikm.series')}
          valueFormatter={format.number}
          max={100}
          color="teal.8"
        />
      }
      table={
        <Table striped verticalSpacing={4}>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('government')}</Table.Th>
              <Table.Th scope="col">{t('ikm.service')}</Table.Th>
              <Table.Th scope="col">{t('ikm.period')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('ikm.responses')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('ikm.ikm')}
              </Table.Th>
              <Table.Th scope="col">{t('ikm.mutu')}</Table.Th>
              <Table.Th scope="col">{t('ikm.convention')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item, index) => (
              <Table.Tr key={`${item.government.id}:${index}`}>
                <Table.Th scope="row" fw={400}>
                  {item.government.name}
                </Table.Th>
                <Table.Td>{item.serviceUnit ?? item.serviceName ?? item.surveyTitle}</Table.Td>
                <Table.Td>
                  {item.wave.label}
                  <Text size="xs" c="dimmed">
                    {wavePeriod(item.wave, item.government.timeZone, format.language)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={item.responses} format={format.number} />
                </Table.Td>
                <Table.Td ta="right">
                  <CountCell value={item.ikm?.ikm ?? null} format={(value) => ikm.format(value)} />
                </Table.Td>
                <Table.Td>
                  {item.ikm
                    ? `${item.ikm.category.mutu} · ${t(`ikm.kinerja.${item.ikm.category.kinerja}`)}`
                    : ''}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{conventionText(item.convention)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <Text size="sm" c="dimmed">
        {t('ikm.weighting', { k: data.k })}
      </Text>
    </ChartCard>
  );
}
