import { Alert, Box, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateVerification } from '../../../api/types';
import { CheckCircleIcon, WarningIcon, XCircleIcon } from '../../../components/icons';
import { useFormat } from '../../../lib/use-format';

/**
 * The answer for a certificate: said first, in colour, an icon and words (valid, or revoked and
 * since when), then the few facts that tell which certificate it is.
 */
export function VerificationResult({ verification }: { verification: CertificateVerification }) {
  const { t } = useTranslation('certificates');
  const format = useFormat();
  const detailsId = useId();
  const valid = verification.status === 'valid';
  const days =
    verification.startsOn === verification.endsOn
      ? (format.date(verification.startsOn) ?? verification.startsOn)
      : t('verification.days', {
          from: format.date(verification.startsOn),
          until: format.date(verification.endsOn),
        });
  return (
    <Stack gap="md">
      <Alert
        color={valid ? 'teal' : 'red'}
        variant="light"
        role="status"
        icon={valid ? <CheckCircleIcon size={22} /> : <XCircleIcon size={22} />}
        title={
          <Title order={2} size="h4" data-testid="verification-status">
            {valid ? t('verification.valid.title') : t('verification.revoked.title')}
          </Title>
        }
      >
        <Text size="sm">
          {valid
            ? t('verification.valid.body', { government: verification.government })
            : t('verification.revoked.body', {
                government: verification.government,
                date: format.date(verification.revokedOn),
              })}
        </Text>
      </Alert>
      <Box component="section" aria-labelledby={detailsId}>
        <Title order={2} size="h5" id={detailsId} mb="xs">
          {t('verification.details')}
        </Title>
        <Stack component="dl" gap="sm" m={0}>
          <Fact label={t('verification.participant')} value={verification.participant} strong />
          <Fact label={t('verification.program')} value={verification.program} />
          <Fact label={t('verification.dates')} value={days} />
          <Fact
            label={t('verification.jp')}
            value={t('verification.jpValue', { jp: format.number(verification.jp) })}
          />
        </Stack>
      </Box>
      <Text size="xs" c="dimmed">
        {t('verification.privacy')}
      </Text>
    </Stack>
  );
}

function Fact({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={strong ? 700 : 400} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}

/** An unknown code or government: said plainly, with what to check. */
export function NotFoundResult() {
  const { t } = useTranslation('certificates');
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      icon={<WarningIcon size={22} />}
      title={
        <Title order={2} size="h4" data-testid="verification-status">
          {t('verification.notFound.title')}
        </Title>
      }
    >
      <Text size="sm">{t('verification.notFound.body')}</Text>
    </Alert>
  );
}
