import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrowDownIcon, ArrowUpIcon, LevelIcon } from '../../../components/icons';
import type { ComparisonRow, Measure } from './comparison';
import { useResultFormat } from './use-result-format';

const TONE_COLORS = { better: 'teal.9', worse: 'red.9', neutral: 'gray.8' } as const;

/**
 * A judged change in words, with an icon that repeats them: "▼ turun 0,44 (memburuk)" for a real
 * fall; "tidak berubah berarti (−0,01)" in a plain style for a move within chance; "terlalu
 * sedikit jawaban" where a wave holds fewer than k. Colour only ever repeats the words.
 */
export function ChangeText({
  row,
  decimals,
  measure,
  size = 'sm',
}: {
  row: Pick<ComparisonRow, 'change' | 'verdict' | 'tone'>;
  decimals: number;
  measure: Measure;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation('surveyResults');
  const format = useResultFormat();
  if (row.verdict === null || row.change === null) {
    return (
      <Text size={size} c="dimmed">
        {t('comparison.notComparable')}
      </Text>
    );
  }
  const raw = format.change(row.change, decimals);
  const shown = measure === 'points' ? t('comparison.points', { amount: raw }) : raw;
  if (row.verdict === 'steady' || row.verdict === 'tooFew') {
    return (
      <Text size={size} c="gray.8" data-verdict={row.verdict} style={{ whiteSpace: 'nowrap' }}>
        {row.verdict === 'steady' && (
          <LevelIcon size={14} style={{ verticalAlign: '-2px', marginRight: 4 }} />
        )}
        {t(`comparison.${row.verdict}`)}{' '}
        <Text span size="xs" c="dimmed">
          ({shown})
        </Text>
      </Text>
    );
  }
  const amount = format.decimal(Math.abs(row.change), decimals);
  const Icon = row.verdict === 'up' ? ArrowUpIcon : ArrowDownIcon;
  return (
    <Text
      size={size}
      fw={700}
      c={TONE_COLORS[row.tone]}
      style={{ whiteSpace: 'nowrap' }}
      data-verdict={row.verdict}
      data-direction={row.verdict}
    >
      <Icon size={16} style={{ verticalAlign: '-3px', marginRight: 4 }} />
      {t(`comparison.${row.verdict}`, {
        amount: measure === 'points' ? t('comparison.points', { amount }) : amount,
      })}
      {row.tone !== 'neutral' && (
        <Text span size="xs" fw={400}>
          {' '}
          ({t(`comparison.tone.${row.tone}`)})
        </Text>
      )}
    </Text>
  );
}
