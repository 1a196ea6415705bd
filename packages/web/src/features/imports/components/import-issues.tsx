import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { DownloadIcon } from '../../../components/icons';
import { Pager } from '../../../components/pager';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { importIssuesReportUrl, useImportIssues } from '../api/get-import-issues';

const PAGE_SIZE = 20;

function SeverityBadge({ severity }: { severity: ImportIssue['severity'] }) {
  const { t } = useTranslation();
  return (
    // A badge clips its label to the cell by default: "Galat" showed as "GAL…".
    <Badge
      variant="light"
      color={severity === 'error' ? 'red' : 'orange'}
      styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {t(`imports.issues.severities.${severity}`)}
    </Badge>
  );
}

/** The issues on a phone: one card per issue, the message in full instead of a wide table. */
function IssueCards({ issues, busy }: { issues: ImportIssue[]; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <CardList label={t('imports.issues.title')} busy={busy}>
      {issues.map((issue) => (
        <CardItem
          key={`${issue.rowNumber}\u0000${issue.column}\u0000${issue.severity}\u0000${issue.message}`}
        >
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text fw={600}>
                {t('imports.issues.row')} {format.number(issue.rowNumber)}
                {issue.column ? ` · ${issue.column}` : ''}
              </Text>
              <SeverityBadge severity={issue.severity} />
            </Group>
            {issue.value && (
              <Text size="sm" ff="monospace" style={{ wordBreak: 'break-word' }}>
                {issue.value}
              </Text>
            )}
            <Text size="sm">{issue.message}</Text>
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}

/** The rows the import rejected or flagged, page by page, and the full report as XLSX. */
export function ImportIssues({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const issues = useImportIssues(jobId, page, PAGE_SIZE, true);
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-issues-heading">
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} size="h4" id="import-issues-heading">
          {t('imports.issues.title')}
        </Title>
        <Button
          component="a"
          href={importIssuesReportUrl(jobId)}
          download
          variant="default"
          size="sm"
          leftSection={<DownloadIcon />}
        >
          {t('imports.issues.download')}
        </Button>
      </Group>
      {issues.isError && <ErrorAlert error={issues.error} onRetry={() => void issues.refetch()} />}
      {issues.data && (
        <>
          {isPhone ? (
            <IssueCards issues={issues.data.items} busy={issues.isFetching} />
          ) : (
            <ScrollTable label={t('imports.issues.table')} minWidth={640}>
              <Table striped verticalSpacing="xs" aria-busy={issues.isFetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('imports.issues.row')}</Table.Th>
                    <Table.Th scope="col">{t('imports.issues.severity')}</Table.Th>
                    <Table.Th scope="col">{t('imports.issues.column')}</Table.Th>
                    <Table.Th scope="col">{t('imports.issues.value')}</Table.Th>
                    <Table.Th scope="col">{t('imports.issues.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {issues.data.items.map((issue) => (
                    <Table.Tr
                      key={`${issue.rowNumber}\u0000${issue.column}\u0000${issue.severity}\u0000${issue.message}`}
                    >
                      <Table.Td>{format.number(issue.rowNumber)}</Table.Td>
                      <Table.Td>
                        <SeverityBadge severity={issue.severity} />
                      </Table.Td>
                      <Table.Td>{issue.column || '—'}</Table.Td>
                      <Table.Td style={{ wordBreak: 'break-word' }}>
                        <Text size="sm" ff="monospace">
                          {issue.value || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>{issue.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={issues.data.total}
            onChange={setPage}
            label={t('imports.issues.pagination')}
          />
        </>
      )}
    </Card>
  );
}
