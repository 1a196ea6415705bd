import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NationalEmployees } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';
import { CountCell } from './count-cell';
import { FigureHeader, GovernmentCell, NationalCard } from './national-card';
import { employeeBars } from './national-data';

/** Civil servants per government, PNS and PPPK, with the national totals. */
export function EmployeesCard({ data }: { data: NationalEmployees }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  const hasHidden = [...data.governments, { ...data.totals }].some(
    (row) => row.pns === null || row.pppk === null || row.total === null,
  );
  return (
    <NationalCard
      title={t('employees.title')}
      empty={data.governments.length === 0}
      bars={employeeBars(data.governments)}
      series={{ label: t('employees.series'), format: format.number }}
      tableMinWidth={480}
      columns={
        <>
          <FigureHeader>{t('employees.pns')}</FigureHeader>
          <FigureHeader>{t('employees.pppk')}</FigureHeader>
          <FigureHeader>{t('employees.total')}</FigureHeader>
        </>
      }
      rows={data.governments.map((row) => (
        <Table.Tr key={row.government.id}>
          <GovernmentCell name={row.government.name} />
          <Table.Td ta="right">
            <CountCell value={row.pns} format={format.number} />
          </Table.Td>
          <Table.Td ta="right">
            <CountCell value={row.pppk} format={format.number} />
          </Table.Td>
          <Table.Td ta="right">
            <CountCell value={row.total} format={format.number} />
          </Table.Td>
        </Table.Tr>
      ))}
      totals={
        <>
          <Table.Th scope="row">{t('employees.national')}</Table.Th>
          <Table.Td ta="right" fw={700}>
            <CountCell value={data.totals.pns} format={format.number} />
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            <CountCell value={data.totals.pppk} format={format.number} />
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            <CountCell value={data.totals.total} format={format.number} />
          </Table.Td>
        </>
      }
      note={hasHidden && t('hiddenNote', { k: data.k })}
    />
  );
}
