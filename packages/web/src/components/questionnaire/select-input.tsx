import { Select, type SelectProps } from '@mantine/core';

/** Mantine's Select for string options, as a default export for lazy-inputs.tsx. */
export default function SelectInput(props: SelectProps<string>) {
  return <Select {...props} />;
}
