import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NationalCompetencyGaps } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';
import { CountCell } from './count-cell';
import { FigureHeader, GovernmentCell, NationalCard } from './national-card';
import { competencyMeetsBars, shareOf } from './national-data';

/**
 * Competency per government: employees by JPM label against each government's own cut-offs, as
 * bars of the share meeting the standard among those fully assessed, and the counts as a table.
 */
export function CompetencyCard({ data }: { data: NationalCompetencyGaps }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  const count = (value: number | null) => (
    <Table.Td ta="right">
      <CountCell value={value} format={format.number} />
    </Table.Td>
  );
  return (
    <NationalCard
      title={t('competency.title')}
      empty={data.governments.length === 0}
      bars={competencyMeetsBars(data.governments)}
      series={{
        label: t('competency.series'),
        format: (value) => format.percent(value / 100),
        max: 100,
        color: 'teal.8',
      }}
      tableMinWidth={760}
      columns={
        <>
          <FigureHeader>{t('competency.employees')}</FigureHeader>
          <FigureHeader>{t('competency.meets')}</FigureHeader>
          <FigureHeader>{t('competency.stillMeets')}</FigureHeader>
          <FigureHeader>{t('competency.lacking')}</FigureHeader>
          <FigureHeader>{t('competency.unknown')}</FigureHeader>
        </>
      }
      rows={data.governments.map((row) => (
        <Table.Tr key={row.government.id}>
          <GovernmentCell name={row.government.name} />
          {count(row.employees)}
          {count(row.meets)}
          {count(row.stillMeets)}
          {count(row.lacking)}
          {count(row.unknown)}
        </Table.Tr>
      ))}
      note={[
        t('competency.note'),
        data.governments.some((row) =>
          [row.employees, row.meets, row.stillMeets, row.lacking].includes(null),
        ) && t('hiddenNote', { k: data.k }),
      ]
        .filter(Boolean)
        .join(' ')}
    />
  );
}

/** Per national competency over the governments shown: how many requirements fall below standard. */
export function CompetencyBelowCard({ data }: { data: NationalCompetencyGaps }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  // The national competencies carry the same codes everywhere (PermenPANRB 38/2017): M.1 Integritas.
  const codeName = (code: string) =>
    `${code} ${t(`competency.names.${code.replace('.', '')}` as 'competency.names.M1', { defaultValue: '' })}`.trim();
  return (
    <NationalCard
      title={t('competency.belowTitle')}
      empty={data.totals.length === 0}
      bars={data.totals.flatMap((row) => {
        const share = shareOf(row.below, row.required);
        return share === null
          ? []
          : [{ key: row.code, label: codeName(row.code), value: Math.round(share * 1000) / 10 }];
      })}
      series={{
        label: t('competency.belowSeries'),
        format: (value) => format.percent(value / 100),
        max: 100,
        color: 'red.8',
      }}
      firstColumn={t('competency.code')}
      tableMinWidth={560}
      columns={
        <>
          <FigureHeader>{t('competency.required')}</FigureHeader>
          <FigureHeader>{t('competency.below')}</FigureHeader>
          <FigureHeader>{t('competency.shortfall')}</FigureHeader>
        </>
      }
      rows={data.totals.map((row) => (
        <Table.Tr key={row.code}>
          <GovernmentCell name={codeName(row.code)} />
          <Table.Td ta="right">
            <CountCell value={row.required} format={format.number} />
          </Table.Td>
          <Table.Td ta="right">
            <CountCell value={row.below} format={format.number} />
          </Table.Td>
          <Table.Td ta="right">
            <CountCell value={row.shortfall} format={format.number} />
          </Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
