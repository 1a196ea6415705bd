import { localized, questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveResults } from '../../../api/types';
import { AbilityNeedResult } from './ability-need-result';
import { MatrixResult } from './matrix-result';
import { NumberResult } from './number-result';
import {
  abilityNeedRows,
  likertRows,
  optionRows,
  type ResultItem,
  type ResultSection,
  resultSections,
  statementMeanRows,
} from './result-data';
import { ShareResult } from './share-result';
import { TextResult } from './text-result';
import { useResultFormat } from './use-result-format';

/** Every question's results, section by section in the instrument's order. */
export function QuestionResults({ results }: { results: WaveResults }) {
  const { language } = useResultFormat();
  const sections = resultSections(results.definition, results.report.questions, language);
  return (
    <Stack gap="xl">
      <HeldBackProfile results={results} />
      {sections.map((section) => (
        <ResultSectionView key={section.key} section={section} results={results} />
      ))}
    </Stack>
  );
}

/**
 * Questions left out of the results, and why: the respondent profile (sex, age band, …) and the
 * questions asked of some profile groups only, until the wave closes or in a unit's slice; and, by
 * name, any question answered by fewer than k or whose figures would give a profile group away.
 */
function HeldBackProfile({ results }: { results: WaveResults }) {
  const { t } = useTranslation('surveyResults');
  const { language } = useResultFormat();
  const held = results.report.heldBackQuestions;
  const profile = held.flatMap((h) =>
    h.reason === 'untilClose' || h.reason === 'slice' ? [{ ...h, reason: h.reason }] : [],
  );
  const hidden = held.filter((h) => h.reason === 'fewAnswers' || h.reason === 'profileGroup');
  const questions = questionsOf(results.definition);
  const k = results.report.minGroupSize;
  return (
    <>
      {profile.length > 0 && (
        <Paper withBorder radius="md" p="md" data-testid="profile-held-back">
          <Text size="sm">{t(`profile.${profile[0]!.reason}`, { count: profile.length })}</Text>
        </Paper>
      )}
      {hidden.length > 0 && (
        <Paper withBorder radius="md" p="md" data-testid="questions-hidden">
          <Stack gap="xs">
            <Text size="sm">{t('hiddenQuestions.intro', { count: hidden.length, k })}</Text>
            <List size="sm">
              {hidden.map((h) => (
                <List.Item key={h.key}>
                  {localized(questions.find((q) => q.key === h.key)?.text, language) || h.key}
                  {' — '}
                  {t(`hiddenQuestions.${h.reason as 'fewAnswers' | 'profileGroup'}`, { k })}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Paper>
      )}
    </>
  );
}

/** A profile question's options hidden under the k rule, in words; undefined when none are. */
function hiddenNote(
  summary: WaveResults['report']['questions'][number]['summary'],
  k: number,
  t: TFunction<'surveyResults'>,
  format: ReturnType<typeof useResultFormat>,
): string | undefined {
  if (summary.type !== 'single' || !summary.hidden || summary.hidden.options === 0) return undefined;
  const { options, count } = summary.hidden;
  const parts = [t('question.hiddenOptions', { count: options, k })];
  if (count !== null) parts.push(t('question.hiddenTogether', { count, formatted: format.number(count) }));
  return parts.join(' ');
}

function ResultSectionView({ section, results }: { section: ResultSection; results: WaveResults }) {
  const headingId = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {section.title}
      </Title>
      {section.items.map((item) => (
        <QuestionResult key={item.question.key} item={item} results={results} />
      ))}
    </Stack>
  );
}

function QuestionResult({ item, results }: { item: ResultItem; results: WaveResults }) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const { language } = format;
  const { question, result } = item;
  const title = localized(question.text, language);
  const summary = result.summary;

  if (summary.type === 'likert' && question.type === 'likert') {
    return (
      <ShareResult
        title={title}
        n={summary.n}
        rows={likertRows(summary, question, language)}
        mean={{ value: summary.mean, ...summary.scale }}
      />
    );
  }
  if ((summary.type === 'single' || summary.type === 'multiple') && question.type === summary.type) {
    return (
      <ShareResult
        title={title}
        n={summary.n}
        rows={optionRows(summary, question, language)}
        multiple={summary.type === 'multiple'}
        note={hiddenNote(summary, results.report.minGroupSize, t, format)}
      />
    );
  }
  if (summary.type === 'number') return <NumberResult title={title} summary={summary} />;
  if (summary.type === 'matrix' && question.type === 'matrix') {
    return (
      <MatrixResult
        title={title}
        n={summary.n}
        scale={summary.scale}
        rows={statementMeanRows(summary, question, language)}
      />
    );
  }
  if (summary.type === 'abilityNeed' && question.type === 'abilityNeed') {
    return (
      <AbilityNeedResult
        title={title}
        n={summary.n}
        scale={summary.scale}
        rows={abilityNeedRows(summary, question, language)}
      />
    );
  }
  if (summary.type === 'text') {
    return (
      <TextResult
        waveId={results.wave.id}
        questionKey={question.key}
        title={title}
        n={summary.n}
        texts={result.texts ?? []}
        words={result.words ?? []}
        canModerate={results.canModerate}
      />
    );
  }
  return <Text c="dimmed">{title}</Text>;
}
