import {
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateIndicatorRequest, PolicyDetail } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { useAddIndicator } from '../api/indicators';
import { useEvidenceSources } from '../api/policy-texts';

type Source = CreateIndicatorRequest['params']['source'];
const SOURCES: Source[] = ['survey.mean', 'survey.ikm', 'survey.responseRate', 'policy.acknowledgement'];
/** The one source that needs no survey: the policy's own read acknowledgements. */
const OWN_POLICY: Source = 'policy.acknowledgement';

/**
 * A new indicator: a survey's figure (a theme's mean, an IKM, a response rate) or the share of
 * employees who acknowledged reading the policy, with its target.
 */
export function IndicatorFormModal({
  policy,
  opened,
  onClose,
}: {
  policy: PolicyDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('indicator.add')}
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {opened && <IndicatorForm policy={policy} onDone={onClose} />}
    </Modal>
  );
}

function IndicatorForm({ policy, onDone }: { policy: PolicyDetail; onDone: () => void }) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const sources = useEvidenceSources(policy.id, true);
  const add = useAddIndicator(policy.id);
  const [name, setName] = useState('');
  const [source, setSource] = useState<Source>('survey.mean');
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const [items, setItems] = useState<string[]>([]);
  const [direction, setDirection] = useState<'up' | 'down'>('up');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const survey = sources.data?.surveys.find((s) => String(s.id) === surveyId);
  // The newest wave's questionnaire offers the questions; older waves asked the same or fewer.
  const questions = survey?.waves[0]?.questions ?? [];

  const submit = () => {
    const targetValue = Number(target);
    const needsSurvey = source !== OWN_POLICY;
    if (!name.trim() || (needsSurvey && !survey) || target.trim() === '' || !Number.isFinite(targetValue)) {
      return setMissing(t('indicator.form.incomplete'));
    }
    if (source === 'survey.mean' && items.length === 0) return setMissing(t('indicator.form.noItems'));
    setMissing(null);
    const params: CreateIndicatorRequest['params'] =
      source === 'policy.acknowledgement' || !survey
        ? { source: 'policy.acknowledgement', policyId: policy.id }
        : source === 'survey.mean'
          ? {
              source,
              surveyId: survey.id,
              items: items.map((item) => {
                const [questionKey, statementKey] = item.split('::');
                return { questionKey: questionKey!, statementKey: statementKey || null };
              }),
            }
          : { source, surveyId: survey.id };
    add.mutate(
      {
        name: name.trim(),
        params,
        direction,
        baseline: baseline.trim() === '' ? null : Number(baseline),
        target: targetValue,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <Stack>
      <Text size="sm">{t('indicator.form.intro')}</Text>
      <TextInput
        label={t('indicator.form.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <Select
        label={t('indicator.form.source')}
        value={source}
        allowDeselect={false}
        onChange={(next) => setSource((next ?? 'survey.mean') as Source)}
        data={SOURCES.map((value) => ({ value, label: t(`indicator.source.${value}`) }))}
      />
      {source !== OWN_POLICY && (
        <Select
          label={t('indicator.form.survey')}
          searchable
          value={surveyId}
          onChange={(next) => {
            setSurveyId(next);
            setItems([]);
          }}
          data={(sources.data?.surveys ?? []).map((s) => ({
            value: String(s.id),
            label: s.linked ? `${s.title} ★` : s.title,
          }))}
        />
      )}
      {source === 'survey.mean' && (
        <MultiSelect
          label={t('indicator.form.items')}
          description={t('indicator.form.itemsHelp')}
          disabled={!survey}
          searchable
          value={items}
          onChange={setItems}
          data={questions.map((q) => ({
            value: `${q.key}::${q.statementKey ?? ''}`,
            label: q.statementKey ? `— ${q.text}` : q.text,
          }))}
        />
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('indicator.form.direction')}
        </Text>
        <SegmentedControl
          value={direction}
          onChange={(next) => setDirection(next as 'up' | 'down')}
          data={[
            { value: 'up', label: t('indicator.direction.up') },
            { value: 'down', label: t('indicator.direction.down') },
          ]}
        />
      </Stack>
      <Group grow align="flex-start">
        <TextInput
          type="number"
          step="any"
          label={t('indicator.form.baseline')}
          value={baseline}
          onChange={(e) => setBaseline(e.currentTarget.value)}
        />
        <TextInput
          type="number"
          step="any"
          required
          label={t('indicator.form.target')}
          description={
            source === 'survey.responseRate' || source === OWN_POLICY
              ? t('indicator.form.shareHelp')
              : undefined
          }
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
        />
      </Group>
      {missing && (
        <Text c="red.8" size="sm" role="alert">
          {missing}
        </Text>
      )}
      {add.isError && <ErrorAlert error={add.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('common.cancel')}
        </Button>
        <Button onClick={submit} loading={add.isPending}>
          {tc('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
