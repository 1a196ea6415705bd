import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';

export function HeadlineFigures({ employees }: { employees: Dashboard['employees'] }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const figures = [
    { key: 'total', label: t('figures.total'), value: employees.total },
    { key: 'pns', label: t('figures.pns'), value: employees.pns },
    { key: 'pppk', label: t('figures.pppk'), value: employees.pppk },
  ];
  return (
    <SimpleGrid cols={3} spacing={{ base: 'xs', xs: 'md' }} component="dl" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder radius="md" p={{ base: 'sm', xs: 'lg' }}>
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {figure.label}
          </Text>
          <Text
            component="dd"
            m={0}
            fz={{ base: 24, xs: 32 }}
            fw={700}
            lh={1.2}
            data-testid={`figure-${figure.key}`}
          >
            {format.number(figure.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
