import { Alert, Button, CopyButton, Group, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PasswordLink } from '../../../api/types';
import { ResponsiveModal } from '../../../components/responsive-modal';

export interface IssuedLink {
  link: PasswordLink;
  username: string;
  displayName: string;
  /** A new account, or a new link for an existing one. */
  created: boolean;
  /** The account already has a password, which the link will replace. */
  hasPassword: boolean;
}

/**
 * The one-time link, shown once: only its hash is stored, so after this dialog nobody can see it
 * again. A click outside does not close it, so the link is not lost by accident.
 */
export function PasswordLinkDialog({
  issued,
  onClose,
  onClosed,
}: {
  issued: IssuedLink | null;
  onClose: () => void;
  /** After the closing transition, to put the focus back where the user was. */
  onClosed: () => void;
}) {
  const { t } = useTranslation('accounts');
  const { t: common } = useTranslation();
  return (
    <ResponsiveModal
      opened={issued !== null}
      onClose={onClose}
      title={
        issued &&
        (issued.created
          ? t('link.createdTitle', { username: issued.username })
          : t('link.newTitle', { username: issued.username }))
      }
      size="lg"
      closeOnClickOutside={false}
      // The button that opened the dialog was disabled while the link was being made, so the
      // page puts the focus back itself.
      returnFocus={false}
      onExitTransitionEnd={onClosed}
      closeButtonProps={{ 'aria-label': common('common.close') }}
    >
      {issued && <LinkDetails issued={issued} onClose={onClose} />}
    </ResponsiveModal>
  );
}

function LinkDetails({ issued, onClose }: { issued: IssuedLink; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const { url, expiresInHours } = issued.link;
  return (
    <Stack gap="md">
      <Text>{t('link.intro', { name: issued.displayName })}</Text>
      <Alert color="orange" variant="light" title={t('link.onceTitle')}>
        {t('link.once', { count: expiresInHours })}
        {issued.hasPassword && ` ${t('link.replacesPassword')}`}
      </Alert>
      <Textarea
        label={t('link.label')}
        value={url}
        readOnly
        autosize
        minRows={2}
        onFocus={(event) => event.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
      />
      <CopyButton value={url} timeout={3000}>
        {({ copied, copy }) => (
          <Group justify="flex-end" gap="sm">
            <VisuallyHidden role="status">{copied ? t('link.copied') : ''}</VisuallyHidden>
            <Button onClick={copy}>{copied ? t('link.copied') : t('link.copy')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('link.done')}
            </Button>
          </Group>
        )}
      </CopyButton>
    </Stack>
  );
}
