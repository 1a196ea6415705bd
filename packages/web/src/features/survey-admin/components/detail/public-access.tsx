import {
  Anchor,
  Button,
  Card,
  CopyButton,
  Group,
  Image,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '../../../../api/types';
import { DownloadIcon, QrIcon } from '../../../../components/icons';
import { ButtonLink } from '../../../../components/router-links';
import { surveyQrUrl } from '../../api/get-survey-qr';
import { PublicUrlNote } from '../poster/public-url-note';

/**
 * How citizens reach a public survey: the link to share, the QR code and the counter poster, all
 * on the public address the server gives (PUBLIC_URL; without it, this page's, with a note).
 */
export function PublicAccess({ survey }: { survey: SurveyDetail & { publicUrl: string } }) {
  const { t } = useTranslation('surveyAdmin');
  const headingId = useId();
  const url = survey.publicUrl;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('public.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('public.intro')}
      </Text>
      <Group align="flex-start" gap="lg">
        <Image
          src={surveyQrUrl(survey.id)}
          alt={t('public.qrAlt', { title: survey.title })}
          w={180}
          h={180}
          fit="contain"
          radius="sm"
          style={{ border: '1px solid var(--mantine-color-gray-3)' }}
        />
        <Stack gap="sm" style={{ flex: '1 1 240px' }} miw={0}>
          <TextInput
            label={t('public.link')}
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <CopyButton value={url} timeout={3000}>
            {({ copied, copy }) => (
              <Group gap="sm">
                <VisuallyHidden role="status">{copied ? t('public.copied') : ''}</VisuallyHidden>
                <Button onClick={copy} variant={copied ? 'light' : 'filled'}>
                  {copied ? t('public.copied') : t('public.copy')}
                </Button>
                <ButtonLink
                  to="/surveys/$surveyId/poster"
                  params={{ surveyId: String(survey.id) }}
                  variant="default"
                  leftSection={<QrIcon size={16} />}
                >
                  {t('public.poster')}
                </ButtonLink>
              </Group>
            )}
          </CopyButton>
          <Anchor href={surveyQrUrl(survey.id)} download={`qr-survei-${survey.id}.svg`} size="sm">
            <DownloadIcon size={14} /> {t('public.downloadQr')}
          </Anchor>
          {!survey.publicUrlConfigured && <PublicUrlNote url={url} />}
        </Stack>
      </Group>
    </Card>
  );
}
