import { Accordion, Badge, Box, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicPolicy } from '../../../api/types';
import { DownloadIcon } from '../../../components/icons';
import { useFormat } from '../../../lib/use-format';
import { publicPdfHref } from '../api/get-public-policies';
import { PublicConsultation, PublicResponses } from './public-consultation';

/** One published policy: its stage, the version shown with its dates, its consultations, its text. */
export function PublicPolicyCard({ policy, slug }: { policy: PublicPolicy; slug: string }) {
  const { t } = useTranslation('transparency');
  const { t: td } = useTranslation('domain');
  const format = useFormat();
  const { version } = policy;
  const headingId = `policy-${policy.id}-title`;
  return (
    <Card withBorder radius="md" component="article" aria-labelledby={headingId} p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="sm">
        <Stack gap={6}>
          <Title order={2} size="h3" id={headingId}>
            {policy.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="indigo" tt="none">
              {td(`policyState.${policy.state}`)}
            </Badge>
            <Badge variant="light" color="gray" tt="none">
              {td(`policyArea.${policy.area}`)}
            </Badge>
            <Badge variant="light" color={version.inForce ? 'teal' : 'gray'} tt="none">
              {t('version', { number: version.number })} ·{' '}
              {version.inForce ? t('inForce') : t('notYetInForce')}
            </Badge>
          </Group>
        </Stack>

        <Box component="dl" m={0}>
          <Field term={t('adoptedOn')}>{format.date(version.adoptedOn)}</Field>
          <Field term={t('effectiveFrom')}>{format.date(version.effectiveFrom)}</Field>
        </Box>

        <div>
          <Title order={3} size="h5">
            {t('purpose')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {policy.purpose}
          </Text>
        </div>
        {policy.principles.length > 0 && (
          <div>
            <Title order={3} size="h5">
              {t('principles')}
            </Title>
            <List size="sm">
              {policy.principles.map((principle) => (
                <List.Item key={principle}>{principle}</List.Item>
              ))}
            </List>
          </div>
        )}
        {policy.legalBasis.length > 0 && (
          <div>
            <Title order={3} size="h5">
              {t('legalBasis')}
            </Title>
            <List size="sm">
              {policy.legalBasis.map((basis) => (
                <List.Item key={basis}>{basis}</List.Item>
              ))}
            </List>
          </div>
        )}
        <div>
          <Title order={3} size="h5">
            {t('consultations')}
          </Title>
          {policy.consultations.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('noConsultation')}
            </Text>
          ) : (
            <List size="sm">
              {policy.consultations.map((round) => (
                <List.Item key={`${round.versionNumber}-${round.from}`}>
                  {t('window', {
                    from: format.date(round.from),
                    until: format.date(round.until),
                    version: round.versionNumber,
                    audience: (['employees', 'leaders', 'partners', 'public'] as const)
                      .filter((group) => round.audience[group])
                      .map((group) => t(`audience.${group}`))
                      .join(', '),
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </div>

        <PublicConsultation policy={policy} slug={slug} />
        <PublicResponses policy={policy} />

        <Accordion variant="contained" radius="md" chevronPosition="left">
          <Accordion.Item value="text">
            <Accordion.Control>
              {t('readText', { number: version.number, count: version.provisions.length })}
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm" aria-label={t('text', { number: version.number })} role="region">
                {version.provisions.map((provision) => (
                  <Box key={provision.provisionId} pl={Math.min(provision.depth, 4) * 14}>
                    <Text size="sm" fw={700}>
                      {[provision.label, provision.heading].filter(Boolean).join(' – ')}
                    </Text>
                    {provision.body && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {provision.body}
                      </Text>
                    )}
                  </Box>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>

        <Stack gap={4} align="flex-start">
          <Button
            component="a"
            href={publicPdfHref(slug, policy.id, version.id, format.language)}
            download
            variant="light"
            leftSection={<DownloadIcon />}
            aria-label={t('downloadPdfLabel', { title: policy.title, number: version.number })}
          >
            {t('downloadPdf')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('pdfHint')}
          </Text>
        </Stack>
      </Stack>
    </Card>
  );
}

function Field({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" fw={600}>
        {term}:
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Group>
  );
}
