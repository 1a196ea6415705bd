import { Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { UploadIcon } from '../../../components/icons';
import { ButtonLink } from '../../../components/router-links';
import { isApiError } from '../../../lib/api-client';
import { useStandard } from '../api/get-standard';
import type { TabPanelProps } from '../routes/competencies-search';
import { useCanManageCompetencies } from './permissions';
import { type PositionOption, PositionSelect } from './position-select';
import { StandardEditor } from './standard-editor';

/**
 * Standar Kompetensi Jabatan: pick a position, read its standard; tenant-wide admins change it,
 * copy it to similar positions, or import standards from a file.
 */
export function StandardsPanel({ search, onSearch }: TabPanelProps) {
  const { t } = useTranslation('competencies');
  const canManage = useCanManageCompetencies();
  const headingId = useId();
  const positionId = search.position;
  const standard = useStandard(positionId);
  // The position just picked keeps its name in the box while its standard loads.
  const [picked, setPicked] = useState<PositionOption | null>(null);
  const chosen =
    positionId === undefined
      ? null
      : standard.data
        ? { id: positionId, name: standard.data.positionName }
        : picked?.id === positionId
          ? picked
          : null;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={2} size="h4" id={headingId}>
            {t('standards.heading')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('standards.intro')}
          </Text>
        </Stack>
        {canManage && (
          <ButtonLink to="/imports/competency-standards" variant="default" leftSection={<UploadIcon />}>
            {t('standards.import')}
          </ButtonLink>
        )}
      </Group>
      {!canManage && (
        <Text size="sm" c="dimmed">
          {t('standards.readOnly')}
        </Text>
      )}
      <PositionSelect
        label={t('standards.position')}
        description={t('standards.positionHelp')}
        value={chosen}
        onChange={(position) => {
          setPicked(position);
          onSearch({ position: position?.id });
        }}
      />
      {positionId === undefined ? (
        <Text size="sm" c="dimmed">
          {t('standards.choose')}
        </Text>
      ) : isApiError(standard.error, 404) ? (
        <EmptyMessage title={t('standards.notFound')}>{t('standards.notFoundBody')}</EmptyMessage>
      ) : standard.isError ? (
        <ErrorAlert error={standard.error} onRetry={() => void standard.refetch()} />
      ) : standard.data ? (
        <StandardEditor key={positionId} standard={standard.data} canManage={canManage} />
      ) : (
        <Skeleton h={200} aria-busy="true" />
      )}
    </Stack>
  );
}
