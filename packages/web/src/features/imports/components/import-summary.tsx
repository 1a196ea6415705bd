import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../api/types';
import { useFormat } from '../../../lib/use-format';

/** The counts of a finished import. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    { key: 'rows', value: result.rows, color: undefined },
    { key: 'inserted', value: result.inserted, color: 'teal.9' },
    { key: 'updated', value: result.updated, color: 'indigo.9' },
    { key: 'unchanged', value: result.unchanged, color: undefined },
    { key: 'invalid', value: result.invalid, color: result.invalid > 0 ? 'red.9' : undefined },
    { key: 'warnings', value: result.warnings, color: result.warnings > 0 ? 'orange.9' : undefined },
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="dl" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder radius="md" p="md">
          <Text component="dt" size="sm" c="dimmed">
            {t(`imports.result.${figure.key}`)}
          </Text>
          <Text component="dd" m={0} fz={24} fw={700} c={figure.color} data-testid={`import-${figure.key}`}>
            {format.number(figure.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
