import { ActionIcon, Box, Group, Indicator, Menu, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { BellIcon, ClipboardIcon } from '../../components/icons';
import { formatRelativeTime } from '../../lib/format';
import { useNotifications } from '../../lib/get-notifications';
import { useMarkNotificationsRead } from '../../lib/mark-notifications-read';
import { type NotificationItem, toNotificationItem } from '../../lib/notification-items';
import { hasPermission } from '../../lib/session';
import { useFormat } from '../../lib/use-format';
import { useNotify } from '../../lib/use-notify';

const SHOWN = 10;

/**
 * The bell in the header: how many notifications are unread (polled every minute while the tab is
 * visible) and the latest ones, each leading to the survey, policy or forum it is about.
 */
export function NotificationsMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const list = useNotifications();
  const markRead = useMarkNotificationsRead();
  const notify = useNotify();
  const unread = list.data?.unread ?? 0;
  const items = (list.data?.items ?? []).slice(0, SHOWN).map(toNotificationItem);
  const answers = me.employeeId !== null && hasPermission(me, 'survey.respond');

  const markAll = () =>
    markRead.mutate(undefined, {
      onError: () =>
        notify({
          color: 'red',
          title: t('notifications.title'),
          message: t('notifications.markFailed'),
        }),
    });

  return (
    <Menu
      position="bottom-end"
      width={320}
      shadow="md"
      onOpen={() => void list.refetch()}
      // Its placeholder (role=presentation) is not allowed inside role=menu (axe: aria-required-children).
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          radius="xl"
          // The count badge sits on the bell's corner, past the button's edge.
          style={{ overflow: 'visible' }}
          aria-label={unread > 0 ? t('notifications.open', { count: unread }) : t('notifications.openNone')}
        >
          <Indicator
            label={unread > 99 ? '99+' : unread}
            disabled={unread === 0}
            size={18}
            color="red.8"
            offset={3}
            inline
          >
            <BellIcon size={22} />
          </Indicator>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {list.isError && (
          <Text size="sm" px="sm" py="xs" c="var(--mantine-color-error)">
            {t('notifications.loadFailed')}
          </Text>
        )}
        {list.data && items.length === 0 && (
          <Text size="sm" px="sm" py="xs" c="dimmed">
            {t('notifications.empty')}
          </Text>
        )}
        {/* A scrolling list is reachable by keyboard (axe: scrollable-region-focusable); a group is
            what a menu may hold besides its items (aria-required-children). */}
        <Box
          role="group"
          aria-label={t('notifications.latest')}
          tabIndex={0}
          mah="min(60vh, 26rem)"
          style={{ overflowY: 'auto' }}
        >
          {items.map((item) => (
            <NotificationEntry
              key={item.id}
              item={item}
              onOpen={() => {
                if (!item.read) markRead.mutate([item.id]);
              }}
            />
          ))}
        </Box>
        <Menu.Divider />
        <Menu.Item onClick={markAll} disabled={unread === 0}>
          {t('notifications.markAllRead')}
        </Menu.Item>
        {answers && (
          <Menu.Item component={Link} to="/my-surveys" leftSection={<ClipboardIcon />}>
            {t('notifications.allSurveys')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

function NotificationEntry({ item, onOpen }: { item: NotificationItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const detailText = (kind: NotificationItem['kind'], detail: NonNullable<NotificationItem['detail']>) => {
    if ('term' in detail) {
      return t('notifications.reportDueDetail', { term: detail.term, day: format.date(detail.endsOn) });
    }
    if ('awardee' in detail) {
      return t('notifications.studyEndingDetail', { name: detail.awardee, day: format.date(detail.endsOn) });
    }
    if ('partner' in detail) {
      return kind === 'program.mentoringSessionToConfirm'
        ? t('notifications.sessionToConfirmDetail', { name: detail.partner })
        : t('notifications.pairedDetail', { name: detail.partner });
    }
    if ('decision' in detail) return t(`notifications.decision.${detail.decision}`);
    if ('agreement' in detail) {
      return t('notifications.agreementDetail', {
        number: detail.agreement,
        day: format.date(detail.validUntil),
      });
    }
    if ('position' in detail) return t('notifications.waitlistDetail', { position: detail.position });
    if ('batch' in detail) {
      return detail.startsOn
        ? t('notifications.reminderDetail', { batch: detail.batch, day: format.date(detail.startsOn) })
        : detail.batch;
    }
    return t('notifications.triggerDetail', detail);
  };
  const content = (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        {!item.read && (
          <Box w={8} h={8} bg="red.8" style={{ borderRadius: '50%', flex: 'none' }} aria-hidden="true" />
        )}
        <Text size="xs" c="dimmed" fw={600}>
          {t(`notifications.kind.${item.kind}`)}
        </Text>
        {!item.read && <VisuallyHidden>{t('notifications.unread')}</VisuallyHidden>}
      </Group>
      {item.title && (
        <Text size="sm" fw={item.read ? 400 : 600} lineClamp={2}>
          {item.title}
        </Text>
      )}
      {item.detail && (
        <Text size="xs" lineClamp={2}>
          {detailText(item.kind, item.detail)}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatRelativeTime(item.createdAt, new Date(), format.language)}
      </Text>
    </Stack>
  );
  if (item.to === null) return <Menu.Item onClick={onOpen}>{content}</Menu.Item>;
  return (
    <Menu.Item
      component={Link}
      // Menu.Item's polymorphic props lose the router's typing of params; the path is filled in.
      to={item.to}
      onClick={onOpen}
    >
      {content}
    </Menu.Item>
  );
}
