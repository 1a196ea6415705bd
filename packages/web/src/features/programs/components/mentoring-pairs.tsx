import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { MentoringOverview, MentoringPairSummary } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { AnchorLink } from '../../../components/router-links';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../lib/use-format';
import { Bar } from './bar';

/**
 * The pairs the reader may see, with what each has done: sessions confirmed, JP, goals achieved,
 * reflections and how useful they found it; a table, or one card per pair on a phone.
 */
export function MentoringPairs({ overview }: { overview: MentoringOverview }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const { pairs, totals } = overview;
  return (
    <Stack gap="sm" component="section" aria-labelledby="mentoring-pairs">
      <Title order={3} size="h5" id="mentoring-pairs">
        {t('mentoring.pairs.title', { count: pairs.length })}
      </Title>
      {pairs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('mentoring.pairs.none')}
        </Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 3 }} spacing="xs">
            <Figure value={format.number(totals.sessions)} label={t('mentoring.pairs.totalSessions')} />
            <Figure value={format.number(totals.jp)} label={t('mentoring.pairs.totalJp')} />
            <Figure
              value={`${format.number(totals.goalsAchieved)}/${format.number(totals.goals)}`}
              label={t('mentoring.pairs.totalGoals')}
            />
          </SimpleGrid>
          {isPhone ? <PairCards pairs={pairs} /> : <PairTable pairs={pairs} />}
          <JpBars pairs={pairs} />
        </>
      )}
    </Stack>
  );
}

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <Stack gap={0}>
      <Text size="lg" fw={700}>
        {value}
      </Text>
      <Text size="xs">{label}</Text>
    </Stack>
  );
}

/** How each column reads a pair, shared by the table and the cards. */
function usePairCells() {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return {
    names: (p: MentoringPairSummary) => ({ mentor: p.mentor.name, mentee: p.mentee.name }),
    source: (p: MentoringPairSummary) => t(`mentoring.pair.source.${p.source}`),
    sessions: (p: MentoringPairSummary) =>
      p.unconfirmed > 0
        ? t('mentoring.pairs.sessionsPending', {
            confirmed: format.number(p.sessions - p.unconfirmed),
            pending: format.number(p.unconfirmed),
          })
        : format.number(p.sessions),
    goals: (p: MentoringPairSummary) => `${format.number(p.goalsAchieved)}/${format.number(p.goals)}`,
    reflections: (p: MentoringPairSummary) =>
      p.reflections.length === 0 ? '—' : p.reflections.map((side) => t(`mentoring.side.${side}`)).join(', '),
    usefulness: (p: MentoringPairSummary) =>
      p.usefulness === null
        ? '—'
        : t('mentoring.pairs.usefulnessValue', { value: format.number(p.usefulness) }),
  };
}

function OpenLink({ pair, label }: { pair: MentoringPairSummary; label: string }) {
  const { t } = useTranslation('programs');
  return (
    <AnchorLink
      to="/mentoring/$pairId"
      params={{ pairId: String(pair.id) }}
      size="sm"
      aria-label={t('mentoring.pairs.openNamed', { mentor: pair.mentor.name, mentee: pair.mentee.name })}
    >
      {label}
    </AnchorLink>
  );
}

function PairTable({ pairs }: { pairs: MentoringPairSummary[] }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const cell = usePairCells();
  return (
    <ScrollTable label={t('mentoring.pairs.tableLabel')} minWidth={960}>
      <Table striped verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          {t('mentoring.pairs.tableLabel')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('mentoring.pair.mentor')}</Table.Th>
            <Table.Th scope="col">{t('mentoring.pair.mentee')}</Table.Th>
            <Table.Th scope="col">{t('mentoring.pairs.source')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('mentoring.pairs.score')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('mentoring.pairs.sessions')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('mentoring.pairs.jp')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('mentoring.pairs.goals')}
            </Table.Th>
            <Table.Th scope="col">{t('mentoring.pairs.reflections')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('mentoring.pairs.usefulness')}
            </Table.Th>
            <Table.Th scope="col">{t('mentoring.pairs.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                {p.mentor.name}
                <Text size="xs" c="dimmed">
                  {p.mentor.unit ?? p.mentor.nip}
                </Text>
              </Table.Td>
              <Table.Td>
                {p.mentee.name}
                <Text size="xs" c="dimmed">
                  {p.mentee.unit ?? p.mentee.nip}
                </Text>
              </Table.Td>
              <Table.Td>
                {cell.source(p)}
                {p.state === 'ended' && (
                  <Badge ml={4} size="xs" variant="light" color="gray" autoContrast>
                    {t('mentoring.pair.state.ended')}
                  </Badge>
                )}
                {p.overrideReason && (
                  <Text size="xs" c="dimmed">
                    {t('mentoring.pair.overrideReason', { reason: p.overrideReason })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="end">{format.number(p.score)}</Table.Td>
              <Table.Td ta="end">{cell.sessions(p)}</Table.Td>
              <Table.Td ta="end">{format.number(p.jp)}</Table.Td>
              <Table.Td ta="end">{cell.goals(p)}</Table.Td>
              <Table.Td>{cell.reflections(p)}</Table.Td>
              <Table.Td ta="end">{cell.usefulness(p)}</Table.Td>
              <Table.Td>
                <OpenLink pair={p} label={t('mentoring.pairs.open')} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function PairCards({ pairs }: { pairs: MentoringPairSummary[] }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const cell = usePairCells();
  return (
    <CardList label={t('mentoring.pairs.tableLabel')} busy={false}>
      {pairs.map((p) => (
        <CardItem key={p.id}>
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {t('mentoring.pair.names', cell.names(p))}
              </Text>
              <Badge variant="light" color={p.state === 'active' ? 'teal' : 'gray'} autoContrast>
                {t(`mentoring.pair.state.${p.state}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {cell.source(p)} · {t('mentoring.pair.scoreValue', { score: format.number(p.score) })}
            </Text>
            {p.overrideReason && (
              <Text size="xs" c="dimmed">
                {t('mentoring.pair.overrideReason', { reason: p.overrideReason })}
              </Text>
            )}
            <Text size="sm">
              {t('mentoring.pairs.cardFacts', {
                sessions: cell.sessions(p),
                jp: format.number(p.jp),
                goals: cell.goals(p),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('mentoring.pairs.reflections')}: {cell.reflections(p)} · {t('mentoring.pairs.usefulness')}:{' '}
              {cell.usefulness(p)}
            </Text>
            <OpenLink pair={p} label={t('mentoring.pairs.openCard')} />
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}

/** The JP each pair has earned, against the pair with the most: who is moving and who is not. */
function JpBars({ pairs }: { pairs: MentoringPairSummary[] }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const most = Math.max(...pairs.map((p) => p.jp));
  if (pairs.length < 2 || most <= 0) return null;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('mentoring.pairs.jpChart')}
      </Text>
      {pairs.map((p) => {
        const names = t('mentoring.pair.names', { mentor: p.mentor.name, mentee: p.mentee.name });
        const jp = t('mentoring.pairs.jpValue', { jp: format.number(p.jp) });
        return (
          <Stack key={p.id} gap={2}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                {names}
              </Text>
              <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                {jp}
              </Text>
            </Group>
            <Bar value={(100 * p.jp) / most} label={t('mentoring.pairs.jpOf', { names })} text={jp} />
          </Stack>
        );
      })}
    </Stack>
  );
}
