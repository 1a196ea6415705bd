import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import type { ImportKind } from '../api/upload-import';
import { ImportJob } from '../components/import-job';
import { TemplateLinks } from '../components/template-links';
import { UploadForm } from '../components/upload-form';

/**
 * One import page for every kind: upload, then the job's progress, counts and issues (the job
 * id in the address keeps them across reloads), and the template to start from.
 */
export function ImportPage({
  kind,
  job,
  onJob,
}: {
  kind: ImportKind;
  job: string | undefined;
  onJob: (job: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const organisation = kind !== 'employees';
  return (
    <Stack gap="lg">
      {organisation && <BackLink kind={kind} />}
      <Stack gap={4}>
        <PageTitle title={organisation ? t(`imports.kinds.${kind}.title`) : t('imports.title')} />
        <Text c="dimmed">{organisation ? t(`imports.kinds.${kind}.intro`) : t('imports.intro')}</Text>
      </Stack>
      {job ? (
        <ImportJob jobId={job} onReset={() => onJob(undefined)} />
      ) : (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-upload-heading">
          <Title order={2} size="h4" id="import-upload-heading" mb="sm">
            {t('imports.upload.title')}
          </Title>
          <UploadForm kind={kind} onStarted={(started) => onJob(started.id)} />
        </Card>
      )}
      <TemplateLinks kind={kind} />
    </Stack>
  );
}

/** Where each kind's page leads back to: the organisation's tab, or the registry for assessments. */
function BackLink({ kind }: { kind: Exclude<ImportKind, 'employees'> }) {
  const { t } = useTranslation();
  if (kind === 'competency-assessments' || kind === 'development') {
    return (
      <AnchorLink to="/employees" size="sm">
        ← {t('imports.kinds.backToEmployees')}
      </AnchorLink>
    );
  }
  if (kind === 'performance-history') {
    return (
      <AnchorLink to="/performance/admin" size="sm">
        ← {t('imports.kinds.backToPerformance')}
      </AnchorLink>
    );
  }
  if (kind === 'competency-standards') {
    return (
      <AnchorLink to="/competencies" search={{ tab: 'standards' }} size="sm">
        ← {t('imports.kinds.backToStandards')}
      </AnchorLink>
    );
  }
  const tab = kind === 'units' ? {} : { tab: 'positions' as const };
  return (
    <AnchorLink to="/organisation" search={tab} size="sm">
      ← {t('imports.kinds.back')}
    </AnchorLink>
  );
}
