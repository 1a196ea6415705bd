import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaveResults } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { FigureTable } from './figure-table';
import { useNeedColumns } from './need-columns';
import { type NeedPriorityRow, needPriorityRows } from './result-data';
import { ResultPanel } from './result-panel';
import { useResultFormat } from './use-result-format';

/**
 * PP 11/2017 art. 205–206: the development needs inventoried per competency, largest gap first —
 * the list the agency's competency development plan starts from.
 */
export function NeedsPriority({ results }: { results: WaveResults }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const needColumns = useNeedColumns<NeedPriorityRow>();
  const rows = needPriorityRows(results.report.needs ?? [], results.definition, format.language);
  if (rows.length === 0) return null;
  return (
    <ResultPanel title={t('needs.title')} intro={t('needs.intro')}>
      <ScrollTable label={t('needs.title')} minWidth={600}>
        <FigureTable
          caption={t('needs.title')}
          hiddenCaption
          verticalSpacing={6}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { key: 'rank', header: t('needs.columns.rank'), cell: (row) => format.number(row.rank) },
            {
              key: 'competency',
              header: t('needs.columns.competency'),
              cell: (row) => (
                <>
                  <Text size="sm" fw={600}>
                    {row.competency ?? t('needs.noCompetency')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.statements.join('; ')}
                  </Text>
                </>
              ),
            },
            {
              key: 'ratings',
              header: t('needs.columns.ratings'),
              numeric: true,
              cell: (row) => format.number(row.ratings),
            },
            ...needColumns,
          ]}
        />
      </ScrollTable>
    </ResultPanel>
  );
}
