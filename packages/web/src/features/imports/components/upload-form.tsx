import { Button, FileInput, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { UploadIcon } from '../../../components/icons';
import { type ImportKind, useUploadImport } from '../api/upload-import';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function hasAcceptedExtension(file: File): boolean {
  return /\.(csv|xlsx)$/i.test(file.name);
}

export function UploadForm({ kind, onStarted }: { kind: ImportKind; onStarted: (job: Job) => void }) {
  const { t } = useTranslation();
  const upload = useUploadImport(kind);
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    upload.reset();
    if (!file) return setFieldError(t('imports.upload.required'));
    if (!hasAcceptedExtension(file)) return setFieldError(t('imports.upload.wrongType'));
    if (file.size === 0) return setFieldError(t('imports.upload.empty'));
    setFieldError(null);
    upload.mutate(file, { onSuccess: onStarted });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {upload.isError && <ErrorAlert error={upload.error} title={t('imports.upload.failedTitle')} />}
        <FileInput
          label={kind === 'employees' ? t('imports.upload.label') : t(`imports.kinds.${kind}.label`)}
          description={t('imports.upload.description')}
          placeholder={t('imports.upload.placeholder')}
          accept={ACCEPT}
          value={file}
          onChange={(next) => {
            setFile(next);
            setFieldError(null);
          }}
          error={fieldError}
          clearable
          clearButtonProps={{ 'aria-label': t('imports.upload.clear') }}
          leftSection={<UploadIcon />}
          // The visible control is a button; tests attach files to the hidden input behind it.
          fileInputProps={{ 'data-testid': 'import-file-input' } as React.ComponentProps<'input'>}
          required
          withAsterisk={false}
        />
        <Group>
          <Button type="submit" loading={upload.isPending}>
            {t('imports.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
