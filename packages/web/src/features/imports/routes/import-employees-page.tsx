import { Card, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { ImportJob } from '../components/import-job';
import { TemplateLinks } from '../components/template-links';
import { UploadForm } from '../components/upload-form';

const route = getRouteApi('/_authed/imports/employees');

export function ImportEmployeesPage() {
  const { t } = useTranslation();
  const { job } = route.useSearch();
  const navigate = route.useNavigate();

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle title={t('imports.title')} />
        <Text c="dimmed">{t('imports.intro')}</Text>
      </Stack>
      {job ? (
        <ImportJob jobId={job} onReset={() => void navigate({ search: {} })} />
      ) : (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-upload-heading">
          <Title order={2} size="h4" id="import-upload-heading" mb="sm">
            {t('imports.upload.title')}
          </Title>
          <UploadForm onStarted={(started) => void navigate({ search: { job: started.id } })} />
        </Card>
      )}
      <TemplateLinks />
    </Stack>
  );
}
