import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/use-format';
import { resultsExportUrl } from '../api/get-results-export';

/** Downloads of the same figures (hidden groups stay hidden there too) and the printed report. */
export function ExportActions({ waveId }: { waveId: number }) {
  const { t } = useTranslation('surveyResults');
  const { language } = useFormat();
  const file = (format: 'xlsx' | 'csv') => resultsExportUrl(waveId, format, language);
  return (
    <Group gap="sm" role="group" aria-label={t('export.label')} data-print-hidden="">
      <Button component="a" href={file('xlsx')} download variant="default">
        {t('export.xlsx')}
      </Button>
      <Button component="a" href={file('csv')} download variant="default">
        {t('export.csv')}
      </Button>
      <Button variant="default" onClick={() => window.print()}>
        {t('export.print')}
      </Button>
    </Group>
  );
}
