import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One line at every width (a short text on phones), so the app's fixed header can make room for it. */
export const DEMO_BAND_HEIGHT = 30;

/**
 * On every page of a demo deployment: the data is invented and the passwords are published, so
 * nobody should mistake it for, or type into it, a real government's data. Said in words (and an
 * icon), not by colour alone; a named region, so screen readers can find it. `DemoBand` shows it
 * when the instance is a demo; the citizen's survey page asks on its own (no query cache there).
 */
export function DemoNotice() {
  const { t } = useTranslation();
  return (
    <Box
      component="section"
      aria-label={t('demo.label')}
      data-demo-band=""
      bg="yellow.2"
      px="sm"
      h={DEMO_BAND_HEIGHT}
      style={{ borderBottom: '2px solid var(--mantine-color-yellow-7)', overflow: 'hidden' }}
    >
      <Group gap={6} justify="center" wrap="nowrap" h="100%">
        <WarningIcon />
        <Text size="sm" c="dark.9" lh={1.3} ta="center" truncate>
          <Text span fw={800}>
            {t('demo.title')}
          </Text>
          <Text span visibleFrom="md">
            {' — '}
            {t('demo.body')}
          </Text>
          <Text span hiddenFrom="md">
            {' — '}
            {t('demo.short')}
          </Text>
        </Text>
      </Group>
    </Box>
  );
}

function WarningIcon() {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={{ flex: 'none' }}
    >
      <path
        d="M12 3 2 21h20L12 3z"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <path d="M12 10v5M12 18v.5" stroke="currentColor" strokeWidth={2} strokeLinecap="round" />
    </svg>
  );
}
