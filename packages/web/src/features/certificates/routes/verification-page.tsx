import { Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { PublicLayout } from '../../../components/public-layout';
import { QueryContent } from '../../../components/query-content';
import { isApiError } from '../../../lib/api-client';
import { useCertificateVerification } from '../api/get-certificate-verification';
import { NotFoundResult, VerificationResult } from '../components/verification-result';

/**
 * Where a certificate's QR code leads (/verifikasi/<slug>/<code>), for anyone without an account:
 * whether the certificate stands or was revoked and since when, whom it names and for what.
 */
export function VerificationPage() {
  const { slug, code } = useParams({ from: '/verifikasi/$slug/$code' });
  const { t } = useTranslation('certificates');
  const verification = useCertificateVerification(slug, code);
  return (
    <PublicLayout>
      <Stack gap="md">
        <Stack gap={4}>
          <PageTitle title={t('verification.title')} />
          <Text size="sm" c="dimmed">
            {t('verification.intro')}
          </Text>
        </Stack>
        {isApiError(verification.error, 404) ? (
          <NotFoundResult />
        ) : (
          <QueryContent query={verification} height={220}>
            {(data) => <VerificationResult verification={data} />}
          </QueryContent>
        )}
      </Stack>
    </PublicLayout>
  );
}
