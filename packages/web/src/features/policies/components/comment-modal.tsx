import { Alert, Button, Checkbox, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { useConsultationAct } from '../api/consultations';

/** Where a participant's input goes: a provision (with the words it quotes) or the draft as a whole. */
export interface CommentTarget {
  roundId: number;
  provisionId: number | null;
  label: string | null;
  quote: string | null;
  /** k when the round lets this reader send anonymously (input appears once k people wrote); else null. */
  anonymousK: number | null;
}

/** A comment on a provision, or a general proposal, sent to the open round. */
export function CommentModal({
  policyId,
  target,
  onClose,
}: {
  policyId: number;
  target: CommentTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  const title = target?.label
    ? t('consultation.commentOn', { label: target.label })
    : t('consultation.propose');
  return (
    <ResponsiveModal opened={target !== null} onClose={onClose} title={title}>
      {target && <CommentForm policyId={policyId} target={target} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function CommentForm({
  policyId,
  target,
  onDone,
}: {
  policyId: number;
  target: CommentTarget;
  onDone: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const act = useConsultationAct(policyId);
  const [kind, setKind] = useState<'comment' | 'proposal'>(
    target.provisionId === null ? 'proposal' : 'comment',
  );
  const [quote, setQuote] = useState(target.quote ?? '');
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sentAnonymously, setSentAnonymously] = useState(false);
  const submit = () =>
    act.mutate(
      {
        kind: anonymous ? 'anonymous' : 'comment',
        roundId: target.roundId,
        body: { provisionId: target.provisionId, quote: quote.trim() || null, kind, body: body.trim() },
      },
      { onSuccess: anonymous ? () => setSentAnonymously(true) : onDone },
    );
  if (sentAnonymously) {
    return (
      <Stack>
        <Alert color="teal" variant="light" role="status">
          {t('consultation.anonymousSent', { k: target.anonymousK })}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>{tc('common.close')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text size="sm">
        {anonymous ? t('consultation.anonymousNote', { k: target.anonymousK }) : t('consultation.identified')}
      </Text>
      {target.anonymousK !== null && (
        <Checkbox
          label={t('consultation.sendAnonymously')}
          description={t('consultation.sendAnonymouslyHelp', { k: target.anonymousK })}
          checked={anonymous}
          onChange={(event) => setAnonymous(event.currentTarget.checked)}
        />
      )}
      {target.provisionId !== null && (
        <>
          <SegmentedControl
            value={kind}
            onChange={(next) => setKind(next as 'comment' | 'proposal')}
            data={[
              { value: 'comment', label: t('consultation.kind.comment') },
              { value: 'proposal', label: t('consultation.kind.proposal') },
            ]}
          />
          <Textarea
            label={t('consultation.quote')}
            description={t('consultation.quoteHelp')}
            autosize
            minRows={1}
            value={quote}
            onChange={(e) => setQuote(e.currentTarget.value)}
          />
        </>
      )}
      <Textarea
        label={t('consultation.body')}
        required
        autosize
        minRows={3}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      {act.isError && <ErrorAlert error={act.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('common.cancel')}
        </Button>
        <Button onClick={submit} loading={act.isPending} disabled={!body.trim()}>
          {t('consultation.send')}
        </Button>
      </Group>
    </Stack>
  );
}
