import { Alert, Button, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { PageTitle } from '../../../components/page-title';
import { AnchorLink } from '../../../components/router-links';
import { useFormat } from '../../../lib/use-format';
import { useCheckIn } from '../api/programs';

const route = getRouteApi('/_authed/programs/$programId/check-in');

/**
 * Where the trainer's QR code leads: the participant, signed in on their phone, confirms their
 * presence for the day with one button (no check-in happens by merely opening a link).
 */
export function CheckInPage() {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const { programId } = route.useParams();
  const search = route.useSearch();
  const id = Number(programId);
  const checkIn = useCheckIn(id);
  const valid =
    Number.isInteger(id) && id > 0 && search.batch !== undefined && search.day !== undefined && search.code;
  return (
    <Stack gap="md" maw={480}>
      <PageTitle title={t('checkIn.title')} />
      {!valid ? (
        <Alert color="orange" variant="light">
          {t('checkIn.invalidLink')}
        </Alert>
      ) : checkIn.isSuccess ? (
        <Alert color="teal" variant="light" title={t('checkIn.done')} role="status">
          {t('checkIn.doneLine', {
            batch: checkIn.data.batch,
            day: format.date(checkIn.data.day),
            attended: checkIn.data.attended,
            of: checkIn.data.of,
          })}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('checkIn.intro', { day: format.date(search.day) })}</Text>
          {checkIn.isError && <ErrorAlert error={checkIn.error} />}
          <Button
            size="lg"
            loading={checkIn.isPending}
            onClick={() => checkIn.mutate({ batchId: search.batch!, day: search.day!, code: search.code! })}
          >
            {t('checkIn.confirm')}
          </Button>
        </>
      )}
      {Number.isInteger(id) && id > 0 && (
        <AnchorLink to="/programs/$programId" params={{ programId: String(id) }} size="sm">
          {t('checkIn.toProgram')}
        </AnchorLink>
      )}
    </Stack>
  );
}
