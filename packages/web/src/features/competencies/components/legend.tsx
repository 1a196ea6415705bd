import { Stack, Text } from '@mantine/core';

/** A chart's legend with each figure written out: colour is never the only signal. */
export function Legend({
  items,
  valueFormatter,
}: {
  items: { key: string; label: string; count: number; color: string }[];
  valueFormatter: (n: number) => string;
}) {
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Text component="li" key={item.key} size="sm">
          <span
            style={{
              display: 'inline-block',
              width: 12,
              height: 12,
              borderRadius: 3,
              marginInlineEnd: 8,
              background: `var(--mantine-color-${item.color.replace('.', '-')})`,
            }}
          />
          {item.label}: {valueFormatter(item.count)}
        </Text>
      ))}
    </Stack>
  );
}
