import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Curricula, CurriculumModule, CurriculumVersion, Program } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { EmptyMessage } from '../../../components/empty-state';
import { QueryContent } from '../../../components/query-content';
import { useFormat } from '../../../lib/use-format';
import { useCurricula } from '../api/curricula';
import { CurriculumChanges } from './curriculum-changes';

/**
 * The program's curriculum: the current version's modules with their JP and objectives; for the
 * agency (and a trainer, for their batches' versions) each revision's record — reason, author, date,
 * evidence batches and what it changed. `onRevise` opens the revision dialog (the agency only).
 */
export function CurriculumSection({ program, onRevise }: { program: Program; onRevise: () => void }) {
  const { t } = useTranslation('programs');
  const curricula = useCurricula(program.id);
  const current = curricula.data?.items[0];
  return (
    <Stack gap="sm" component="section" aria-labelledby="program-curriculum">
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="sm" align="center">
          <Title order={2} size="h4" id="program-curriculum">
            {t('curriculum.title')}
          </Title>
          {current && (
            <Badge variant="light" color="indigo">
              {t('curriculum.version', { version: current.version })}
            </Badge>
          )}
        </Group>
        {curricula.data?.revisable && (
          <Button variant={current ? 'default' : 'filled'} onClick={onRevise}>
            {current ? t('curriculum.revise') : t('curriculum.record')}
          </Button>
        )}
      </Group>
      <QueryContent query={curricula} height={160}>
        {(data) => <CurriculumView data={data} />}
      </QueryContent>
    </Stack>
  );
}

function CurriculumView({ data }: { data: Curricula }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const [current, ...older] = data.items;
  return (
    <Stack gap="sm">
      {data.jpMismatch && current && (
        <Alert color="yellow" title={t('curriculum.mismatchTitle')}>
          {t('curriculum.mismatch', {
            programJp: format.number(data.programJp),
            modulesJp: format.number(current.jp),
          })}
        </Alert>
      )}
      {current ? (
        <>
          <Text size="sm" c="dimmed">
            {t('curriculum.total', { jp: format.number(current.jp), modules: current.modules.length })}
          </Text>
          <Modules
            modules={current.modules}
            label={t('curriculum.modulesOf', { version: current.version })}
          />
          <VersionRecord version={current} />
        </>
      ) : (
        <EmptyMessage title={t('curriculum.empty')}>
          {data.revisable ? t('curriculum.emptyManager') : null}
        </EmptyMessage>
      )}
      {older.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="program-curriculum-history">
          <Title order={3} size="h5" id="program-curriculum-history">
            {t('curriculum.history.title')}
          </Title>
          <CardList label={t('curriculum.history.title')} busy={false}>
            {older.map((version) => (
              <CardItem key={version.id}>
                <Stack gap={6}>
                  <Group gap="sm" align="center">
                    <Badge variant="light" color="gray">
                      {t('curriculum.version', { version: version.version })}
                    </Badge>
                    <Text size="sm">
                      {t('curriculum.total', {
                        jp: format.number(version.jp),
                        modules: version.modules.length,
                      })}
                    </Text>
                  </Group>
                  <VersionRecord version={version} />
                </Stack>
              </CardItem>
            ))}
          </CardList>
        </Stack>
      )}
    </Stack>
  );
}

function Modules({ modules, label }: { modules: readonly CurriculumModule[]; label: string }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  return (
    <CardList label={label} busy={false}>
      {modules.map((module, index) => (
        <CardItem key={`${index}-${module.title}`}>
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
              <Text fw={600}>{t('curriculum.moduleTitle', { n: index + 1, title: module.title })}</Text>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {t('curriculum.jp', { jp: format.number(module.jp) })}
              </Text>
            </Group>
            <List size="sm" spacing={2} aria-label={t('curriculum.objectivesOf', { title: module.title })}>
              {module.objectives.map((objective) => (
                <List.Item key={objective}>{objective}</List.Item>
              ))}
            </List>
          </Stack>
        </CardItem>
      ))}
    </CardList>
  );
}

/** Who recorded the version and when, why, on which evidence, and what it changed. */
function VersionRecord({ version }: { version: CurriculumVersion }) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const date = format.timestamp(version.createdAt);
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {version.author
          ? t('curriculum.history.recordedBy', { date, author: version.author })
          : t('curriculum.history.recorded', { date })}
      </Text>
      {version.reason ? (
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('curriculum.history.reason')}
          </Text>{' '}
          {version.reason}
        </Text>
      ) : (
        version.version === 1 && <Text size="sm">{t('curriculum.history.first')}</Text>
      )}
      {version.evidenceBatches.length > 0 && (
        <Text size="sm">
          {t('curriculum.history.evidence', {
            batches: version.evidenceBatches.map((b) => b.name).join(', '),
          })}
        </Text>
      )}
      {version.batches.length > 0 && (
        <Text size="sm">
          {t('curriculum.taughtIn', { batches: version.batches.map((b) => b.name).join(', ') })}
        </Text>
      )}
      {version.changes && <CurriculumChanges changes={version.changes} since={version.version - 1} />}
    </Stack>
  );
}
