import { Anchor, Card, Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../components/icons';
import { importTemplateUrl } from '../api/get-import-issues';

/** What files the import accepts, and the Jenjang template to start from. */
export function TemplateLinks() {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-formats-heading">
      <Title order={2} size="h4" id="import-formats-heading" mb="xs">
        {t('imports.formats.title')}
      </Title>
      <List size="sm" spacing={4} mb="md">
        <List.Item>{t('imports.formats.columns')}</List.Item>
        <List.Item>{t('imports.formats.files')}</List.Item>
        <List.Item>{t('imports.formats.dates')}</List.Item>
        <List.Item>{t('imports.formats.update')}</List.Item>
      </List>
      <Text size="sm" fw={600} mb={4}>
        {t('imports.formats.template')}
      </Text>
      <Group gap="lg">
        <Anchor href={importTemplateUrl('xlsx')} download size="sm">
          <Group gap={6} component="span">
            <DownloadIcon />
            {t('imports.formats.templateXlsx')}
          </Group>
        </Anchor>
        <Anchor href={importTemplateUrl('csv')} download size="sm">
          <Group gap={6} component="span">
            <DownloadIcon />
            {t('imports.formats.templateCsv')}
          </Group>
        </Anchor>
      </Group>
    </Card>
  );
}
