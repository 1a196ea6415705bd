import { Button, Card, Group, type MantineSpacing, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { useCan } from '../../../lib/session';
import { useNotify } from '../../../lib/use-notify';

export interface VersionRef {
  policyId: number;
  versionId: number;
  versionNumber: number;
  draft: boolean;
}

/** A version's answer about its rules (kenaikan pangkat, talent settings, …), whatever they are. */
interface VersionRulesAnswer<Rules> {
  inheritedFrom: number | null;
  editable: boolean;
  defaults: Rules;
}

/** What the panel says, in its feature's words. */
export interface VersionRulesWords {
  title: string;
  intro: string;
  none: string;
  noneEditable: string;
  stated: string;
  inherited: (number: number) => string;
  set: string;
  edit: string;
  remove: string;
  removeTitle: string;
  removeText: string;
  removeConfirm: string;
  removed: string;
}

/** What the form is given: the rules to start from, the defaults, and how to close it. */
export interface VersionRulesFormProps<Rules> {
  initial: Rules;
  defaults: Rules;
  /** The form starts from the defaults (the version has no rules yet): say what they are. */
  fromDefaults: boolean;
  onDone: () => void;
}

/** Takes a draft's own rules back; called only while its dialog is open. */
type UseRemove = (
  policyId: number,
  versionId: number,
) => {
  mutate: (input: undefined, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
};

export interface VersionRulesPanelProps<Rules, Answer extends VersionRulesAnswer<Rules>> {
  version: VersionRef;
  query: UseQueryResult<Answer>;
  /** The rules the version states or keeps, or null. */
  rulesOf: (answer: Answer) => Rules | null;
  words: VersionRulesWords;
  useRemove: UseRemove;
  form: (props: VersionRulesFormProps<Rules>) => ReactNode;
  summary: (rules: Rules) => ReactNode;
  /** For reviewers: what the rules change. */
  effect: (rules: Rules) => ReactNode;
  /** Between what the version says about its rules and their summary. */
  gap: MantineSpacing | number;
  testId: string;
}

/**
 * A policy version's rules of one kind: the ones it states, keeps from an earlier version, or none;
 * on a draft, for its drafters, the form to state them and a way to take them back; and, for
 * reviewers, what they change.
 */
export function VersionRulesPanel<Rules, Answer extends VersionRulesAnswer<Rules>>(
  props: VersionRulesPanelProps<Rules, Answer>,
) {
  const headingId = useId();
  const { query, rulesOf, words } = props;
  // A version without rules, which its reader may not give any, has nothing to say about them.
  if (query.isPending || (query.data && rulesOf(query.data) === null && !query.data.editable)) return null;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid={props.testId}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {words.title}
        </Title>
        <Text size="sm" c="dimmed">
          {words.intro}
        </Text>
        {query.isError ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <RulesView {...props} data={query.data} />
        )}
      </Stack>
    </Card>
  );
}

function RulesView<Rules, Answer extends VersionRulesAnswer<Rules>>({
  version,
  data,
  rulesOf,
  words,
  useRemove,
  form,
  summary,
  effect,
  gap,
}: VersionRulesPanelProps<Rules, Answer> & { data: Answer }) {
  const reviews = useCan('policy.review');
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const rules = rulesOf(data);
  const own = rules !== null && data.inheritedFrom === null;
  if (editing && data.editable) {
    return form({
      initial: rules ?? data.defaults,
      defaults: data.defaults,
      fromDefaults: rules === null,
      onDone: () => setEditing(false),
    });
  }
  return (
    <Stack gap="md">
      <Stack gap={gap}>
        <Text size="sm" fw={500}>
          {rules === null
            ? words.none
            : data.inheritedFrom !== null
              ? words.inherited(data.inheritedFrom)
              : words.stated}
        </Text>
        {rules === null && data.editable && (
          <Text size="sm" c="dimmed">
            {words.noneEditable}
          </Text>
        )}
        {rules !== null && summary(rules)}
      </Stack>
      {data.editable && (
        <Group gap="sm">
          <Button size="sm" onClick={() => setEditing(true)}>
            {rules === null ? words.set : words.edit}
          </Button>
          {own && (
            <Button size="sm" variant="default" color="red" onClick={() => setRemoving(true)}>
              {words.remove}
            </Button>
          )}
        </Group>
      )}
      {rules !== null && reviews && effect(rules)}
      {removing && (
        <RemoveDialog
          version={version}
          words={words}
          useRemove={useRemove}
          onClose={() => setRemoving(false)}
        />
      )}
    </Stack>
  );
}

/** Takes the draft's own rules back, after saying it then keeps the earlier version's. */
function RemoveDialog({
  version,
  words,
  useRemove,
  onClose,
}: {
  version: VersionRef;
  words: VersionRulesWords;
  useRemove: UseRemove;
  onClose: () => void;
}) {
  const notify = useNotify();
  const remove = useRemove(version.policyId, version.versionId);
  return (
    <ConfirmDialog
      title={words.removeTitle}
      text={words.removeText}
      confirm={words.removeConfirm}
      action={remove}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notify({ color: 'teal', message: words.removed });
            onClose();
          },
        })
      }
    />
  );
}
