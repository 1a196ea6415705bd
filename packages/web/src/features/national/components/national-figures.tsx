import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NationalEmployees } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';
import { CountCell } from './count-cell';

/** The national totals: civil servants, PNS and PPPK across every government shown. */
export function NationalFigures({ totals }: { totals: NationalEmployees['totals'] }) {
  const { t } = useTranslation('national');
  const format = useFormat();
  const figures = [
    { key: 'total', label: t('employees.nationalTotal'), value: totals.total },
    { key: 'pns', label: t('employees.pns'), value: totals.pns },
    { key: 'pppk', label: t('employees.pppk'), value: totals.pppk },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" component="dl" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder radius="md" p="lg">
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz={32} fw={700} lh={1.2} data-testid={`national-${figure.key}`}>
            <CountCell value={figure.value} format={format.number} />
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
