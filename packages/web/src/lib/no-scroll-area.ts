/**
 * Mantine's ScrollArea as the citizen's survey page's build sees it from Table.ScrollContainer
 * (vite.survey.config.ts). Importing Table (the questionnaire's statement grid) brings its scroll
 * container, and with it ScrollArea and most of @floating-ui/react (≈ 15 KB gzip together), though
 * the page never shows a scroll container (nor a grid: its 480-px card is narrower than the 40em a
 * grid needs). Should one ever be rendered there, it fails loudly rather than silently.
 */
export function ScrollArea(): never {
  throw new Error(
    'Table.ScrollContainer type="scrollarea" is not in the survey page\'s build: use type="native" there',
  );
}
