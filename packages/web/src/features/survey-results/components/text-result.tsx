import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../lib/use-notify';
import { useHideText } from '../api/hide-text';
import { QuestionCard } from './question-card';
import { excerpt, weightedWords } from './result-data';
import { useResultFormat } from './use-result-format';

/** Answers shown before "show all": enough to read the tone without a wall of text. */
const FIRST_TEXTS = 10;
const WORD_SIZES = { 1: 'sm', 2: 'md', 3: 'lg', 4: 'xl', 5: '1.5rem' } as const;

interface TextResultProps {
  waveId: number;
  questionKey: string;
  title: string;
  n: number;
  texts: { id: string; text: string }[];
  words: { word: string; count: number }[];
  canModerate: boolean;
}

/** An open question: its most frequent words, weighted, and the answers themselves. */
export function TextResult({ waveId, questionKey, title, n, texts, words, canModerate }: TextResultProps) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  const answersId = useId();
  const answersHeading = useRef<HTMLHeadingElement>(null);
  const [showAll, setShowAll] = useState(false);
  const [confirming, setConfirming] = useState<{ id: string; text: string } | null>(null);
  const hidden = useRef(false);
  const hide = useHideText(waveId);
  const notify = useNotify();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const shown = showAll ? texts : texts.slice(0, FIRST_TEXTS);

  const close = () => {
    hide.reset();
    setConfirming(null);
  };
  const confirmHide = () => {
    if (!confirming) return;
    hide.mutate(
      { textId: confirming.id, questionKey },
      {
        onSuccess: () => {
          hidden.current = true;
          setConfirming(null);
          notify({ color: 'teal', message: t('text.hidden') });
        },
      },
    );
  };

  return (
    <QuestionCard title={title} n={n}>
      <Stack gap="lg">
        {words.length > 0 && (
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('text.words')}
            </Title>
            <Group component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} align="baseline">
              {weightedWords(words).map((word) => (
                <Text
                  component="li"
                  key={word.word}
                  fz={WORD_SIZES[word.weight]}
                  fw={word.weight >= 4 ? 700 : 500}
                >
                  {word.word}{' '}
                  <Text span size="xs" c="dimmed">
                    ({format.number(word.count)})
                  </Text>
                </Text>
              ))}
            </Group>
          </Stack>
        )}
        <Stack gap="xs">
          <Title order={4} size="h5" id={answersId} ref={answersHeading} tabIndex={-1}>
            {t('text.answers', { count: texts.length, formatted: format.number(texts.length) })}
          </Title>
          {texts.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('text.none')}
            </Text>
          ) : (
            <Stack
              component="ul"
              gap="xs"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={answersId}
            >
              {shown.map((answer) => (
                <Paper component="li" key={answer.id} withBorder radius="sm" p="sm">
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 }}>
                      {answer.text}
                    </Text>
                    {canModerate && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        data-print-hidden=""
                        aria-label={t('text.hideFor', { text: excerpt(answer.text) })}
                        onClick={() => setConfirming(answer)}
                      >
                        {t('text.hide')}
                      </Button>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
          {texts.length > FIRST_TEXTS && (
            <Button
              variant="subtle"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              data-print-hidden=""
              aria-expanded={showAll}
              onClick={() => setShowAll((all) => !all)}
            >
              {showAll
                ? t('text.showFewer')
                : t('text.showAll', { count: texts.length, formatted: format.number(texts.length) })}
            </Button>
          )}
        </Stack>
      </Stack>
      <Modal
        opened={confirming !== null}
        onClose={close}
        onExitTransitionEnd={() => {
          // The hidden answer and its button are gone: continue from the list's heading.
          if (hidden.current) answersHeading.current?.focus();
          hidden.current = false;
        }}
        title={t('text.confirmTitle')}
        fullScreen={isPhone}
        closeButtonProps={{ 'aria-label': t('text.cancel') }}
      >
        <Stack gap="md">
          <Paper withBorder p="sm" radius="sm" bg="gray.0">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {confirming?.text}
            </Text>
          </Paper>
          <Text size="sm">{t('text.confirmBody')}</Text>
          {hide.isError && <ErrorAlert error={hide.error} title={t('text.hideFailed')} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('text.cancel')}
            </Button>
            <Button color="red.9" loading={hide.isPending} onClick={confirmHide}>
              {t('text.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </QuestionCard>
  );
}
