import { Anchor, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../components/icons';
import { importTemplateUrl } from '../api/get-import-issues';
import type { ImportKind } from '../api/upload-import';

/** What files the import accepts, and the Jenjang template to start from. */
export function TemplateLinks({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-formats-heading">
      <Title order={2} size="h4" id="import-formats-heading" mb="xs">
        {t('imports.formats.title')}
      </Title>
      <List size="sm" spacing={4} mb="md">
        <List.Item>
          {kind === 'employees' ? t('imports.formats.columns') : t(`imports.kinds.${kind}.columns`)}
        </List.Item>
        <List.Item>{t('imports.formats.files')}</List.Item>
        {kind === 'employees' && <List.Item>{t('imports.formats.dates')}</List.Item>}
        <List.Item>{t('imports.formats.update')}</List.Item>
      </List>
      <Text size="sm" fw={600} mb={4}>
        {t('imports.formats.template')}
      </Text>
      <Group gap="lg">
        <Anchor href={importTemplateUrl('xlsx', kind)} download size="sm">
          <Group gap={6} component="span">
            <DownloadIcon />
            {t('imports.formats.templateXlsx')}
          </Group>
        </Anchor>
        <Anchor href={importTemplateUrl('csv', kind)} download size="sm">
          <Group gap={6} component="span">
            <DownloadIcon />
            {t('imports.formats.templateCsv')}
          </Group>
        </Anchor>
      </Group>
    </Card>
  );
}
