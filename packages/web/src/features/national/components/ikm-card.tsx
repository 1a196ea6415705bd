import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NationalIkm } from '../../../api/types';
import { useConventionText } from '../../../lib/ikm-convention';
import { useFormat } from '../../../lib/use-format';
import { CountCell } from './count-cell';
import { FigureHeader, GovernmentCell, NationalCard } from './national-card';
import { latestIkmBars, wavePeriod } from './national-data';

const ikmNumber = (language: string) =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** IKM per government, service unit and period (PermenPANRB 14/2017), hidden below k. */
export function IkmCard({ data }: { data: NationalIkm }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  const conventionText = useConventionText();
  const ikm = ikmNumber(format.language);
  return (
    <NationalCard
      title={t('ikm.title')}
      empty={data.items.length === 0}
      bars={latestIkmBars(data.items)}
      series={{ label: t('ikm.series'), format: format.number, max: 100, color: 'teal.8' }}
      tableMinWidth={880}
      columns={
        <>
          <Table.Th scope="col">{t('ikm.service')}</Table.Th>
          <Table.Th scope="col">{t('ikm.period')}</Table.Th>
          <FigureHeader>{t('ikm.responses')}</FigureHeader>
          <FigureHeader>{t('ikm.ikm')}</FigureHeader>
          <Table.Th scope="col">{t('ikm.mutu')}</Table.Th>
          <Table.Th scope="col">{t('ikm.convention')}</Table.Th>
        </>
      }
      rows={data.items.map((item, index) => (
        <Table.Tr key={`${item.government.id}:${index}`}>
          <GovernmentCell name={item.government.name} />
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
            {item.ikm ? `${item.ikm.category.mutu} · ${t(`ikm.kinerja.${item.ikm.category.kinerja}`)}` : ''}
          </Table.Td>
          <Table.Td>
            <Text size="xs">{conventionText(item.convention)}</Text>
          </Table.Td>
        </Table.Tr>
      ))}
      note={t('ikm.weighting', { k: data.k })}
    />
  );
}
