import { localized } from '@jenjang/domain/surveys/instrument.rules';
import { Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Breakdown, BreakdownBy, WaveResults } from '../../../api/types';
import { ScrollTable } from '../../../components/scroll-table';
import { type BreakdownRow, breakdownChoices, breakdownRows } from './breakdown-data';
import { MEAN_DECIMALS } from './result-format';
import { ResultPanel } from './result-panel';
import { NO_FIGURE, type ResultFormat, useResultFormat } from './use-result-format';

interface BreakdownPanelProps {
  results: WaveResults;
  value: BreakdownBy | undefined;
  onChange: (by: BreakdownBy | undefined) => void;
  /** The figures of the chosen breakdown are still loading. */
  busy: boolean;
}

const NONE = 'none';

/** Groups side by side (OPD, sex, age band, …), each at least k respondents; the rest counted only. */
export function BreakdownPanel({ results, value, onChange, busy }: BreakdownPanelProps) {
  const { t } = useTranslation('surveyResults');
  const choices = breakdownChoices(results.definition, results.survey.mode);
  const heldBack = results.report.breakdownsHeldBack;
  // A reader of one unit's slice gets no breakdown at all (it could be set against the whole).
  if (choices.length === 0 || heldBack === 'slice') return null;
  if (heldBack === 'untilClose') {
    return (
      <ResultPanel
        title={t('breakdown.title')}
        intro={t('breakdown.intro', { k: results.report.minGroupSize })}
      >
        <Text size="sm" data-testid="breakdown-until-close">
          {t('breakdown.untilClose')}
        </Text>
      </ResultPanel>
    );
  }
  const breakdown = results.report.breakdown;
  const current = value && breakdown?.by === value ? breakdown : null;

  return (
    <ResultPanel
      title={t('breakdown.title')}
      intro={t('breakdown.intro', { k: results.report.minGroupSize })}
    >
      <Group align="flex-end" gap="sm" mb="md" data-print-hidden="">
        <Select
          label={t('breakdown.label')}
          data={[
            { value: NONE, label: t('breakdown.by.none') },
            ...choices.map((by) => ({ value: by, label: t(`breakdown.by.${by}`) })),
          ]}
          value={value ?? NONE}
          onChange={(next) => onChange(choices.find((by) => by === next))}
          allowDeselect={false}
          w={{ base: '100%', xs: 280 }}
          comboboxProps={{ width: 'target' }}
        />
        {busy && <Loader size="sm" role="status" aria-label={t('breakdown.loading')} />}
      </Group>
      {current && <BreakdownTable results={results} breakdown={current} busy={busy} />}
    </ResultPanel>
  );
}

function BreakdownTable({
  results,
  breakdown,
  busy,
}: {
  results: WaveResults;
  breakdown: Breakdown;
  busy: boolean;
}) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const k = results.report.minGroupSize;
  const rows = breakdownRows(results.definition, breakdown, format.language, t('breakdown.ikm'));
  const byLabel = t(`breakdown.by.${breakdown.by}`);
  const caption = t('breakdown.caption', { by: byLabel });

  return (
    <Stack gap="sm" aria-busy={busy}>
      {(breakdown.hiddenGroups > 0 || breakdown.otherCount !== null) && (
        <Stack gap={2} data-testid="breakdown-hidden">
          {breakdown.hiddenGroups > 0 && (
            <Text size="sm">{t('breakdown.hidden', { count: breakdown.hiddenGroups, k })}</Text>
          )}
          {breakdown.otherCount !== null && (
            <Text size="sm">
              {t('breakdown.other', {
                count: breakdown.otherCount,
                formatted: format.number(breakdown.otherCount),
              })}
            </Text>
          )}
        </Stack>
      )}
      {breakdown.groups.length === 0 || rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('breakdown.noGroups')}
        </Text>
      ) : (
        <ScrollTable label={caption} minWidth={260 + breakdown.groups.length * 120}>
          <Table striped verticalSpacing={6} fz="sm" data-testid="breakdown-table">
            <Table.Caption className="visually-hidden">{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('breakdown.question')}</Table.Th>
                {breakdown.groups.map((group) => (
                  <Table.Th scope="col" ta="right" key={group.key}>
                    {localized(group.label, format.language)}
                    <Text size="xs" c="dimmed" fw={400}>
                      {t('breakdown.groupN', { n: format.number(group.n) })}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={row.measure === 'ikm' ? 700 : 400}>
                    {row.element && (
                      <Text span fw={700} size="sm">
                        {row.element}{' '}
                      </Text>
                    )}
                    {row.label}
                    {row.detail && (
                      <Text size="xs" c="dimmed">
                        {row.detail}
                        {row.measure === 'gap' && ` · ${t('question.abilityNeed.gap')}`}
                      </Text>
                    )}
                  </Table.Th>
                  {row.values.map((value, index) => (
                    <Table.Td ta="right" key={breakdown.groups[index]?.key ?? index}>
                      {cell(row, value, format)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

function cell(row: BreakdownRow, value: number | null, format: ResultFormat): string {
  if (value === null) return NO_FIGURE;
  if (row.measure === 'ikm') return format.ikm(value);
  if (row.measure === 'gap') return format.change(value, MEAN_DECIMALS);
  return format.mean(value);
}
