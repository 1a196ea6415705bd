import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInput, PolicyEvidenceSources } from '../../../api/types';
import { CloseIcon } from '../../../components/icons';
import { useEvidenceSources } from '../api/policy-texts';

/** How an evidence item reads in the picker, from the sources it names. */
export function evidenceLabel(item: EvidenceInput, sources: PolicyEvidenceSources | undefined): string {
  if (item.kind === 'document') return item.citation;
  for (const survey of sources?.surveys ?? []) {
    const wave = survey.waves.find((w) => w.id === item.waveId);
    if (!wave) continue;
    if (item.kind === 'surveyWave') return `${survey.title} · ${wave.label}`;
    const question = wave.questions.find(
      (q) => q.key === item.questionKey && q.statementKey === (item.statementKey ?? null),
    );
    return `${survey.title} · ${wave.label} · ${question?.text ?? item.questionKey}`;
  }
  return String(item.kind === 'surveyWave' || item.kind === 'surveyQuestion' ? item.waveId : '');
}

/** The evidence of a change: survey results (a wave, or one question or statement of it) and documents. */
export function EvidencePicker({
  policyId,
  value,
  onChange,
}: {
  policyId: number;
  value: EvidenceInput[];
  onChange: (value: EvidenceInput[]) => void;
}) {
  const { t } = useTranslation('policies');
  const sources = useEvidenceSources(policyId, true);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('evidence.title')}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('evidence.none')}
        </Text>
      )}
      {value.map((item, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" style={{ flex: 1 }}>
            <Text span size="sm" c="dimmed">
              {t(`evidence.kind.${item.kind}`)}:{' '}
            </Text>
            {evidenceLabel(item, sources.data)}
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('evidence.remove')}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            <CloseIcon size={16} />
          </ActionIcon>
        </Group>
      ))}
      <NewEvidence sources={sources.data} onAdd={(item) => onChange([...value, item])} />
    </Stack>
  );
}

function NewEvidence({
  sources,
  onAdd,
}: {
  sources: PolicyEvidenceSources | undefined;
  onAdd: (item: EvidenceInput) => void;
}) {
  const { t } = useTranslation('policies');
  const [kind, setKind] = useState<'survey' | 'document'>('survey');
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const [waveId, setWaveId] = useState<string | null>(null);
  const [question, setQuestion] = useState<string | null>(null);
  const [citation, setCitation] = useState('');
  const survey = sources?.surveys.find((s) => String(s.id) === surveyId);
  const wave = survey?.waves.find((w) => String(w.id) === waveId);
  const reset = () => {
    setQuestion(null);
    setCitation('');
  };
  const add = () => {
    if (kind === 'document') {
      if (citation.trim()) onAdd({ kind: 'document', citation: citation.trim() });
    } else if (wave) {
      const [key, statementKey] = (question ?? '').split('::');
      onAdd(
        key
          ? { kind: 'surveyQuestion', waveId: wave.id, questionKey: key, statementKey: statementKey || null }
          : { kind: 'surveyWave', waveId: wave.id },
      );
    }
    reset();
  };
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="xs">
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(next) => setKind(next as 'survey' | 'document')}
          data={[
            { value: 'survey', label: t('evidence.kind.surveyQuestion') },
            { value: 'document', label: t('evidence.kind.document') },
          ]}
        />
        {kind === 'survey' ? (
          <>
            <Select
              label={t('evidence.survey')}
              searchable
              value={surveyId}
              onChange={(next) => {
                setSurveyId(next);
                setWaveId(null);
                setQuestion(null);
              }}
              data={(sources?.surveys ?? []).map((s) => ({
                value: String(s.id),
                label: s.linked ? `${s.title} ★` : s.title,
              }))}
            />
            <Select
              label={t('evidence.wave')}
              disabled={!survey}
              value={waveId}
              onChange={(next) => {
                setWaveId(next);
                setQuestion(null);
              }}
              data={(survey?.waves ?? []).map((w) => ({ value: String(w.id), label: w.label }))}
            />
            <Select
              label={t('evidence.question')}
              description={t('evidence.questionHelp')}
              disabled={!wave}
              searchable
              clearable
              value={question}
              onChange={setQuestion}
              data={(wave?.questions ?? []).map((q) => ({
                value: `${q.key}::${q.statementKey ?? ''}`,
                label: q.statementKey ? `— ${q.text}` : q.text,
              }))}
            />
          </>
        ) : (
          <TextInput
            label={t('evidence.citation')}
            description={t('evidence.citationHelp')}
            value={citation}
            onChange={(event) => setCitation(event.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button
            size="xs"
            variant="light"
            onClick={add}
            disabled={kind === 'document' ? !citation.trim() : !wave}
          >
            {t('evidence.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
