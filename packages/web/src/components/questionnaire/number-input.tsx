import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Mantine's NumberInput for plain numbers, as a default export for lazy-inputs.tsx. */
export default function NumberInputField(props: NumberInputProps<number>) {
  return <NumberInput {...props} />;
}
