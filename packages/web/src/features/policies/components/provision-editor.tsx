import { citationsOf } from '@jenjang/domain/policies/provision-citation.rules';
import { Button, Group, MultiSelect, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceInput, PolicyVersionText, ProvisionView } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { ResponsiveModal } from '../../../components/responsive-modal';
import { type ProvisionEdit, useEditProvision } from '../api/policy-texts';
import { EvidencePicker } from './evidence-picker';
import { descendantsOf, originChoices, placeChoices } from './provision-places';

/** What the editor was opened for: a new provision at a place, a change of one, or its removal. */
export type EditorTask =
  | { kind: 'add'; parentId: number | null; afterId: number | null }
  | { kind: 'update'; provision: ProvisionView }
  | { kind: 'remove'; provision: ProvisionView };

export function ProvisionEditor({
  text,
  task,
  onClose,
}: {
  text: PolicyVersionText;
  task: EditorTask | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('policies');
  const title = !task
    ? ''
    : task.kind === 'add'
      ? t('editor.addTitle')
      : t(`editor.${task.kind}Title`, {
          label: citationsOf(text.provisions).get(task.provision.provisionId) ?? task.provision.label,
        });
  return (
    <ResponsiveModal opened={task !== null} onClose={onClose} title={title} size="lg">
      {task && <EditorForm text={text} task={task} onDone={onClose} />}
    </ResponsiveModal>
  );
}

function EditorForm({
  text,
  task,
  onDone,
}: {
  text: PolicyVersionText;
  task: EditorTask;
  onDone: () => void;
}) {
  const { t } = useTranslation('policies');
  const { t: tc } = useTranslation();
  const edit = useEditProvision(text.policyId);
  const current = task.kind === 'add' ? null : task.provision;
  const revision = text.version.number > 1;
  const [label, setLabel] = useState(current?.label ?? '');
  const [heading, setHeading] = useState(current?.heading ?? '');
  const [body, setBody] = useState(current?.body ?? '');
  const [parent, setParent] = useState<string>(current?.parentId ? String(current.parentId) : '');
  const [after, setAfter] = useState<string>(afterOf(text, current));
  const [origins, setOrigins] = useState<string[]>([]);
  const [reason, setReason] = useState(current?.change?.reason ?? '');
  const [evidence, setEvidence] = useState<EvidenceInput[]>([]);
  const [missing, setMissing] = useState<string | null>(null);

  const excluded = current ? descendantsOf(text, current.provisionId) : new Set<number>();
  const parentId = parent ? Number(parent) : null;
  const afterId = after ? Number(after) : null;

  const submit = () => {
    if (task.kind !== 'remove' && !label.trim()) return setMissing(t('editor.labelRequired'));
    if (revision && !reason.trim() && !(task.kind === 'update' && onlyNumber())) {
      return setMissing(t('editor.reasonRequired'));
    }
    setMissing(null);
    const reasoned = { ...(reason.trim() ? { reason: reason.trim() } : {}), evidence };
    const request: ProvisionEdit =
      task.kind === 'add'
        ? {
            kind: 'add',
            body: {
              parentId: task.parentId,
              afterId: task.afterId,
              label: label.trim(),
              heading: heading.trim() || null,
              body,
              origins: origins.map(Number),
              ...reasoned,
            },
          }
        : task.kind === 'remove'
          ? { kind: 'remove', provisionId: task.provision.provisionId, body: reasoned }
          : {
              kind: 'update',
              provisionId: task.provision.provisionId,
              body: {
                label: label.trim(),
                heading: heading.trim() || null,
                body,
                ...(moved() ? { move: { parentId, afterId } } : {}),
                ...reasoned,
              },
            };
    edit.mutate(request, { onSuccess: onDone });
  };
  const moved = () => current !== null && (parentId !== current.parentId || after !== afterOf(text, current));
  const onlyNumber = () =>
    current !== null && !moved() && body === current.body && (heading || null) === current.heading;

  return (
    <Stack>
      {task.kind === 'remove' ? (
        <Text size="sm">{t('editor.removeExplain')}</Text>
      ) : (
        <>
          <Group grow align="flex-start">
            <TextInput
              label={t('editor.label')}
              description={t('editor.labelHelp')}
              required
              value={label}
              onChange={(e) => setLabel(e.currentTarget.value)}
            />
            <TextInput
              label={t('editor.heading')}
              value={heading}
              onChange={(e) => setHeading(e.currentTarget.value)}
            />
          </Group>
          <Textarea
            label={t('editor.body')}
            autosize
            minRows={4}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          {task.kind === 'update' && (
            <Group grow align="flex-start">
              <Select
                label={t('editor.parent')}
                value={parent}
                allowDeselect={false}
                onChange={(next) => {
                  setParent(next ?? '');
                  setAfter('');
                }}
                data={[
                  { value: '', label: t('editor.top') },
                  ...text.provisions
                    .filter((p) => !excluded.has(p.provisionId))
                    .map((p) => ({
                      value: String(p.provisionId),
                      label: `${'  '.repeat(p.depth)}${p.label}`,
                    })),
                ]}
              />
              <Select
                label={t('editor.position')}
                value={after}
                allowDeselect={false}
                onChange={(next) => setAfter(next ?? '')}
                data={placeChoices(text, parentId, current?.provisionId, t('editor.first'))}
              />
            </Group>
          )}
          {task.kind === 'add' && revision && (
            <MultiSelect
              label={t('editor.origins')}
              description={t('editor.originsHelp')}
              value={origins}
              onChange={setOrigins}
              data={originChoices(text)}
            />
          )}
        </>
      )}
      <Textarea
        label={t('editor.reason')}
        description={revision ? t('editor.reasonHelpRevision') : t('editor.reasonHelpFirst')}
        required={revision}
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setMissing(null);
        }}
      />
      <EvidencePicker policyId={text.policyId} value={evidence} onChange={setEvidence} />
      {missing && (
        <Text c="red.8" size="sm" role="alert">
          {missing}
        </Text>
      )}
      {edit.isError && <ErrorAlert error={edit.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {tc('common.cancel')}
        </Button>
        <Button onClick={submit} loading={edit.isPending} color={task.kind === 'remove' ? 'red' : undefined}>
          {task.kind === 'remove' ? t('editor.remove') : tc('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The sibling a provision follows now ('' when it comes first). */
function afterOf(text: PolicyVersionText, provision: ProvisionView | null): string {
  if (!provision) return '';
  const siblings = text.provisions.filter((p) => p.parentId === provision.parentId);
  const at = siblings.findIndex((p) => p.provisionId === provision.provisionId);
  return at > 0 ? String(siblings[at - 1]!.provisionId) : '';
}
