import { Modal, type ModalProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * The app's dialog: it fills a phone's screen (a form in a small floating box is hard to use with a
 * thumb and a keyboard up) and its close button is named in the reader's language. A caller may
 * still name the close button otherwise ("Batal") where closing means cancelling.
 */
export function ResponsiveModal(props: Omit<ModalProps, 'fullScreen'>) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return <Modal fullScreen={isPhone} closeButtonProps={{ 'aria-label': t('common.close') }} {...props} />;
}
