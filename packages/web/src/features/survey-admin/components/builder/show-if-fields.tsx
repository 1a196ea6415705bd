import { Fieldset, MultiSelect, Select, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/use-format';
import {
  changeQuestion,
  errorAt,
  questionAt,
  questionPath,
  useBuilderForm,
  useBuilderUi,
} from './builder-form';
import { conditionSources } from './editor-ops';

/** "Show only if": an earlier choice or Likert question, and the answers that show this one. */
export function ShowIfFields({ section, index }: { section: number; index: number }) {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const question = questionAt(form, section, index);
  if (!question) return null;
  const path = `${questionPath(section, index)}.showIf`;
  const sources = conditionSources(form.values, question.uid, format.language);
  const showIf = question.showIf;
  const source = sources.find((candidate) => candidate.key === showIf?.question);

  const setShowIf = (next: typeof showIf) =>
    changeQuestion(form, section, index, (q) => ({ ...q, showIf: next }));

  return (
    <Fieldset legend={t('builder.showIf.legend')} variant="filled">
      <Stack gap="sm">
        <Switch
          label={t('builder.showIf.enabled')}
          checked={showIf !== null}
          disabled={readOnly || (showIf === null && sources.length === 0)}
          onChange={(event) =>
            setShowIf(event.currentTarget.checked ? { question: sources.at(-1)?.key ?? '', anyOf: [] } : null)
          }
        />
        {showIf === null && sources.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('builder.showIf.noSources')}
          </Text>
        )}
        {showIf && (
          <>
            <Select
              label={t('builder.showIf.question')}
              data={sources.map((candidate) => ({
                value: candidate.key,
                label: `${candidate.text || t('builder.question.untitled')} (${candidate.key})`,
              }))}
              value={source ? showIf.question : null}
              onChange={(value) => setShowIf({ question: value ?? '', anyOf: [] })}
              error={errorAt(form, `${path}.question`)}
              readOnly={readOnly}
              allowDeselect={false}
              required
              comboboxProps={{ width: 'target' }}
            />
            <MultiSelect
              label={t('builder.showIf.values')}
              description={t('builder.showIf.valuesHint')}
              data={(source?.values ?? []).map((value) => ({ value: value.value, label: value.label }))}
              value={showIf.anyOf}
              onChange={(anyOf) => setShowIf({ ...showIf, anyOf })}
              error={errorAt(form, `${path}.anyOf`)}
              readOnly={readOnly}
              disabled={!source}
              required
            />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
