import { Fieldset, Group, Input, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  changeQuestion,
  errorAt,
  field,
  questionAt,
  questionPath,
  useBuilderForm,
  useBuilderUi,
} from './builder-form';
import { setScaleRange } from './editor-ops';

const MINIMA = ['0', '1'];
const MAXIMA = ['2', '3', '4', '5', '6', '7', '8', '9', '10'];

/** A rating scale: its range and, optionally, a label per point in both languages. */
export function ScaleFields({ section, index }: { section: number; index: number }) {
  const { t } = useTranslation('surveyAdmin');
  const form = useBuilderForm();
  const { readOnly } = useBuilderUi();
  const question = questionAt(form, section, index);
  if (!question) return null;
  const path = `${questionPath(section, index)}.scale`;
  const { min, max, withLabels, labels } = question.scale;
  const labelsError = errorAt(form, `${path}.labels`);

  return (
    <Fieldset legend={t('builder.scale.legend')} variant="filled">
      <Stack gap="sm">
        <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <Select
            label={t('builder.scale.min')}
            data={MINIMA}
            value={String(min)}
            onChange={(value) =>
              changeQuestion(form, section, index, (q) => setScaleRange(q, Number(value), max))
            }
            allowDeselect={false}
            readOnly={readOnly}
            miw={120}
          />
          <Select
            label={t('builder.scale.max')}
            data={MAXIMA}
            value={String(max)}
            onChange={(value) =>
              changeQuestion(form, section, index, (q) => setScaleRange(q, min, Number(value)))
            }
            allowDeselect={false}
            readOnly={readOnly}
            miw={120}
          />
        </Group>
        <Switch
          label={t('builder.scale.withLabels')}
          description={t('builder.scale.withLabelsHint')}
          checked={withLabels}
          disabled={readOnly}
          onChange={(event) =>
            form.setFieldValue(`${path}.withLabels` as never, event.currentTarget.checked as never)
          }
        />
        {withLabels && (
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {labels.map((_, point) => (
              // The points of a scale are its positions; they have no identity of their own.
              <li key={point}>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <Text fw={700} w={28} pt={28} ta="right" aria-hidden="true">
                    {min + point}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" style={{ flex: 1 }}>
                    <TextInput
                      {...field(form, `${path}.labels.${point}.id`)}
                      label={t('builder.scale.pointId', { point: min + point })}
                      readOnly={readOnly}
                      required
                    />
                    <TextInput
                      {...field(form, `${path}.labels.${point}.en`)}
                      label={t('builder.scale.pointEn', { point: min + point })}
                      readOnly={readOnly}
                      lang="en"
                    />
                  </SimpleGrid>
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {labelsError && <Input.Error>{labelsError}</Input.Error>}
      </Stack>
    </Fieldset>
  );
}
