import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Frame of the pages seen without a session: the app name, the language switch, one card. The
 * app's pages take it with its own band and switch (public-layout.tsx); the citizen's survey page,
 * a build of its own, with the ones it can run without the app's query cache.
 */
export function PublicFrame({
  band,
  languageSwitch,
  children,
}: {
  band: ReactNode;
  languageSwitch: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="gray.0">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      {band}
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" maw={480} mx="auto">
          <Text fw={700} size="lg" c="indigo.8">
            {t('app.name')}
          </Text>
          {languageSwitch}
        </Group>
      </Box>
      <Container component="main" id="main-content" tabIndex={-1} size={480} px="md" py="lg">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }}>
          {children}
        </Paper>
        <Text size="sm" c="dimmed" ta="center" mt="md">
          {t('app.tagline')}
        </Text>
      </Container>
    </Box>
  );
}
