import {
  Alert,
  Badge,
  Blockquote,
  Box,
  Button,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicPolicy } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/use-format';
import { useSendPublicInput } from '../api/send-public-input';

/**
 * A round inviting the public: the draft under consultation and a form for a citizen's comment on
 * one of its provisions or a general proposal, sent without an account.
 */
export function PublicConsultation({ policy, slug }: { policy: PublicPolicy; slug: string }) {
  const { t } = useTranslation('transparency');
  const format = useFormat();
  const open = policy.openConsultation;
  if (!open) return null;
  const headingId = `policy-${policy.id}-consultation`;
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby={headingId}
      p="sm"
      style={{ border: '1px solid var(--mantine-color-indigo-2)', borderRadius: 8 }}
    >
      <Title order={3} size="h5" id={headingId}>
        {t('public.title', { number: open.versionNumber })}
      </Title>
      <Text size="sm">{t('public.intro', { until: format.date(open.until) })}</Text>
      <Stack gap="xs" role="region" aria-label={t('public.draft', { number: open.versionNumber })}>
        {open.provisions.map((provision) => (
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
      <PublicInputForm policy={policy} slug={slug} />
    </Stack>
  );
}

function PublicInputForm({ policy, slug }: { policy: PublicPolicy; slug: string }) {
  const { t } = useTranslation('transparency');
  const send = useSendPublicInput(slug, policy.id);
  const provisions = policy.openConsultation?.provisions ?? [];
  const [about, setAbout] = useState('general');
  const provisionId = about === 'general' ? null : Number(about);
  const [quote, setQuote] = useState('');
  const [body, setBody] = useState('');
  const [website, setWebsite] = useState('');
  const [sent, setSent] = useState(false);
  const idPrefix = `policy-${policy.id}-input`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    send.mutate(
      {
        provisionId,
        quote: provisionId !== null && quote.trim() ? quote.trim() : null,
        kind: provisionId !== null ? 'comment' : 'proposal',
        body: body.trim(),
        website,
      },
      {
        onSuccess: () => {
          setSent(true);
          setBody('');
          setQuote('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('public.formLabel', { title: policy.title })}>
      <Stack gap="sm">
        <Select
          id={`${idPrefix}-provision`}
          label={t('public.about')}
          value={about}
          allowDeselect={false}
          onChange={(next) => setAbout(next ?? 'general')}
          data={[
            { value: 'general', label: t('public.general') },
            ...provisions.map((p) => ({
              value: String(p.provisionId),
              label: [p.label, p.heading].filter(Boolean).join(' – '),
            })),
          ]}
        />
        {provisionId !== null && (
          <TextInput
            id={`${idPrefix}-quote`}
            label={t('public.quote')}
            description={t('public.quoteHelp')}
            value={quote}
            onChange={(event) => setQuote(event.currentTarget.value)}
          />
        )}
        <Textarea
          id={`${idPrefix}-body`}
          label={t('public.body')}
          description={t('public.bodyHelp')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setSent(false);
          }}
        />
        {/* Left empty by people; bots that fill every field give themselves away. */}
        <div className="visually-hidden">
          <TextInput
            label={t('public.honeypot')}
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(event) => setWebsite(event.currentTarget.value)}
          />
        </div>
        {send.isError && <ErrorAlert error={send.error} />}
        {sent && (
          <Alert color="teal" variant="light" role="status">
            {t('public.sent')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={send.isPending} disabled={!body.trim()}>
            {t('public.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Citizens' input that received its official response. */
export function PublicResponses({ policy }: { policy: PublicPolicy }) {
  const { t } = useTranslation('transparency');
  if (policy.publicInput.length === 0) return null;
  return (
    <div>
      <Title order={3} size="h5">
        {t('public.responses')}
      </Title>
      <Stack gap="sm" mt={6}>
        {policy.publicInput.map((input) => (
          <Stack
            key={input.id}
            gap={4}
            p="sm"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
          >
            <Text size="xs" c="dimmed">
              {input.provisionLabel ?? t('public.general')}
            </Text>
            {input.quote && (
              <Blockquote p="xs" fz="sm" color="gray">
                {input.quote}
              </Blockquote>
            )}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {input.body}
            </Text>
            <Text size="sm">
              <Badge
                size="sm"
                variant="light"
                tt="none"
                color={input.response.response === 'rejected' ? 'gray' : 'teal'}
              >
                {t(`public.response.${input.response.response}`)}
              </Badge>{' '}
              {input.response.reason}
            </Text>
          </Stack>
        ))}
      </Stack>
    </div>
  );
}
