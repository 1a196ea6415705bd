import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../lib/error-message';
import { useFormat } from '../../../../lib/use-format';
import { useNotify } from '../../../../lib/use-notify';
import { type RemindInput, useRemindWave } from '../../api/remind-wave';

/**
 * Reminds a wave's invitees who have not answered (all, or the chosen ones) and says how many were
 * notified and e-mailed, or why nobody was. `then` runs first, to reset what the caller shows.
 */
export function useSendReminder() {
  const { t } = useTranslation('surveyAdmin');
  const format = useFormat();
  const message = useErrorMessage();
  const notify = useNotify();
  const remind = useRemindWave();
  const send = (input: RemindInput, then?: { onSuccess?: () => void; onError?: () => void }) =>
    remind.mutate(input, {
      onSuccess: ({ notified, emailed }) => {
        then?.onSuccess?.();
        notify({
          color: 'teal',
          title: t('wave.reminded.title'),
          message: t('wave.reminded.body', {
            count: notified,
            notified: format.number(notified),
            emailed: format.number(emailed),
          }),
        });
      },
      onError: (error) => {
        then?.onError?.();
        notify({ color: 'red', title: t('wave.reminded.failed'), message: message(error) });
      },
    });
  return { send, isPending: remind.isPending };
}
