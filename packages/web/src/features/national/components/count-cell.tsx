import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A count under the k rule: the number, or a dash that screen readers read as "hidden". */
export function CountCell({ value, format }: { value: number | null; format: (n: number) => string }) {
  const { t } = useTranslation('national');
  if (value !== null) return <>{format(value)}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('hidden')}</VisuallyHidden>
    </>
  );
}
