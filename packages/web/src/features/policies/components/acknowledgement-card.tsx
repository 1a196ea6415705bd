import { Alert, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicyAcknowledgementSummary, PolicyVersionText } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { useFormat } from '../../../lib/use-format';
import { useAcknowledge, useAcknowledgementSummary } from '../api/acknowledgements';

/** The reader's own statement of having read an adopted version: a button, then when it was made. */
export function AcknowledgeBox({ text }: { text: PolicyVersionText }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const acknowledge = useAcknowledge(text.policyId, text.version.id);
  const at = text.acknowledgement?.at ?? null;
  if (!text.acknowledgement) return null;
  if (at) {
    return (
      <Alert variant="light" color="teal" role="status">
        {t('acknowledgement.done', { at: format.timestamp(at) })}
      </Alert>
    );
  }
  return (
    <Alert variant="light" color="blue">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('acknowledgement.ask')}</Text>
        <Button size="sm" loading={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
          {t('acknowledgement.button')}
        </Button>
        {acknowledge.isError && <ErrorAlert error={acknowledge.error} />}
      </Stack>
    </Alert>
  );
}

/** How far the version reached: per OPD, its active employees who acknowledged it (reviewers). */
export function AcknowledgementCard({ policyId, versionId }: { policyId: number; versionId: number }) {
  const { t } = useTranslation('policies');
  const summary = useAcknowledgementSummary(policyId, versionId, true);
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="version-acknowledgements">
      <Stack gap="sm">
        <Title order={2} size="h4" id="version-acknowledgements">
          {t('acknowledgement.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('acknowledgement.help')}
        </Text>
        <QueryContent query={summary} height={120}>
          {(data) => <AcknowledgementTable summary={data} />}
        </QueryContent>
      </Stack>
    </Card>
  );
}

function AcknowledgementTable({ summary }: { summary: PolicyAcknowledgementSummary }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const share = (n: { acknowledged: number; employees: number }) =>
    n.employees === 0 ? '–' : format.percent(n.acknowledged / n.employees);
  if (summary.units.length === 0 && summary.total.employees === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('acknowledgement.noEmployees')}
      </Text>
    );
  }
  return (
    <Table fz="sm" verticalSpacing={4} aria-label={t('acknowledgement.title')} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="50%">{t('acknowledgement.opd')}</Table.Th>
          <Table.Th ta="right">{t('acknowledgement.count')}</Table.Th>
          <Table.Th ta="right">%</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {summary.units.map((unit) => (
          <Table.Tr key={unit.unitId}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{unit.name}</Table.Td>
            <Table.Td ta="right">
              {format.number(unit.acknowledged)} / {format.number(unit.employees)}
            </Table.Td>
            <Table.Td ta="right">{share(unit)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('acknowledgement.total')}</Table.Th>
          <Table.Td ta="right" fw={700}>
            {format.number(summary.total.acknowledged)} / {format.number(summary.total.employees)}
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            {share(summary.total)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
