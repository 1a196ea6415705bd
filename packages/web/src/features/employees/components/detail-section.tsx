import { Card, DataList, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useId } from 'react';

export interface DetailItem {
  label: string;
  value: ReactNode;
}

/** A titled card of label/value pairs (a <dl>); empty values show as a dash. */
export function DetailSection({ title, items }: { title: string; items: DetailItem[] }) {
  const headingId = useId();
  const isPhone = useMediaQuery('(max-width: 35.99em)', false, { getInitialValueInEffect: false });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {title}
      </Title>
      <DataList orientation={isPhone ? 'vertical' : 'horizontal'} labelWidth="11rem" withDivider gap="xs">
        {items.map((item) => (
          <DataList.Item key={item.label}>
            <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
            <DataList.ItemValue>{isEmpty(item.value) ? '—' : item.value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Card>
  );
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '';
}
