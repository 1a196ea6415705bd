import { Loader, type NumberInputProps, type SelectProps } from '@mantine/core';
import { lazy, Suspense } from 'react';

// The searchable select (long option lists) and the number input bring a positioning library
// and a number formatter, about 30 KB gzip that most questionnaires never use: they load only
// when a question needs them, so a citizen's form of choices and scales starts without them.

const Select = lazy(() => import('./select-input'));
const NumberInput = lazy(() => import('./number-input'));

export function LazySelect(props: SelectProps<string>) {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <Select {...props} />
    </Suspense>
  );
}

export function LazyNumberInput(props: NumberInputProps<number>) {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <NumberInput {...props} />
    </Suspense>
  );
}
