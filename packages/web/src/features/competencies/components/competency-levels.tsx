import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompetencyLevelText } from '../../../api/types';

/** A competency's levels 1–5, each with its descriptor and behaviour indicators, as a list. */
export function CompetencyLevels({ levels, name }: { levels: CompetencyLevelText[]; name: string }) {
  const { t } = useTranslation('competencies');
  if (levels.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('dictionary.noLevels')}
      </Text>
    );
  }
  return (
    <Stack
      component="ol"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('dictionary.levelsOf', { name })}
    >
      {levels.map((level) => (
        <Stack component="li" key={level.level} gap={4}>
          <Text size="sm" fw={700}>
            {t('level', { level: level.level })}
          </Text>
          <Text size="sm">{level.descriptor}</Text>
          {level.indicators.length > 0 && (
            <List size="sm" spacing={2} aria-label={t('dictionary.indicatorsOf', { level: level.level })}>
              {level.indicators.map((indicator) => (
                <List.Item key={indicator}>{indicator}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
