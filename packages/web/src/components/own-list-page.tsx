import { Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CardList } from './card-list';
import { EmptyMessage } from './empty-state';
import { PageTitle } from './page-title';
import { QueryContent } from './query-content';

/**
 * A page of the reader's own things as cards (the batches they teach, their mentoring pairs, their
 * scholarships): a title and what the page is for, then the cards once the query answers, or a
 * message saying there are none yet and where they come from.
 */
export function OwnListPage<T>({
  title,
  intro,
  query,
  empty,
  children,
}: {
  title: string;
  intro: string;
  query: UseQueryResult<{ items: T[] }>;
  empty: { title: string; help: ReactNode };
  children: (item: T) => ReactNode;
}) {
  return (
    <Stack gap="lg">
      <div>
        <PageTitle title={title} />
        <Text c="dimmed" size="sm">
          {intro}
        </Text>
      </div>
      <QueryContent query={query} height={200}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMessage title={empty.title}>{empty.help}</EmptyMessage>
          ) : (
            <CardList label={title} busy={query.isFetching}>
              {data.items.map(children)}
            </CardList>
          )
        }
      </QueryContent>
    </Stack>
  );
}
