import { Alert, Badge, Button, FileButton, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, Program, ScholarshipCall, ScholarshipDocument } from '../../../api/types';
import { CardItem, CardList } from '../../../components/card-list';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/use-format';
import { useNotify } from '../../../lib/use-notify';
import { useMyApplication } from '../api/programs';
import { documentHref, useRemoveDocument, useUploadDocument } from '../api/scholarships';
import { DOCUMENT_ACCEPT, fileSize } from './scholarship-values';

/**
 * Berkas persyaratan: one row per document the call asks for, uploaded before applying (the server
 * refuses an application while one is missing) and frozen once applied.
 */
export function ScholarshipDocuments({
  program,
  call,
  documents,
}: {
  program: Program;
  call: ScholarshipCall;
  documents: ScholarshipDocument[];
}) {
  const { t } = useTranslation('programs');
  const mine = useMyApplication(program.id, true);
  const application = mine.data?.application ?? null;
  const applied = application !== null && application.state !== 'withdrawn';
  const editable = program.state === 'open' && mine.isSuccess && !applied;
  const missing = call.documents.filter((kind) => !documents.some((d) => d.kind === kind)).length;
  return (
    <Stack gap="sm" component="section" aria-labelledby="scholarship-documents">
      <Title order={3} size="h5" id="scholarship-documents">
        {t('scholarship.documents.title')}
      </Title>
      <Text size="sm">{t('scholarship.documents.intro')}</Text>
      {applied ? (
        <Alert color="blue" variant="light">
          {t('scholarship.documents.frozen')}
        </Alert>
      ) : program.state !== 'open' ? (
        <Text size="sm" c="dimmed">
          {t('scholarship.documents.closed')}
        </Text>
      ) : (
        <Text size="sm" fw={600} c={missing === 0 ? 'teal.9' : undefined} aria-live="polite">
          {missing === 0
            ? t('scholarship.documents.complete')
            : t('scholarship.documents.missing', { count: missing })}
        </Text>
      )}
      <CardList label={t('scholarship.documents.title')} busy={false}>
        {call.documents.map((kind) => (
          <DocumentRow
            key={kind}
            programId={program.id}
            kind={kind}
            document={documents.find((d) => d.kind === kind) ?? null}
            editable={editable}
          />
        ))}
      </CardList>
    </Stack>
  );
}

function DocumentRow({
  programId,
  kind,
  document,
  editable,
}: {
  programId: number;
  kind: DocumentKind;
  document: ScholarshipDocument | null;
  editable: boolean;
}) {
  const { t } = useTranslation('programs');
  const format = useFormat();
  const notify = useNotify();
  const [progress, setProgress] = useState(0);
  const upload = useUploadDocument(programId, setProgress);
  const remove = useRemoveDocument(programId);
  const resetInput = useRef<() => void>(null);
  const name = t(`scholarship.document.${kind}`);
  const percent = Math.round(progress * 100);
  const send = (file: File | null) => {
    if (!file) return;
    setProgress(0);
    remove.reset();
    upload.mutate(
      { kind, file },
      {
        onSuccess: () =>
          notify({ color: 'teal', message: t('scholarship.documents.uploaded', { kind: name }) }),
        onSettled: () => resetInput.current?.(),
      },
    );
  };
  return (
    <CardItem>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          <Badge color={document ? 'teal' : 'gray'} variant="light" autoContrast style={{ flex: 'none' }}>
            {document ? t('scholarship.documents.has') : t('scholarship.documents.none')}
          </Badge>
        </Group>
        {document && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('scholarship.documents.file', {
              name: document.fileName,
              size: fileSize(document.size, format.number),
              at: format.timestamp(document.uploadedAt),
            })}
          </Text>
        )}
        {upload.isPending && (
          <Progress
            value={percent}
            animated
            aria-label={t('scholarship.documents.uploading', { kind: name, percent })}
          />
        )}
        {upload.isError && <ErrorAlert error={upload.error} />}
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Group gap="xs">
          {editable && (
            <FileButton
              onChange={send}
              accept={DOCUMENT_ACCEPT}
              resetRef={resetInput}
              inputProps={{ 'aria-label': t('scholarship.documents.input', { kind: name }) }}
            >
              {(props) => (
                <Button
                  {...props}
                  size="xs"
                  variant={document ? 'default' : 'filled'}
                  loading={upload.isPending}
                  aria-label={
                    document
                      ? t('scholarship.documents.replaceNamed', { kind: name })
                      : t('scholarship.documents.uploadNamed', { kind: name })
                  }
                >
                  {document ? t('scholarship.documents.replace') : t('scholarship.documents.upload')}
                </Button>
              )}
            </FileButton>
          )}
          {document && (
            <Button
              component="a"
              href={documentHref(programId, kind)}
              download={document.fileName}
              size="xs"
              variant="default"
              aria-label={t('scholarship.documents.downloadNamed', { kind: name })}
            >
              {t('scholarship.documents.download')}
            </Button>
          )}
          {document && editable && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              aria-label={t('scholarship.documents.removeNamed', { kind: name })}
              onClick={() => {
                upload.reset();
                remove.mutate(kind, {
                  onSuccess: () =>
                    notify({ color: 'teal', message: t('scholarship.documents.removed', { kind: name }) }),
                });
              }}
            >
              {t('scholarship.documents.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </CardItem>
  );
}
