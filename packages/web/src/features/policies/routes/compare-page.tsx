import { Badge, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, VisuallyHidden } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonItem, PolicyDetail } from '../../../api/types';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { usePolicy } from '../api/policies';
import { useComparison } from '../api/policy-texts';
import { ChangeNote } from '../components/change-note';
import { countKinds } from '../components/comparison-summary';
import { ChangeBadge } from '../components/policy-badges';

/** Two versions side by side, provision by provision, a modified wording word by word. */
export function ComparePage() {
  const { policyId } = useParams({ from: '/_authed/policies/$policyId/compare' });
  const search = useSearch({ from: '/_authed/policies/$policyId/compare' });
  const policy = usePolicy(Number(policyId));
  return (
    <QueryContent query={policy} height={120}>
      {(data) => <Comparison policy={data} from={search.from} to={search.to} />}
    </QueryContent>
  );
}

function Comparison({ policy, from, to }: { policy: PolicyDetail; from?: number; to?: number }) {
  const { t } = useTranslation('policies');
  const navigate = useNavigate();
  const comparison = useComparison(policy.id, from, to);
  const [changedOnly, setChangedOnly] = useState(true);
  const choices = policy.versions.map((v) => ({
    value: String(v.id),
    label: t('version.number', { number: v.number }),
  }));
  const choose = (which: 'from' | 'to', value: string | null) =>
    void navigate({
      to: '/policies/$policyId/compare',
      params: { policyId: String(policy.id) },
      search: {
        from: which === 'from' ? Number(value) : comparison.data?.from.id,
        to: which === 'to' ? Number(value) : comparison.data?.to.id,
      },
    });
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <AnchorLink to="/policies/$policyId" params={{ policyId: String(policy.id) }} size="sm">
          ← {policy.title}
        </AnchorLink>
        <PageTitle title={t('compare.title')} documentTitle={`${policy.title} · ${t('compare.title')}`} />
      </Stack>
      <Group align="flex-end">
        <Select
          label={t('compare.from')}
          data={choices}
          value={comparison.data ? String(comparison.data.from.id) : null}
          onChange={(value) => choose('from', value)}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('compare.to')}
          data={choices}
          value={comparison.data ? String(comparison.data.to.id) : null}
          onChange={(value) => choose('to', value)}
          allowDeselect={false}
          w={160}
        />
        <Switch
          label={t('compare.changedOnly')}
          checked={changedOnly}
          onChange={(event) => setChangedOnly(event.currentTarget.checked)}
        />
      </Group>
      <QueryContent query={comparison} height={300}>
        {(data) => {
          const items = data.items.filter(
            (item) => !changedOnly || item.kind !== 'unchanged' || item.renumbered,
          );
          return (
            <Stack gap="md">
              <Group gap="xs" aria-label={t('compare.summary')}>
                {countKinds(data.items).map(([kind, count]) => (
                  <Group key={kind} gap={4}>
                    <ChangeBadge kind={kind} />
                    <Text size="sm">{count}</Text>
                  </Group>
                ))}
              </Group>
              {items.length === 0 && <Text c="dimmed">{t('compare.nothing')}</Text>}
              {items.map((item) => (
                <ComparisonRow key={`${item.provisionId}-${item.kind}`} item={item} />
              ))}
            </Stack>
          );
        }}
      </QueryContent>
    </Stack>
  );
}

// Colour is not the only signal: added words are underlined, removed ones struck through (WCAG 1.4.1).
const ADDED = { background: 'var(--mantine-color-teal-1)', textDecoration: 'underline' } as const;
const REMOVED = { background: 'var(--mantine-color-red-1)', textDecoration: 'line-through' } as const;

function ComparisonRow({ item }: { item: ComparisonItem }) {
  const { t } = useTranslation('policies');
  const depth = (item.after ?? item.before)?.depth ?? 0;
  return (
    <Paper withBorder radius="md" p="sm" ml={{ base: 0, sm: depth * 24 }}>
      <Stack gap="xs">
        <Group gap="xs">
          <ChangeBadge kind={item.kind} />
          {item.moved && item.kind !== 'moved' && (
            <Badge size="sm" variant="outline" tt="none">
              {t('change.moved')}
            </Badge>
          )}
          {item.renumbered && (
            <Text size="sm" c="dimmed">
              {t('compare.renumbered', { from: item.before?.label, to: item.after?.label })}
            </Text>
          )}
          {item.related.length > 0 && (
            <Text size="sm" c="dimmed">
              {t(`compare.related.${item.after ? 'from' : 'into'}`, {
                labels: item.related.map((r) => r.label).join(', '),
              })}
            </Text>
          )}
        </Group>
        {item.segments ? (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {item.after && fullLabel(item.after)}
              {item.after?.heading ? ` — ${item.after.heading}` : ''}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.segments.map((segment, index) =>
                segment.op === 'same' ? (
                  <span key={index}>{segment.text}</span>
                ) : segment.op === 'added' ? (
                  <ins key={index} style={ADDED}>
                    <VisuallyHidden>{t('compare.addedText')}: </VisuallyHidden>
                    {segment.text}
                  </ins>
                ) : (
                  <del key={index} style={REMOVED}>
                    <VisuallyHidden>{t('compare.removedText')}: </VisuallyHidden>
                    {segment.text}
                  </del>
                ),
              )}
            </Text>
          </Stack>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Side label={t('compare.before')} text={item.before} />
            <Side label={t('compare.after')} text={item.after} />
          </SimpleGrid>
        )}
        {item.changes.map((change) => (
          <ChangeNote key={change.versionId} change={change} withVersion />
        ))}
      </Stack>
    </Paper>
  );
}

/** "Pasal 5 (1)": a paragraph's number means little without its article's. */
const fullLabel = (text: { label: string; path: string[] }) => [...text.path.slice(-1), text.label].join(' ');

function Side({ label, text }: { label: string; text: ComparisonItem['before'] }) {
  const { t } = useTranslation('policies');
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      {text ? (
        <>
          <Text fw={600} size="sm">
            {fullLabel(text)}
            {text.heading ? ` — ${text.heading}` : ''}
          </Text>
          {text.body && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {text.body}
            </Text>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('compare.absent')}
        </Text>
      )}
    </Stack>
  );
}
