import { InstrumentDefinition } from '@jenjang/domain/surveys/instrument.contract';
import { Alert, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useBlocker } from '@tanstack/react-router';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentDetail } from '../../../../api/types';
import { ErrorAlert } from '../../../../components/error-alert';
import { serverFieldErrors } from '../../../../lib/server-field-errors';
import { useNotify } from '../../../../lib/use-notify';
import { useUpdateInstrument } from '../../api/update-instrument';
import { ConfirmDialog } from '../confirm-dialog';
import { BuilderFormProvider, type BuilderUi, BuilderUiContext, change, focusSoon } from './builder-form';
import { type IssueMessage, issuesByPath, questionAt } from './definition-issues';
import { type EditorDefinition, fromEditor, toEditor } from './editor-model';
import { addSection, removeQuestion, removeSection } from './editor-ops';
import { IssueSummary } from './issue-summary';
import { LocalizedFields } from './localized-fields';
import { PreviewPanel } from './preview-panel';
import { SectionCard } from './section-card';
import { VersionHistory } from './version-history';

type DeleteTarget = { kind: 'question' | 'section'; uid: string };

/** The questionnaire builder: outline and editors, a preview, the versions, and saving. */
export function InstrumentEditor({
  instrument,
  readOnly,
}: {
  instrument: InstrumentDetail;
  readOnly: boolean;
}) {
  const { t } = useTranslation('surveyAdmin');
  const issueText = useIssueText();
  const update = useUpdateInstrument();
  const notify = useNotify();
  const [tab, setTab] = useState<string | null>('build');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [deleteTarget, setDeleteTarget] = useState<DeleteTarget | null>(null);
  const [frozenSave, setFrozenSave] = useState<InstrumentDefinition | null>(null);
  // After the first attempt to save, problems are shown, and updated as the admin fixes them.
  const checking = useRef(false);

  const check = useCallback(
    (values: EditorDefinition) => {
      const result = InstrumentDefinition.safeParse(fromEditor(values));
      if (result.success) return { definition: result.data, errors: {} };
      const errors: Record<string, string> = {};
      for (const [path, message] of issuesByPath(result.error.issues)) errors[path] = issueText(message);
      return { definition: null, errors };
    },
    [issueText],
  );

  const form = useForm<EditorDefinition>({
    initialValues: useMemo(() => toEditor(instrument.version.definition), [instrument.version.definition]),
    clearInputErrorOnChange: false,
    onValuesChange: (values) => {
      if (checking.current) form.setErrors(check(values).errors);
    },
  });
  const dirty = !readOnly && form.isDirty();

  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm(t('builder.leaveConfirm')),
    enableBeforeUnload: () => dirty,
  });

  const ui: BuilderUi = {
    readOnly,
    expanded,
    toggle: (uid) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(uid)) next.add(uid);
        return next;
      }),
    reveal: (uid) => {
      setExpanded((current) => new Set(current).add(uid));
      focusSoon(`${uid}-text`);
    },
    requestDelete: setDeleteTarget,
  };

  const showProblem = (path: string) => {
    setTab('build');
    const at = questionAt(path);
    const uid = at ? form.values.sections[at.section]?.questions[at.question]?.uid : undefined;
    if (uid) ui.reveal(uid);
  };

  const send = (definition: InstrumentDefinition) =>
    update.mutate(
      { id: instrument.id, definition },
      {
        onSuccess: (saved) => {
          setFrozenSave(null);
          form.resetDirty();
          const newVersion = saved.version.version !== instrument.version.version;
          notify({
            color: 'teal',
            message: newVersion
              ? t('builder.savedNewVersion', { version: saved.version.version })
              : t('builder.saved', { version: saved.version.version }),
          });
        },
        onError: (error) => {
          setFrozenSave(null);
          form.setErrors(serverFieldErrors(error, 'body/definition/'));
        },
      },
    );

  const save = () => {
    checking.current = true;
    const { definition, errors } = check(form.getValues());
    form.setErrors(errors);
    if (!definition) {
      setTab('build');
      const paths = Object.keys(errors);
      const uids = paths
        .map((path) => questionAt(path))
        .map((at) => (at ? form.values.sections[at.section]?.questions[at.question]?.uid : undefined))
        .filter((uid): uid is string => uid !== undefined);
      setExpanded((current) => new Set([...current, ...uids]));
      focusSoon('builder-issues');
      return;
    }
    if (instrument.version.frozen) setFrozenSave(definition);
    else send(definition);
  };

  const confirmDelete = () => {
    const target = deleteTarget;
    setDeleteTarget(null);
    if (!target) return;
    const values = form.getValues();
    if (target.kind === 'section') {
      const index = values.sections.findIndex((s) => s.uid === target.uid);
      if (index >= 0) change(form, (d) => removeSection(d, index));
      focusSoon('builder-add-section');
      return;
    }
    values.sections.forEach((section, s) => {
      const q = section.questions.findIndex((question) => question.uid === target.uid);
      if (q >= 0) {
        change(form, (d) => removeQuestion(d, { section: s, question: q }));
        focusSoon(`${section.uid}-add`);
      }
    });
  };

  return (
    <BuilderFormProvider form={form}>
      <BuilderUiContext.Provider value={ui}>
        <Stack gap="md">
          {readOnly && (
            <Alert color="gray" variant="light">
              {t('builder.readOnly')}
            </Alert>
          )}
          {!readOnly && instrument.version.frozen && (
            <Alert
              color="orange"
              variant="light"
              title={t('builder.frozen.title', { version: instrument.version.version })}
            >
              {t('builder.frozen.body', {
                version: instrument.version.version,
                next: instrument.version.version + 1,
              })}
            </Alert>
          )}
          <div id="builder-issues" tabIndex={-1}>
            <IssueSummary errors={form.errors} definition={form.values} onShow={showProblem} />
          </div>
          {update.isError && <ErrorAlert error={update.error} title={t('builder.saveFailed')} />}
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="build">{t('builder.tabs.build')}</Tabs.Tab>
              <Tabs.Tab value="preview">{t('builder.tabs.preview')}</Tabs.Tab>
              <Tabs.Tab value="versions">
                {t('builder.tabs.versions', { count: instrument.versions.length })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="build" pt="md">
              <Stack gap="md">
                <Paper withBorder radius="md" p="md">
                  <Stack gap="sm">
                    <LocalizedFields path="title" label={t('builder.title')} required />
                    <LocalizedFields path="description" label={t('builder.description')} multiline />
                  </Stack>
                </Paper>
                {form.values.sections.map((section, index) => (
                  <SectionCard key={section.uid} index={index} />
                ))}
                {!readOnly && (
                  <Button
                    id="builder-add-section"
                    variant="default"
                    style={{ alignSelf: 'flex-start' }}
                    onClick={() => change(form, addSection)}
                  >
                    {t('builder.addSection')}
                  </Button>
                )}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="md">
              <PreviewPanel values={form.values} />
            </Tabs.Panel>
            <Tabs.Panel value="versions" pt="md">
              <VersionHistory instrument={instrument} />
            </Tabs.Panel>
          </Tabs>
          {!readOnly && (
            <Paper
              withBorder
              radius="md"
              p="sm"
              pos="sticky"
              bottom={8}
              shadow="sm"
              style={{ zIndex: 5 }}
              component="section"
              aria-label={t('builder.saveBar')}
            >
              <Group justify="space-between" gap="sm">
                <Text size="sm" aria-live="polite">
                  {dirty ? t('builder.unsaved') : t('builder.noChanges')}
                </Text>
                <Button onClick={save} loading={update.isPending}>
                  {t('builder.save')}
                </Button>
              </Group>
            </Paper>
          )}
        </Stack>
        <ConfirmDialog
          opened={frozenSave !== null}
          title={t('builder.frozenConfirm.title', { next: instrument.version.version + 1 })}
          confirmLabel={t('builder.frozenConfirm.confirm', { next: instrument.version.version + 1 })}
          onConfirm={() => frozenSave && send(frozenSave)}
          onClose={() => setFrozenSave(null)}
          busy={update.isPending}
        >
          {t('builder.frozenConfirm.body', {
            version: instrument.version.version,
            next: instrument.version.version + 1,
          })}
        </ConfirmDialog>
        <ConfirmDialog
          opened={deleteTarget !== null}
          title={
            deleteTarget?.kind === 'section'
              ? t('builder.delete.sectionTitle')
              : t('builder.delete.questionTitle')
          }
          confirmLabel={t('builder.delete.confirm')}
          color="red"
          onConfirm={confirmDelete}
          onClose={() => setDeleteTarget(null)}
          busy={false}
        >
          {deleteTarget?.kind === 'section'
            ? t('builder.delete.sectionBody')
            : t('builder.delete.questionBody')}
        </ConfirmDialog>
      </BuilderUiContext.Provider>
    </BuilderFormProvider>
  );
}

function useIssueText() {
  const { t } = useTranslation('surveyAdmin');
  return useCallback((message: IssueMessage) => t(`builder.issues.${message.key}`, message.params), [t]);
}
