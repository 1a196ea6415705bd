import { EQUITY_DIMENSIONS, type EquityDimension } from '@jenjang/domain/programs/equity.rules';
import {
  Checkbox,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateIndicatorRequest, PolicyDetail } from '../../../api/types';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { UnitSelect } from '../../../components/unit-select';
import { useCompetencyDictionary } from '../../../lib/get-competency-dictionary';
import { useAddIndicator } from '../api/indicators';
import { useEvidenceSources } from '../api/policy-texts';
import { FormFooter } from './form-footer';

type Source = CreateIndicatorRequest['params']['source'];
const SOURCES: Source[] = [
  'survey.mean',
  'survey.ikm',
  'survey.responseRate',
  'policy.acknowledgement',
  'registry.pppkShare',
  'registry.headCount',
  'development.jpAttainment',
  'competency.standardMet',
  'competency.belowStandard',
  'program.selectionParity',
  'program.completionRate',
  'program.reactionScore',
  'program.learningGain',
  'program.behaviourScore',
  'performance.predikatShare',
  'promotion.onTime',
  'promotion.timeInRank',
  'manual',
];
const SURVEY_SOURCES: Source[] = ['survey.mean', 'survey.ikm', 'survey.responseRate'];
type UnitSource = Extract<
  Source,
  | 'registry.pppkShare'
  | 'registry.headCount'
  | 'development.jpAttainment'
  | 'competency.standardMet'
  | 'program.completionRate'
  | 'performance.predikatShare'
  | 'promotion.onTime'
  | 'promotion.timeInRank'
>;
/** Sources of the government or of a unit with the units under it. */
const UNIT_SOURCES: Source[] = [
  'registry.pppkShare',
  'registry.headCount',
  'development.jpAttainment',
  'competency.standardMet',
  'competency.belowStandard',
  'program.completionRate',
  'performance.predikatShare',
  'promotion.onTime',
  'promotion.timeInRank',
];
/** Sources whose values are fractions (0.8 is 80 %). */
const SHARES: Source[] = [
  'survey.responseRate',
  'policy.acknowledgement',
  'registry.pppkShare',
  'development.jpAttainment',
  'competency.standardMet',
  'competency.belowStandard',
  'program.selectionParity',
  'program.completionRate',
  'program.learningGain',
  'performance.predikatShare',
  'promotion.onTime',
];

/**
 * A new indicator: a survey's figure (a theme's mean, an IKM, a response rate), the share of
 * employees who acknowledged reading the policy, a registry figure (the share of PPPK, the head
 * count, of the government or a unit), or values entered by hand with evidence; with its target.
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
  return (
    <ResponsiveModal opened={opened} onClose={onClose} title={t('indicator.add')} size="lg">
      {opened && <IndicatorForm policy={policy} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function IndicatorForm({ policy, onDone }: { policy: PolicyDetail; onDone: () => void }) {
  const { t } = useTranslation('policies');
  const sources = useEvidenceSources(policy.id, true);
  const add = useAddIndicator(policy.id);
  const [name, setName] = useState('');
  const [source, setSource] = useState<Source>('survey.mean');
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const [items, setItems] = useState<string[]>([]);
  const [direction, setDirection] = useState<'up' | 'down'>('up');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const [unitId, setUnitId] = useState<number | undefined>(undefined);
  const [competencyId, setCompetencyId] = useState<string | null>(null);
  const [dimension, setDimension] = useState<EquityDimension>('sex');
  const competencies = useCompetencyDictionary(source === 'competency.belowStandard');
  const [unitLabel, setUnitLabel] = useState('');
  const [evidenceRequired, setEvidenceRequired] = useState(true);
  const [missing, setMissing] = useState<string | null>(null);
  const survey = sources.data?.surveys.find((s) => String(s.id) === surveyId);
  // The newest wave's questionnaire offers the questions; older waves asked the same or fewer.
  const questions = survey?.waves[0]?.questions ?? [];

  const submit = () => {
    const targetValue = Number(target);
    const needsSurvey = SURVEY_SOURCES.includes(source);
    if (!name.trim() || (needsSurvey && !survey) || target.trim() === '' || !Number.isFinite(targetValue)) {
      return setMissing(t('indicator.form.incomplete'));
    }
    if (source === 'survey.mean' && items.length === 0) return setMissing(t('indicator.form.noItems'));
    if (source === 'competency.belowStandard' && competencyId === null) {
      return setMissing(t('indicator.form.noCompetency'));
    }
    setMissing(null);
    const params: CreateIndicatorRequest['params'] =
      source === 'program.selectionParity'
        ? { source, dimension }
        : source === 'program.reactionScore' ||
            source === 'program.learningGain' ||
            source === 'program.behaviourScore'
          ? { source, programId: null }
          : source === 'competency.belowStandard'
            ? { source, competencyId: Number(competencyId), unitId: unitId ?? null }
            : UNIT_SOURCES.includes(source)
              ? { source: source as UnitSource, unitId: unitId ?? null }
              : source === 'manual'
                ? { source, unitLabel: unitLabel.trim() || null, evidenceRequired }
                : source === 'policy.acknowledgement' || !survey
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
                    : { source: source as 'survey.ikm' | 'survey.responseRate', surveyId: survey.id };
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
      {source === 'competency.belowStandard' && (
        <Select
          label={t('indicator.form.competency')}
          searchable
          required
          value={competencyId}
          onChange={setCompetencyId}
          data={(competencies.data?.items ?? []).map((c) => ({
            value: String(c.id),
            label: `${c.code} ${c.name}`,
          }))}
        />
      )}
      {source === 'program.selectionParity' && (
        <Select
          label={t('indicator.form.equityDimension.dimension')}
          allowDeselect={false}
          value={dimension}
          onChange={(next) => setDimension((next ?? 'sex') as EquityDimension)}
          data={EQUITY_DIMENSIONS.map((d) => ({ value: d, label: t(`indicator.form.equityDimension.${d}`) }))}
        />
      )}
      {UNIT_SOURCES.includes(source) && (
        <UnitSelect
          label={t('indicator.form.unit')}
          placeholder={t('indicator.form.wholeGovernment')}
          description={t(
            source.startsWith('registry.') ? 'indicator.form.unitHelp' : 'indicator.form.unitHelpYearly',
          )}
          clearLabel={t('indicator.form.clearUnit')}
          value={unitId}
          onChange={setUnitId}
        />
      )}
      {source === 'manual' && (
        <>
          <Text size="sm" c="dimmed">
            {t('indicator.form.manualHelp')}
          </Text>
          <TextInput
            label={t('indicator.form.unitLabel')}
            description={t('indicator.form.unitLabelHelp')}
            maxLength={40}
            value={unitLabel}
            onChange={(e) => setUnitLabel(e.currentTarget.value)}
          />
          <Checkbox
            label={t('indicator.form.evidenceRequired')}
            checked={evidenceRequired}
            onChange={(e) => setEvidenceRequired(e.currentTarget.checked)}
          />
        </>
      )}
      {SURVEY_SOURCES.includes(source) && (
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
          description={SHARES.includes(source) ? t('indicator.form.shareHelp') : undefined}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
        />
      </Group>
      <FormFooter
        missing={missing}
        error={add.isError ? add.error : null}
        saving={add.isPending}
        onCancel={onDone}
        onSave={submit}
      />
    </Stack>
  );
}
