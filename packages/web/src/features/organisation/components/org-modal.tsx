import type { ReactNode } from 'react';
import { ResponsiveModal } from '../../../components/responsive-modal';

/** A dialog of the organisation page: full screen on a phone, its close button named. */
export function OrgModal({
  title,
  opened,
  onClose,
  children,
}: {
  title: string;
  opened: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <ResponsiveModal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && children}
    </ResponsiveModal>
  );
}
