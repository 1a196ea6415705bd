import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyMentoring } from '../../../api/types';
import { CardItem } from '../../../components/card-list';
import { OwnListPage } from '../../../components/own-list-page';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import { useMyMentoring } from '../api/mentoring';

type Item = MyMentoring['items'][number];

/**
 * Mentoring Saya: the signed-in employee's pairs as mentor or mentee, each leading to its page,
 * with the sessions still waiting for a confirmation.
 */
export function MyMentoringPage() {
  const { t } = useTranslation('programs');
  const mine = useMyMentoring();
  return (
    <OwnListPage
      title={t('mentoring.mine.title')}
      intro={t('mentoring.mine.intro')}
      query={mine}
      empty={{ title: t('mentoring.mine.empty'), help: t('mentoring.mine.emptyHelp') }}
    >
      {(item) => <MentoringCard key={item.pairId} item={item} />}
    </OwnListPage>
  );
}

function MentoringCard({ item }: { item: Item }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return (
    <CardItem>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.programTitle}
          </Text>
          <Badge
            color={item.state === 'active' ? 'teal' : 'gray'}
            variant="light"
            autoContrast
            style={{ flex: 'none' }}
          >
            {t(`mentoring.pair.state.${item.state}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t(`mentoring.mine.partner.${item.side}`, { name: item.partner.name })}
          {item.partner.unit ? ` · ${item.partner.unit}` : ''}
        </Text>
        <Group gap="xs">
          <Text size="sm">
            {t('mentoring.mine.facts', {
              sessions: format.number(item.sessions),
              jp: format.number(item.jp),
              day: format.date(item.endsOn),
            })}
          </Text>
          {item.unconfirmed > 0 && (
            <Badge color="yellow" variant="light" autoContrast>
              {t('mentoring.mine.unconfirmed', { count: item.unconfirmed })}
            </Badge>
          )}
        </Group>
        <AnchorLink to="/mentoring/$pairId" params={{ pairId: String(item.pairId) }} size="sm">
          {t('mentoring.mine.open', { name: item.partner.name })}
        </AnchorLink>
      </Stack>
    </CardItem>
  );
}
