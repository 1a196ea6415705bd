import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';

export function HeadlineFigures({ employees }: { employees: Dashboard['employees'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    { key: 'total', label: t('dashboard.figures.total'), value: employees.total },
    { key: 'pns', label: t('dashboard.figures.pns'), value: employees.pns },
    { key: 'pppk', label: t('dashboard.figures.pppk'), value: employees.pppk },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" component="dl" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder radius="md" p="lg">
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz={32} fw={700} lh={1.2} data-testid={`figure-${figure.key}`}>
            {format.number(figure.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
