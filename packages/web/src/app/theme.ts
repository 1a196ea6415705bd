import { type CSSVariablesResolver, createTheme } from '@mantine/core';

// A calm indigo. Shade 7 keeps white button text and indigo links above WCAG AA contrast (4.9:1).
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 4 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  headings: { fontWeight: '700' },
  cursorType: 'pointer',
  // Dialogs, menus and toasts appear without their transitions for people who ask for less motion.
  respectReducedMotion: true,
});

/**
 * Contrast fixes for WCAG AA (4.5:1) in the light scheme. Mantine's defaults fall short for dimmed
 * text and errors (gray 6, red 6), placeholders (gray 5), and the "light" variant, which puts
 * shade 9 text on shade 1 and, under the pointer, on shade 2 (indigo: 4.1:1, the active menu
 * entry): the background moves to shade 0 and to shade 1 under the pointer; orange and yellow text
 * is darkened further (yellow 9 on yellow 1 was 2.7:1). A filled red button (a removal) puts white
 * on red 7 (3.9:1): it takes red 9 (5.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (mantineTheme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-placeholder': '#6a7178',
    '--mantine-color-orange-light-color': '#a8400c',
    '--mantine-color-yellow-light-color': '#805500',
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': '#a82222',
  };
  for (const color of Object.keys(mantineTheme.colors)) {
    if (color === 'dark') continue;
    light[`--mantine-color-${color}-light`] = `var(--mantine-color-${color}-0)`;
    light[`--mantine-color-${color}-light-hover`] = `var(--mantine-color-${color}-1)`;
  }
  return { variables: {}, light, dark: {} };
};
