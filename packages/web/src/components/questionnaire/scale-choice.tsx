import { Radio, Text, VisuallyHidden } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './questionnaire.module.css';
import type { ScalePoint } from './questionnaire-rules';

export const optionClassNames = {
  root: classes.option,
  body: classes.optionBody,
  label: classes.optionLabel,
};

interface ScaleChoiceProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required: boolean;
  points: ScalePoint[];
  value: unknown;
  onChange: (value: number) => void;
  readOnly: boolean;
  /**
   * Numbers only, in a row of small cards, each still named by its label for screen readers; the
   * labels are shown once in the question's legend. For matrices, where the same scale repeats.
   */
  compact?: boolean;
  /** A part of a statement (ability, need) under the statement's own legend: a smaller label. */
  minor?: boolean;
  id?: string;
}

/** Columns of the compact row: one per point, or two rows when the scale is long (0–10). */
const compactColumns = (points: number) => (points <= 6 ? points : Math.ceil(points / 2));

/** One rating on a scale (Likert, or one statement of a matrix), as a group of native radios. */
export function ScaleChoice({
  label,
  description,
  error,
  required,
  points,
  value,
  onChange,
  readOnly,
  compact = false,
  minor = false,
  id,
}: ScaleChoiceProps) {
  const { t } = useTranslation('surveyTake');
  const numbersOnly = compact || points.every((point) => point.label === null);
  const style = {
    '--scale-points': points.length,
    '--scale-columns': compactColumns(points.length),
  } as CSSProperties;

  return (
    <Radio.Group
      id={id}
      size="md"
      label={label}
      labelProps={minor ? { fz: 'sm' } : undefined}
      description={description}
      error={error}
      withAsterisk={required}
      readOnly={readOnly}
      value={typeof value === 'number' ? String(value) : null}
      onChange={(next) => onChange(Number(next))}
    >
      <div className={`${classes.options} ${numbersOnly ? classes.compact : classes.scale}`} style={style}>
        {points.map((point) => (
          <Radio
            key={point.value}
            value={String(point.value)}
            classNames={optionClassNames}
            // Each radio says the answer is missing; the group names the message (aria-describedby).
            aria-invalid={error ? true : undefined}
            label={
              numbersOnly && point.label ? (
                <>
                  <span aria-hidden="true">{point.value}</span>
                  <VisuallyHidden>
                    {t('form.point', { point: point.value, label: point.label })}
                  </VisuallyHidden>
                </>
              ) : (
                (point.label ?? point.value)
              )
            }
          />
        ))}
      </div>
    </Radio.Group>
  );
}

/** The labels of a scale shown with numbers only, once above the statements that use it. */
export function ScaleLegend({ points }: { points: ScalePoint[] }) {
  const { t } = useTranslation('surveyTake');
  if (points.every((point) => point.label === null)) return null;
  return (
    <div>
      <Text size="sm" fw={500}>
        {t('form.legend')}
      </Text>
      <ul className={classes.legend}>
        {points.map((point) => (
          <Text component="li" size="sm" c="dimmed" key={point.value}>
            {t('form.point', { point: point.value, label: point.label ?? '' })}
          </Text>
        ))}
      </ul>
    </div>
  );
}
