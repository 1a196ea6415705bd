import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/languages';
import { useChangeLanguage } from '../lib/update-locale';
import { useNotify } from '../lib/use-notify';
import { LanguageButtons } from './language-buttons';

/** The app's language buttons: the choice is kept on the device and, when signed in, the account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = useChangeLanguage();
  const notify = useNotify();
  const current = isLanguage(i18n.language) ? i18n.language : 'id';

  return (
    <LanguageButtons
      current={current}
      onChoose={(language) =>
        change.mutate(language, {
          onError: () =>
            notify({
              color: 'red',
              title: t('errors.title'),
              message: t('language.saveFailed'),
            }),
        })
      }
    />
  );
}
