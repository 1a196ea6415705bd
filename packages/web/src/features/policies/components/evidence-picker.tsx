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
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ConsultationComment,
  EvidenceInput,
  ForumProposalChoices,
  IndicatorView,
  PolicyEvidenceSources,
} from '../../../api/types';
import { CloseIcon } from '../../../components/icons';
import { useFormat } from '../../../lib/use-format';
import { useConsultations } from '../api/consultations';
import { useForumProposalChoices } from '../api/forums';
import { useIndicators } from '../api/indicators';
import { useEvidenceSources } from '../api/policy-texts';
import { formatValue } from './indicator-format';

type Proposal = ForumProposalChoices['items'][number];
const proposalLabel = (p: Proposal) => `${p.forumTitle} · ${p.author}: “${p.title}”`;

/** What an indicator's measurements read as: a share as a percentage, else a number. */
type ValueFormat = (indicator: IndicatorView, value: number) => string;

/** The measurements a change may cite: final ones with a value (not still collecting, not hidden below k). */
const citableOf = (indicator: IndicatorView) =>
  indicator.points.filter((p) => !p.provisional && p.value !== null);

/** What everything a change may cite reads as in the picker. */
interface Citable {
  sources: PolicyEvidenceSources | undefined;
  comments: readonly ConsultationComment[];
  proposals: readonly Proposal[];
  indicators: readonly IndicatorView[];
  value: ValueFormat;
}

/** How an evidence item reads in the picker, from what may be cited and the input it names. */
export function evidenceLabel(item: EvidenceInput, citable: Citable): string {
  const { sources, comments, proposals, indicators, value } = citable;
  if (item.kind === 'document') return item.citation;
  if (item.kind === 'indicatorMeasurement') {
    const indicator = indicators.find((i) => i.id === item.indicatorId);
    const point = indicator?.points.find((p) => p.at === item.at);
    return indicator && point?.value != null
      ? `${indicator.name}: ${value(indicator, point.value)} (${point.label})`
      : String(item.indicatorId);
  }
  if (item.kind === 'forumProposal') {
    const proposal = proposals.find((p) => p.id === item.proposalId);
    return proposal ? proposalLabel(proposal) : String(item.proposalId);
  }
  if (item.kind === 'consultation') {
    const comment = comments.find((c) => c.id === item.commentId);
    return comment ? `${comment.author}: “${comment.body}”` : '';
  }
  if (item.kind === 'finding') {
    return sources?.findings.find((f) => f.id === item.findingId)?.body ?? '';
  }
  for (const survey of sources?.surveys ?? []) {
    const wave = survey.waves.find((w) => w.id === item.waveId);
    if (!wave) continue;
    if (item.kind === 'surveyWave') return `${survey.title} · ${wave.label}`;
    const question = wave.questions.find(
      (q) => q.key === item.questionKey && q.statementKey === (item.statementKey ?? null),
    );
    return `${survey.title} · ${wave.label} · ${question?.text ?? item.questionKey}`;
  }
  return String(item.waveId);
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
  const consultations = useConsultations(policyId);
  const comments = (consultations.data?.rounds ?? [])
    .flatMap((round) => round.comments)
    .filter((c) => !c.hidden)
    // Anonymous and citizens' input has no author: it reads as "Anonim" or "Masyarakat".
    .map((c) => ({
      ...c,
      author: c.author ?? t(c.source === 'public' ? 'consultation.citizen' : 'consultation.anonymous'),
    }));
  const proposals = useForumProposalChoices(true).data?.items ?? [];
  const indicators = useIndicators(policyId).data?.items ?? [];
  const format = useFormat();
  const citable: Citable = {
    sources: sources.data,
    comments,
    proposals,
    indicators,
    value: (indicator, v) => formatValue(indicator, v, format.number, format.percent),
  };
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
            {evidenceLabel(item, citable)}
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
      <NewEvidence citable={citable} onAdd={(item) => onChange([...value, item])} />
    </Stack>
  );
}

type Kind = 'survey' | 'indicator' | 'document' | 'consultation' | 'finding' | 'forum';

function NewEvidence({ citable, onAdd }: { citable: Citable; onAdd: (item: EvidenceInput) => void }) {
  const { sources, comments, proposals, indicators } = citable;
  const { t } = useTranslation('policies');
  const isPhone = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  const [kind, setKind] = useState<Kind>('survey');
  const [commentId, setCommentId] = useState<string | null>(null);
  const [findingId, setFindingId] = useState<string | null>(null);
  const [proposalId, setProposalId] = useState<string | null>(null);
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [pointAt, setPointAt] = useState<string | null>(null);
  const indicator = indicators.find((i) => String(i.id) === indicatorId);
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
    if (kind === 'indicator') {
      if (indicator && pointAt)
        onAdd({ kind: 'indicatorMeasurement', indicatorId: indicator.id, at: pointAt });
      setPointAt(null);
      return;
    }
    if (kind === 'forum') {
      if (proposalId) onAdd({ kind: 'forumProposal', proposalId: Number(proposalId) });
      setProposalId(null);
      return;
    }
    if (kind === 'consultation') {
      if (commentId) onAdd({ kind: 'consultation', commentId: Number(commentId) });
      setCommentId(null);
      return;
    }
    if (kind === 'finding') {
      if (findingId) onAdd({ kind: 'finding', findingId: Number(findingId) });
      setFindingId(null);
      return;
    }
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
          // Six kinds do not fit a phone's width side by side.
          orientation={isPhone ? 'vertical' : 'horizontal'}
          fullWidth={isPhone}
          value={kind}
          onChange={(next) => setKind(next as Kind)}
          data={[
            { value: 'survey', label: t('evidence.kind.surveyQuestion') },
            { value: 'indicator', label: t('evidence.indicatorKind') },
            { value: 'consultation', label: t('evidence.kind.consultation') },
            { value: 'finding', label: t('evidence.kind.finding') },
            { value: 'forum', label: t('evidence.proposal') },
            { value: 'document', label: t('evidence.kind.document') },
          ]}
        />
        {kind === 'indicator' ? (
          <>
            <Select
              label={t('evidence.indicator')}
              description={indicators.length === 0 ? t('evidence.noIndicators') : undefined}
              searchable
              value={indicatorId}
              onChange={(next) => {
                setIndicatorId(next);
                setPointAt(null);
              }}
              data={indicators.map((i) => ({ value: String(i.id), label: i.name }))}
            />
            <Select
              label={t('evidence.measurement')}
              description={
                indicator && citableOf(indicator).length === 0
                  ? t('evidence.noMeasurements')
                  : t('evidence.measurementHelp')
              }
              disabled={!indicator}
              value={pointAt}
              onChange={setPointAt}
              data={(indicator ? citableOf(indicator) : []).map((p) => ({
                value: p.at,
                label: `${p.label}: ${citable.value(indicator!, p.value!)}`,
              }))}
            />
          </>
        ) : kind === 'finding' ? (
          <Select
            label={t('evidence.finding')}
            description={sources?.findings.length === 0 ? t('evidence.noFindings') : undefined}
            searchable
            value={findingId}
            onChange={setFindingId}
            data={(sources?.findings ?? []).map((f) => ({
              value: String(f.id),
              label: `${f.from} – ${f.to}: ${f.body}`.slice(0, 160),
            }))}
          />
        ) : kind === 'forum' ? (
          <Select
            label={t('evidence.kind.forumProposal')}
            description={proposals.length === 0 ? t('evidence.noProposals') : undefined}
            searchable
            value={proposalId}
            onChange={setProposalId}
            data={proposals.map((p) => ({ value: String(p.id), label: proposalLabel(p).slice(0, 160) }))}
          />
        ) : kind === 'consultation' ? (
          <Select
            label={t('evidence.comment')}
            description={comments.length === 0 ? t('evidence.noComments') : undefined}
            searchable
            value={commentId}
            onChange={setCommentId}
            data={comments.map((c) => ({
              value: String(c.id),
              label: `${c.provisionLabel ? `${c.provisionLabel} · ` : ''}${c.author}: ${c.body}`.slice(
                0,
                160,
              ),
            }))}
          />
        ) : kind === 'survey' ? (
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
            disabled={
              kind === 'indicator'
                ? !pointAt
                : kind === 'document'
                  ? !citation.trim()
                  : kind === 'consultation'
                    ? !commentId
                    : kind === 'finding'
                      ? !findingId
                      : kind === 'forum'
                        ? !proposalId
                        : !wave
            }
          >
            {t('evidence.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
