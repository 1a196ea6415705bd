import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TalentPlacement } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { QueryContent } from '../../../components/query-content';
import { cellsOf, NineBoxGrid } from '../../../components/talent/nine-box-grid';
import { PlacementExplanation } from '../../../components/talent/placement-explanation';
import { useTalentWords } from '../../../components/talent/talent-words';
import { useMyTalent } from '../api/my-talent';
import { TitledSection } from './titled-section';

/**
 * Kotak Talenta Saya, mostly read on a phone: the latest year's box on a small grid with the
 * reader's box marked, what it suggests and why (every line of both scores), and the years before.
 */
export function MyTalentSection() {
  const { t } = useTranslation('talent');
  const mine = useMyTalent();
  return (
    <div data-testid="my-talent">
      <TitledSection id="my-talent" title={t('mine.title')}>
        <QueryContent query={mine} height={160}>
          {(data) => <MyTalentView items={data.items} />}
        </QueryContent>
      </TitledSection>
    </div>
  );
}

function MyTalentView({ items }: { items: readonly TalentPlacement[] }) {
  const { t } = useTranslation('talent');
  const [latest, ...older] = items;
  if (!latest) {
    return (
      <Paper withBorder radius="md" p="md">
        <Stack gap={4}>
          <Text fw={600}>{t('mine.none')}</Text>
          <Text size="sm" c="dimmed">
            {t('mine.noneHelp')}
          </Text>
        </Stack>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Text fw={600}>{t('mine.latest', { year: latest.year })}</Text>
          <NineBoxGrid
            cells={cellsOf(latest.settings)}
            caption={t('mine.gridCaption', { year: latest.year })}
            highlight={latest.box}
            compact
          />
          <PlacementExplanation placement={latest} headingOrder={3} />
        </Stack>
      </Paper>
      {older.length > 0 && (
        <Stack gap="xs">
          <Text fw={600} size="sm" component="h3" m={0}>
            {t('mine.olderTitle')}
          </Text>
          <CardList label={t('mine.olderTitle')} busy={false}>
            {older.map((placement) => (
              <CardItem key={placement.year}>
                <OlderYear placement={placement} />
              </CardItem>
            ))}
          </CardList>
        </Stack>
      )}
    </Stack>
  );
}

function OlderYear({ placement }: { placement: TalentPlacement }) {
  const { t } = useTranslation('talent');
  const words = useTalentWords();
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text fw={600} size="sm">
          {t('mine.year', { year: placement.year })}
        </Text>
        <Text size="sm" fw={600}>
          {placement.box === null ? t('mine.noBox') : words.box(placement.box, placement.label)}
        </Text>
      </Group>
      {placement.recommendation && <Text size="sm">{words.recommendation(placement.recommendation)}</Text>}
      {placement.box === null &&
        placement.reasons.map((reason) => (
          <Text key={reason} size="sm" c="dimmed">
            {words.reason(reason)}
          </Text>
        ))}
      <Text size="sm" c="dimmed">
        {t('mine.scores', {
          performance: words.number(placement.performance.score),
          potential: words.number(placement.potential.score),
        })}
      </Text>
    </Stack>
  );
}
