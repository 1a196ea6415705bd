import { Badge, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorList, IndicatorView, PolicyDetail, TriggerView } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useIndicators, useRemoveIndicator } from '../api/indicators';
import { useRemoveTrigger, useTriggers } from '../api/triggers';
import { chartGeometry } from './indicator-chart';
import { IndicatorFormModal } from './indicator-form';
import { formatValue } from './indicator-format';
import { ManualMeasurements } from './manual-measurements';
import { RevisionImpacts } from './revision-impact';
import { TriggerFormModal } from './trigger-form';
import { ruleMessage } from './trigger-rule';

/** What the policy is judged by: each indicator's values over the waves, its target, and the revisions. */
export function IndicatorsCard({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation('policies');
  const me = useMe();
  const indicators = useIndicators(policy.id);
  const [adding, setAdding] = useState(false);
  const [triggerFor, setTriggerFor] = useState<IndicatorView | null>(null);
  const manages = hasPermission(me, 'policy.manage') && policy.state !== 'retired';
  const triggers = useTriggers(policy.id, hasPermission(me, 'policy.read'));
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="policy-indicators">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="policy-indicators">
            {t('indicator.title')}
          </Title>
          {manages && (
            <Button size="xs" variant="light" onClick={() => setAdding(true)}>
              {t('indicator.add')}
            </Button>
          )}
        </Group>
        <QueryContent query={indicators} height={120}>
          {(data) =>
            data.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('indicator.none')}
              </Text>
            ) : (
              <Stack gap="lg">
                {data.items.map((item) => (
                  <Indicator
                    key={item.id}
                    indicator={item}
                    versions={data.versions}
                    policyId={policy.id}
                    manages={manages}
                    triggers={triggers.data?.triggers.filter((trigger) => trigger.indicatorId === item.id)}
                    citations={data.citations.filter((c) => c.indicatorId === item.id)}
                    onAddTrigger={manages ? () => setTriggerFor(item) : undefined}
                  />
                ))}
                <RevisionImpacts data={data} />
              </Stack>
            )
          }
        </QueryContent>
      </Stack>
      <IndicatorFormModal policy={policy} opened={adding} onClose={() => setAdding(false)} />
      <TriggerFormModal policyId={policy.id} indicator={triggerFor} onClose={() => setTriggerFor(null)} />
    </Card>
  );
}

/** One indicator: its source, whether it meets its target, its values as a chart and a table. */
export function Indicator({
  indicator,
  versions,
  policyId,
  manages,
  measurements = true,
  triggers,
  citations = [],
  onAddTrigger,
}: {
  indicator: IndicatorView;
  versions: IndicatorList['versions'];
  policyId: number;
  manages: boolean;
  /** A manual indicator's measurements as they stand now: not in a report compiled earlier. */
  measurements?: boolean;
  /** Its triggers, for those who review the policy (none on an evaluation's frozen report). */
  triggers?: TriggerView[];
  /** The changes of provisions citing its measurements (none on an evaluation's frozen report). */
  citations?: IndicatorList['citations'];
  onAddTrigger?: () => void;
}) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const remove = useRemoveIndicator(policyId);
  const value = (v: number | null) =>
    v === null ? '—' : formatValue(indicator, v, format.number, format.percent);
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>{indicator.name}</Text>
          <Text size="xs" c="dimmed">
            {indicator.sourceLabel}
          </Text>
        </div>
        {indicator.met !== null && (
          <Badge
            color={indicator.met ? 'teal' : 'orange'}
            variant="light"
            tt="none"
            style={{ flexShrink: 0 }}
          >
            {indicator.met ? t('indicator.met') : t('indicator.notMet')}
          </Badge>
        )}
      </Group>
      <Text size="sm">
        {t('indicator.summary', {
          latest: value(indicator.latest),
          target: value(indicator.target),
          baseline: value(indicator.baseline),
          direction: t(`indicator.direction.${indicator.direction}`),
        })}
      </Text>
      {indicator.points.some((p) => p.value !== null) && (
        <Sparkline indicator={indicator} versions={versions} />
      )}
      <Table
        fz="sm"
        verticalSpacing={2}
        withRowBorders={false}
        aria-label={t(
          indicator.params.source.startsWith('survey.') ? 'indicator.values' : 'indicator.valuesOverTime',
          {
            name: indicator.name,
          },
        )}
      >
        <Table.Tbody>
          {indicator.points.map((point) => (
            <Table.Tr key={`${point.at}-${point.label}`}>
              <Table.Td>{point.label}</Table.Td>
              <Table.Td ta="right">
                {value(point.value)}
                {point.provisional ? ` (${t('indicator.provisional')})` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {measurements && indicator.params.source === 'manual' && (
        <ManualMeasurements policyId={policyId} indicator={indicator} manages={manages} />
      )}
      {citations.length > 0 && (
        <Citations policyId={policyId} indicator={indicator} citations={citations} value={value} />
      )}
      {triggers && triggers.length > 0 && (
        <Triggers policyId={policyId} indicator={indicator} triggers={triggers} manages={manages} />
      )}
      {manages && (
        <Group gap="xs">
          {onAddTrigger && (
            <Button size="compact-xs" variant="subtle" onClick={onAddTrigger}>
              {t('trigger.add', { name: indicator.name })}
            </Button>
          )}
          {/* A cited measurement keeps its indicator: the server refuses the removal. */}
          {citations.length === 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(indicator.id)}
            >
              {t('indicator.remove', { name: indicator.name })}
            </Button>
          )}
        </Group>
      )}
      {remove.isError && <ErrorAlert error={remove.error} />}
    </Stack>
  );
}

/** The reverse view of evidence: which provisions' changes cite a value of this indicator, and which. */
function Citations({
  policyId,
  indicator,
  citations,
  value,
}: {
  policyId: number;
  indicator: IndicatorView;
  citations: IndicatorList['citations'];
  value: (v: number) => string;
}) {
  const { t } = useTranslation('policies');
  return (
    <div>
      <Text size="sm" fw={500} id={`indicator-${indicator.id}-citations`}>
        {t('indicator.citations')}
      </Text>
      <List size="sm" spacing={2} aria-labelledby={`indicator-${indicator.id}-citations`}>
        {citations.map((c) => (
          <List.Item key={`${c.versionId}-${c.provisionLabel}-${c.measuredAt}`}>
            <AnchorLink
              to="/policies/$policyId/versions/$versionId"
              params={{ policyId: String(policyId), versionId: String(c.versionId) }}
              size="sm"
            >
              {t('indicator.citation', {
                number: c.versionNumber,
                label: c.provisionLabel,
                value: value(c.value),
                point: c.measuredLabel,
              })}
            </AnchorLink>
            {c.removed ? ` ${t('indicator.citationRemoved')}` : ''}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** The indicator's triggers in words, each removable by those who manage the policy. */
function Triggers({
  policyId,
  indicator,
  triggers,
  manages,
}: {
  policyId: number;
  indicator: IndicatorView;
  triggers: TriggerView[];
  manages: boolean;
}) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const remove = useRemoveTrigger(policyId);
  return (
    <Stack
      gap={2}
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('trigger.list', { name: indicator.name })}
    >
      {triggers.map((trigger) => {
        const rule = ruleMessage(trigger.rule, format.number);
        return (
          <Group component="li" key={trigger.id} gap="xs" wrap="wrap">
            <Badge variant="outline" color="grape" tt="none">
              {t('trigger.badge')}
            </Badge>
            <Text size="sm">{t(rule.key, rule.values)}</Text>
            {manages && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                loading={remove.isPending && remove.variables === trigger.id}
                onClick={() => remove.mutate(trigger.id)}
                aria-label={t('trigger.remove', { rule: t(rule.key, rule.values) })}
              >
                {t('trigger.removeShort')}
              </Button>
            )}
          </Group>
        );
      })}
      {remove.isError && <ErrorAlert error={remove.error} />}
    </Stack>
  );
}

/** The values as a line, the target dashed, each revision's day marked: the impact view at a glance. */
function Sparkline({
  indicator,
  versions,
}: {
  indicator: IndicatorView;
  versions: IndicatorList['versions'];
}) {
  const { t } = useTranslation('policies');
  const g = chartGeometry(indicator, versions, { width: 320, height: 90 });
  return (
    <svg
      viewBox={`0 0 ${g.width} ${g.height + 14}`}
      width="100%"
      style={{ maxWidth: 420 }}
      role="img"
      aria-label={t('indicator.chart', { name: indicator.name })}
    >
      <line
        x1={0}
        x2={g.width}
        y1={g.target}
        y2={g.target}
        stroke="var(--mantine-color-teal-7)"
        strokeDasharray="4 3"
      />
      {g.baseline !== null && (
        <line
          x1={0}
          x2={g.width}
          y1={g.baseline}
          y2={g.baseline}
          stroke="var(--mantine-color-gray-5)"
          strokeDasharray="1 3"
        />
      )}
      {g.versions.map((v) => (
        <g key={v.label}>
          <line x1={v.x} x2={v.x} y1={0} y2={g.height} stroke="var(--mantine-color-grape-6)" />
          <text x={v.x + 3} y={g.height + 11} fontSize={10} fill="var(--mantine-color-grape-9)">
            {v.label}
          </text>
        </g>
      ))}
      {g.segments.map((segment) => (
        <polyline
          key={`${segment[0]!.x}-${segment[0]!.y}`}
          points={segment.map((p) => `${p.x},${p.y}`).join(' ')}
          fill="none"
          stroke="var(--mantine-color-blue-7)"
          strokeWidth={2}
        />
      ))}
      {g.dots.map((d) => (
        <circle
          key={`${d.x}-${d.label}`}
          cx={d.x}
          cy={d.y}
          r={3.5}
          fill={d.provisional ? 'white' : 'var(--mantine-color-blue-7)'}
          stroke="var(--mantine-color-blue-7)"
        />
      ))}
    </svg>
  );
}
