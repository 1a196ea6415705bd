import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstrumentDetail } from '../../../../api/types';
import { useFormat } from '../../../../lib/use-format';

/** Every version of the questionnaire: which one is edited now, and which ones waves have used. */
export function VersionHistory({ instrument }: { instrument: InstrumentDetail }) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const versions = [...instrument.versions].sort((a, b) => b.version - a.version);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('builder.versions.intro')}</Text>
      <Table.ScrollContainer minWidth={360} type="native">
        <Table verticalSpacing="xs">
          <Table.Caption className="visually-hidden">{t('builder.versions.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('builder.versions.version')}</Table.Th>
              <Table.Th scope="col">{t('builder.versions.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('builder.versions.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => (
              <Table.Tr
                key={version.id}
                aria-current={version.id === instrument.version.id ? 'true' : undefined}
              >
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {t('builder.versions.number', { version: version.version })}
                    </Text>
                    {version.id === instrument.version.id && (
                      <Badge size="xs" variant="light" color="indigo" tt="none">
                        {t('builder.versions.current')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <time dateTime={version.createdAt}>{format.timestamp(version.createdAt)}</time>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={version.frozen ? 'gray' : 'teal'} tt="none">
                    {version.frozen ? t('builder.versions.frozen') : t('builder.versions.editable')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
