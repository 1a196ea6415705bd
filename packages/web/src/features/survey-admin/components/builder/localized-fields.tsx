import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { field, useBuilderForm, useBuilderUi } from './builder-form';

interface LocalizedFieldsProps {
  /** Path of a {id, en} text in the form. */
  path: string;
  label: string;
  description?: ReactNode;
  required?: boolean;
  multiline?: boolean;
  /** Replaces the form's own handling of the Indonesian text (keys that follow it). */
  onIndonesianChange?: (value: string) => void;
  idInputId?: string;
}

/** A text in Indonesian (required when `required`) and English (falls back to Indonesian). */
export function LocalizedFields({
  path,
  label,
  description,
  required = false,
  multiline = false,
  onIndonesianChange,
  idInputId,
}: LocalizedFieldsProps) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const Input = multiline ? Textarea : TextInput;
  const idProps = field(form, `${path}.id`);
  const enProps = field(form, `${path}.en`);
  const multilineProps = multiline ? { autosize: true, minRows: 1, maxRows: 6 } : {};
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      <Input
        {...idProps}
        {...multilineProps}
        id={idInputId}
        label={t('builder.inIndonesian', { label })}
        description={description}
        required={required}
        readOnly={readOnly}
        maxLength={2000}
        onChange={(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
          onIndonesianChange ? onIndonesianChange(event.currentTarget.value) : idProps.onChange(event)
        }
      />
      <Input
        {...enProps}
        {...multilineProps}
        label={t('builder.inEnglish', { label })}
        description={t('builder.englishFallback')}
        readOnly={readOnly}
        maxLength={2000}
        lang="en"
      />
    </SimpleGrid>
  );
}
