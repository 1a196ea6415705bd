import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '../../../api/types';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { ClosesAt, LatestWave } from './latest-wave';
import { ResponseProgress } from './response-progress';
import { ModeBadge } from './survey-badges';
import { useSurveyLabels } from './survey-labels';

export function SurveyTable({
  surveys,
  busy,
  caption,
}: {
  surveys: SurveySummary[];
  busy: boolean;
  caption: string;
}) {
  const { t } = useTranslation('surveyAdmin');
  const labels = useSurveyLabels();
  return (
    <ScrollTable label={caption} minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.columns.survey')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.mode')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.latestWave')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.responses')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.closesAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {surveys.map((survey) => (
            <Table.Tr key={survey.id}>
              <Table.Td>
                <AnchorLink to="/surveys/$surveyId" params={{ surveyId: String(survey.id) }} fw={600}>
                  {survey.title}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {labels.kind(survey.kind)}
                  {survey.serviceName && ` · ${survey.serviceName}`}
                </Text>
              </Table.Td>
              <Table.Td>
                <ModeBadge mode={survey.mode} />
              </Table.Td>
              <Table.Td>
                <LatestWave survey={survey} />
              </Table.Td>
              <Table.Td>{survey.latestWave ? <ResponseProgress wave={survey.latestWave} /> : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ClosesAt survey={survey} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
