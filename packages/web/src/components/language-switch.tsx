import { Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { useChangeLanguage } from '../lib/update-locale';
import { useNotify } from '../lib/use-notify';

/**
 * ID/EN toggle buttons. Each is announced by the language's own name, in that language
 * ('Bahasa Indonesia', 'English'); the pressed one is the current language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = useChangeLanguage();
  const notify = useNotify();
  const current = isLanguage(i18n.language) ? i18n.language : 'id';

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
              if (active) return;
              change.mutate(language, {
                onError: () =>
                  notify({
                    color: 'red',
                    title: t('errors.title'),
                    message: t('language.saveFailed'),
                  }),
              });
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
