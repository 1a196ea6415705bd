import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/languages';

/**
 * ID/EN toggle buttons. Each is announced by the language's own name, in that language
 * ('Bahasa Indonesia', 'English'); the pressed one is the current language. What a choice does is
 * the caller's: the app also saves it on the account (language-switch.tsx), the citizen's survey
 * page only on the device.
 */
export function LanguageButtons({
  current,
  onChoose,
}: {
  current: Language;
  onChoose: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => {
        const active = language === current;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'default'}
            aria-pressed={active}
            onClick={() => {
              if (!active) onChoose(language);
            }}
          >
            <span aria-hidden="true">{language.toUpperCase()}</span>
            <VisuallyHidden lang={language}>{t(`language.${language}`)}</VisuallyHidden>
          </Button>
        );
      })}
    </Group>
  );
}
