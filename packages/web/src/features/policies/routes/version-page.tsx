import { citationsOf } from '@jenjang/domain/policies/provision-citation.rules';
import { ActionIcon, Alert, Anchor, Box, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyVersionText, ProvisionView } from '../../../api/types';
import { PageTitle } from '../../../components/page-title';
import { QueryContent } from '../../../components/query-content';
import { AnchorLink } from '../../../components/router-links';
import { hasPermission, useMe } from '../../../lib/session';
import { useFormat } from '../../../lib/use-format';
import { useConsultations } from '../api/consultations';
import { usePolicy } from '../api/policies';
import { useVersionText } from '../api/policy-texts';
import { versionPdfUrl } from '../api/publication';
import { AcknowledgeBox, AcknowledgementCard } from '../components/acknowledgement-card';
import { ChangeNote } from '../components/change-note';
import { CommentModal, type CommentTarget } from '../components/comment-modal';
import { PromotionRulesPanel } from '../components/promotion-rules-panel';
import { type EditorTask, ProvisionEditor } from '../components/provision-editor';
import { TalentSettingsPanel } from '../components/talent-settings-panel';
import { WhyDrawer } from '../components/why-drawer';
import { VersionStatus } from './policy-page';

/** A version's text, each changed provision with its reason; the draft edited here by its drafters. */
export function VersionPage() {
  const { policyId, versionId } = useParams({ from: '/_authed/policies/$policyId/versions/$versionId' });
  const text = useVersionText(Number(policyId), Number(versionId));
  const policy = usePolicy(Number(policyId));
  const editable = policy.data?.canEdit === true && text.data?.version.status === 'draft';
  return (
    <QueryContent query={text} height={400}>
      {(data) => <VersionView text={data} editable={editable} />}
    </QueryContent>
  );
}

function VersionView({ text, editable }: { text: PolicyVersionText; editable: boolean }) {
  const { t } = useTranslation('policies');
  const [why, setWhy] = useState<number | null>(null);
  const [task, setTask] = useState<EditorTask | null>(null);
  // "Pasal 5 ayat (1)", not "(1)": what each provision's buttons are named by.
  const cited = useMemo(() => citationsOf(text.provisions), [text.provisions]);
  const [commenting, setCommenting] = useState<CommentTarget | null>(null);
  const consultations = useConsultations(text.policyId);
  // The open round on this very text, if this reader takes part in it.
  const round = consultations.data?.rounds.find((r) => r.versionId === text.version.id && r.canTakePart);
  const reviews = hasPermission(useMe(), 'policy.review') && text.version.status === 'adopted';
  const format = useFormat();
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <AnchorLink to="/policies/$policyId" params={{ policyId: String(text.policyId) }} size="sm">
          ← {text.policyTitle}
        </AnchorLink>
        <PageTitle
          title={t('version.title', { number: text.version.number })}
          documentTitle={`${text.policyTitle} · ${t('version.title', { number: text.version.number })}`}
        />
        <Group gap="xs">
          <VersionStatus version={text.version} />
          {text.version.number > 1 && (
            <AnchorLink
              to="/policies/$policyId/compare"
              params={{ policyId: String(text.policyId) }}
              search={{ to: text.version.id }}
              size="sm"
            >
              {t('version.compare', { number: text.version.number })}
            </AnchorLink>
          )}
          <Anchor
            href={versionPdfUrl(text.policyId, text.version.id, format.language)}
            download
            size="sm"
            aria-label={t('pdf.label', { number: text.version.number })}
          >
            {t('pdf.download')}
          </Anchor>
        </Group>
      </Stack>
      {round && (
        <Alert variant="light" color="blue">
          {t('consultation.onThisText')}
        </Alert>
      )}
      <AcknowledgeBox text={text} />
      {editable && (
        <Alert variant="light" color="grape">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{text.version.number > 1 ? t('draft.revisionHelp') : t('draft.firstHelp')}</Text>
            <Button
              size="xs"
              onClick={() => setTask({ kind: 'add', parentId: null, afterId: lastTop(text) })}
            >
              {t('draft.addTop')}
            </Button>
          </Stack>
        </Alert>
      )}
      {text.provisions.length === 0 ? (
        <Text c="dimmed">{t('draft.empty')}</Text>
      ) : (
        <Stack gap="md" component="article" aria-label={t('version.title', { number: text.version.number })}>
          {text.provisions.map((provision) => (
            <Provision
              key={provision.provisionId}
              provision={provision}
              citation={cited.get(provision.provisionId) ?? provision.label}
              editable={editable}
              onWhy={() => setWhy(provision.provisionId)}
              onTask={setTask}
              lastChild={lastChildOf(text, provision.provisionId)}
              onComment={
                round
                  ? () =>
                      setCommenting({
                        roundId: round.id,
                        provisionId: provision.provisionId,
                        label: cited.get(provision.provisionId) ?? provision.label,
                        quote: selectedWithin(provision.provisionId),
                        anonymousK: round.canTakePartAnonymously ? round.minGroupSize : null,
                      })
                  : undefined
              }
            />
          ))}
        </Stack>
      )}
      {text.removed.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('version.removed')}
          </Title>
          {text.removed.map((removed) => (
            <Stack key={removed.provisionId} gap={4}>
              <Text fw={600} td="line-through">
                {removed.label}
                {removed.heading ? ` — ${removed.heading}` : ''}
              </Text>
              <ChangeNote change={removed.change} />
            </Stack>
          ))}
        </Stack>
      )}
      <PromotionRulesPanel
        policyId={text.policyId}
        versionId={text.version.id}
        versionNumber={text.version.number}
        draft={text.version.status === 'draft'}
      />
      <TalentSettingsPanel
        policyId={text.policyId}
        versionId={text.version.id}
        versionNumber={text.version.number}
        draft={text.version.status === 'draft'}
      />
      {reviews && <AcknowledgementCard policyId={text.policyId} versionId={text.version.id} />}
      <WhyDrawer policyId={text.policyId} provisionId={why} onClose={() => setWhy(null)} />
      <ProvisionEditor text={text} task={task} onClose={() => setTask(null)} />
      <CommentModal policyId={text.policyId} target={commenting} onClose={() => setCommenting(null)} />
    </Stack>
  );
}

/** The words the reader selected inside a provision, to quote in a comment on it. */
function selectedWithin(provisionId: number): string | null {
  const selection = window.getSelection();
  const words = selection?.toString().trim();
  const node = selection?.anchorNode;
  const element = node instanceof Element ? node : node?.parentElement;
  return words && element?.closest(`[data-provision="${provisionId}"]`) ? words.slice(0, 1000) : null;
}

const lastTop = (text: PolicyVersionText) =>
  text.provisions.filter((p) => p.parentId === null).at(-1)?.provisionId ?? null;

const lastChildOf = (text: PolicyVersionText, id: number) =>
  text.provisions.filter((p) => p.parentId === id).at(-1)?.provisionId ?? null;

function Provision({
  provision,
  citation,
  editable,
  onWhy,
  onTask,
  lastChild,
  onComment,
}: {
  provision: ProvisionView;
  /** How a regulation cites it ("Pasal 5 ayat (1)"): what its buttons are named by. */
  citation: string;
  editable: boolean;
  onWhy: () => void;
  onTask: (task: EditorTask) => void;
  lastChild: number | null;
  /** Present while the reader takes part in a round on this text. */
  onComment: (() => void) | undefined;
}) {
  const { t } = useTranslation('policies');
  return (
    <Box pl={{ base: provision.depth * 12, sm: provision.depth * 28 }} data-provision={provision.provisionId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text
            fw={700}
            component={provision.depth === 0 ? 'h2' : 'h3'}
            size={provision.depth === 0 ? 'md' : 'sm'}
            m={0}
          >
            {provision.label}
            {provision.heading ? ` — ${provision.heading}` : ''}
          </Text>
          <Group gap={4} wrap="nowrap">
            {onComment && (
              <Button
                size="compact-xs"
                variant="light"
                // Keeps the reader's selection of the provision's words for the quote.
                onMouseDown={(event) => event.preventDefault()}
                onClick={onComment}
                aria-label={t('consultation.commentOn', { label: citation })}
              >
                {t('consultation.comment')}
              </Button>
            )}
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={onWhy}
              aria-label={t('why.button', { label: citation })}
            >
              {t('why.short')}
            </Button>
            {editable && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" aria-label={t('draft.actions', { label: citation })}>
                    ⋯
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => onTask({ kind: 'update', provision })}>
                    {t('draft.edit')}
                  </Menu.Item>
                  <Menu.Item
                    onClick={() =>
                      onTask({ kind: 'add', parentId: provision.parentId, afterId: provision.provisionId })
                    }
                  >
                    {t('draft.addAfter')}
                  </Menu.Item>
                  <Menu.Item
                    onClick={() =>
                      onTask({ kind: 'add', parentId: provision.provisionId, afterId: lastChild })
                    }
                  >
                    {t('draft.addPart')}
                  </Menu.Item>
                  <Menu.Item color="red" onClick={() => onTask({ kind: 'remove', provision })}>
                    {t('draft.remove')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
        {provision.body && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {provision.body}
          </Text>
        )}
        {provision.change && <ChangeNote change={provision.change} />}
      </Stack>
    </Box>
  );
}
