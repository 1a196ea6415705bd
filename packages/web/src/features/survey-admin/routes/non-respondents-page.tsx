import { Alert, Button, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail, WaveSummary } from '../../../api/types';
import { EmptyMessage } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { BellIcon, DownloadIcon } from '../../../components/icons';
import { NotFoundMessage } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { ResultsHeading } from '../../../components/results-heading';
import { AnchorLink } from '../../../components/router-links';
import { SearchBox } from '../../../components/search-box';
import { UnitSelect } from '../../../components/unit-select';
import { isLanguage } from '../../../i18n/languages';
import { isApiError } from '../../../lib/api-client';
import { useFormat } from '../../../lib/use-format';
import { usePaging } from '../../../lib/use-paging';
import { nonRespondentsXlsxUrl, useNonRespondents } from '../api/get-non-respondents';
import { useSurvey } from '../api/get-survey';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useSendReminder } from '../components/detail/use-send-reminder';
import { NonRespondentList } from '../components/non-respondents/non-respondent-list';
import { type NonRespondentsSearch, nonRespondentsQuery } from './non-respondents-search';

const route = getRouteApi('/_authed/surveys/$surveyId/waves/$waveId/non-respondents');

/**
 * Who has not answered an identified wave, within the admin's reach: searched, filtered by unit,
 * exported, and reminded (the chosen ones, or all of them). Anonymous waves name nobody.
 */
export function NonRespondentsPage() {
  const { surveyId, waveId } = route.useParams();
  const survey = Number(surveyId);
  const wave = Number(waveId);
  if (![survey, wave].every((id) => Number.isInteger(id) && id > 0)) return <NotFoundMessage />;
  return <NonRespondentsView surveyId={survey} waveId={wave} />;
}

function NonRespondentsView({ surveyId, waveId }: { surveyId: number; waveId: number }) {
  const { t } = useTranslation('surveyAdmin');
  const survey = useSurvey(surveyId);
  const wave = survey.data?.waves.find((w) => w.id === waveId);

  if (isApiError(survey.error, 404) || (survey.data && !wave)) {
    return <NotFoundMessage title={t('detail.notFound')} body={t('detail.notFoundBody')} />;
  }
  return (
    <Stack gap="lg">
      <AnchorLink
        to="/surveys/$surveyId"
        params={{ surveyId: String(surveyId) }}
        size="sm"
        style={{ alignSelf: 'flex-start' }}
      >
        ← {t('nonRespondents.back')}
      </AnchorLink>
      {survey.isPending && <Skeleton h={36} w="60%" />}
      {survey.isError && <ErrorAlert error={survey.error} onRetry={() => void survey.refetch()} />}
      {survey.data && wave && <NonRespondents survey={survey.data} wave={wave} />}
    </Stack>
  );
}

function NonRespondents({ survey, wave }: { survey: SurveyDetail; wave: WaveSummary }) {
  const { t, i18n } = useTranslation('surveyAdmin');
  const format = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useNonRespondents(wave.id, nonRespondentsQuery(search));
  const remind = useSendReminder();
  // Chosen across pages and filters, until reminded.
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [confirmAll, setConfirmAll] = useState(false);
  const update = (patch: Partial<NonRespondentsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch, page: undefined }), replace: true });
  const goToPage = usePaging(list, (next, replace) =>
    navigate({ search: (previous) => ({ ...previous, page: next }), replace }),
  );
  const title = t('nonRespondents.title', { label: wave.label });
  const canRemind = wave.status === 'open' && survey.canManage;
  const data = list.data;
  const language = isLanguage(i18n.language) ? i18n.language : 'id';

  if (survey.mode !== 'identified') {
    return (
      <Stack gap="sm">
        <PageTitle title={title} />
        <Alert color="gray" variant="light">
          {t('nonRespondents.identifiedOnly')}
        </Alert>
      </Stack>
    );
  }

  const send = (employeeIds?: number[]) =>
    remind.send(
      { waveId: wave.id, ...(employeeIds ? { employeeIds } : {}) },
      {
        onSuccess: () => {
          setChosen(new Set());
          setConfirmAll(false);
        },
        onError: () => setConfirmAll(false),
      },
    );

  const toggle = (ids: number[], on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {survey.title}
        </Text>
        <PageTitle title={title} />
        <Text c="dimmed">{t('nonRespondents.intro')}</Text>
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <SearchBox
          value={search.q ?? ''}
          onSearch={(q) => update({ q: q || undefined })}
          label={t('nonRespondents.search')}
          placeholder={t('nonRespondents.searchPlaceholder')}
        />
        <UnitSelect
          value={search.unitId}
          onChange={(unitId) => update({ unitId })}
          label={t('nonRespondents.unit')}
          placeholder={t('nonRespondents.unitPlaceholder')}
          clearLabel={t('nonRespondents.unitClear')}
        />
      </SimpleGrid>

      <Group gap="sm">
        {canRemind && (
          <>
            <Button
              leftSection={<BellIcon size={16} />}
              disabled={chosen.size === 0}
              loading={remind.isPending && !confirmAll}
              onClick={() => send([...chosen])}
            >
              {t('nonRespondents.remindChosen', {
                count: chosen.size,
                formatted: format.number(chosen.size),
              })}
            </Button>
            <Button variant="default" onClick={() => setConfirmAll(true)} disabled={data?.total === 0}>
              {t('nonRespondents.remindAll')}
            </Button>
          </>
        )}
        <Button
          component="a"
          variant="default"
          leftSection={<DownloadIcon size={16} />}
          href={nonRespondentsXlsxUrl(wave.id, { q: search.q, unitId: search.unitId }, language)}
          download
        >
          {t('nonRespondents.download')}
        </Button>
      </Group>
      {!canRemind && (
        <Text size="sm" c="dimmed">
          {t('nonRespondents.remindClosed')}
        </Text>
      )}

      <Stack gap="sm" component="section" aria-labelledby="non-respondents-heading">
        <ResultsHeading
          id="non-respondents-heading"
          label={
            data
              ? t('nonRespondents.total', {
                  count: data.total,
                  formatted: format.number(data.total),
                  invited: format.number(data.invited),
                })
              : null
          }
          busy={list.isFetching}
        />
        {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
        {data && data.items.length === 0 && (
          <EmptyMessage title={t('nonRespondents.empty.title')}>
            {t('nonRespondents.empty.body')}
          </EmptyMessage>
        )}
        {data && data.items.length > 0 && (
          <>
            <NonRespondentList
              items={data.items}
              busy={list.isFetching}
              label={title}
              selected={canRemind ? chosen : null}
              onToggle={(id, on) => toggle([id], on)}
              onToggleAll={(on) =>
                toggle(
                  data.items.filter((p) => p.hasAccount).map((p) => p.employeeId),
                  on,
                )
              }
            />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={goToPage}
              label={t('nonRespondents.pages')}
            />
          </>
        )}
      </Stack>

      <ConfirmDialog
        opened={confirmAll}
        title={t('nonRespondents.confirmAll.title')}
        confirmLabel={t('nonRespondents.confirmAll.confirm')}
        onConfirm={() => send()}
        onClose={() => setConfirmAll(false)}
        busy={remind.isPending}
      >
        {t('nonRespondents.confirmAll.body')}
      </ConfirmDialog>
    </Stack>
  );
}
