import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NationalParticipation } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';
import { CountCell } from './count-cell';
import { FigureHeader, GovernmentCell, NationalCard } from './national-card';
import { participationBars, wavePeriod } from './national-data';

/** How many of those invited to each employee-survey wave answered, per government. */
export function ParticipationCard({ data }: { data: NationalParticipation }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  return (
    <NationalCard
      title={t('participation.title')}
      empty={data.items.length === 0}
      bars={participationBars(data.items)}
      series={{
        label: t('participation.series'),
        format: (value) => format.percent(value / 100),
        max: 100,
        color: 'grape.8',
      }}
      tableMinWidth={720}
      columns={
        <>
          <Table.Th scope="col">{t('participation.survey')}</Table.Th>
          <FigureHeader>{t('participation.invited')}</FigureHeader>
          <FigureHeader>{t('participation.responded')}</FigureHeader>
          <FigureHeader>{t('participation.rate')}</FigureHeader>
        </>
      }
      rows={data.items.map((item, index) => (
        <Table.Tr key={`${item.government.id}:${index}`}>
          <GovernmentCell name={item.government.name} />
          <Table.Td>
            {item.surveyTitle} · {item.wave.label}
            <Text size="xs" c="dimmed">
              {t(`participation.mode.${item.mode}`)} · {t(`participation.status.${item.wave.status}`)} ·{' '}
              {wavePeriod(item.wave, item.government.timeZone, format.language)}
            </Text>
          </Table.Td>
          <Table.Td ta="right">
            <CountCell value={item.invited} format={format.number} />
          </Table.Td>
          <Table.Td ta="right">
            <CountCell value={item.responded} format={format.number} />
          </Table.Td>
          <Table.Td ta="right">
            <CountCell value={item.rate} format={format.percent} />
          </Table.Td>
        </Table.Tr>
      ))}
      note={
        data.items.some((item) => item.invited === null || item.responded === null) &&
        t('hiddenNote', { k: data.k })
      }
    />
  );
}
