import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyMentoring } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
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
    <Stack gap="lg">
      <div>
        <PageTitle title={t('mentoring.mine.title')} />
        <Text c="dimmed" size="sm">
          {t('mentoring.mine.intro')}
        </Text>
      </div>
      <QueryContent query={mine} height={200}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={t('mentoring.mine.empty')}>{t('mentoring.mine.emptyHelp')}</EmptyMessage>
          ) : (
            <CardList label={t('mentoring.mine.title')} busy={mine.isFetching}>
              {data.items.map((item) => (
                <MentoringCard key={item.pairId} item={item} />
              ))}
            </CardList>
          )
        }
      </QueryContent>
    </Stack>
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
