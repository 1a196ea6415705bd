import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { SearchIcon } from './icons';

interface SearchBoxProps {
  /** The query in the address bar. */
  value: string;
  onSearch: (query: string) => void;
  label: string;
  placeholder: string;
}

const DEBOUNCE_MS = 300;

/** Typing searches on the server after a short pause; back/forward updates the box. */
export function SearchBox({ value, onSearch, label, placeholder }: SearchBoxProps) {
  const [text, setText] = useState(value);
  // The last query this box sent; an address-bar change to anything else came from navigation.
  const lastSent = useRef(value);

  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);

  const send = useDebouncedCallback((next: string) => {
    const query = next.trim();
    if (query === lastSent.current) return;
    lastSent.current = query;
    onSearch(query);
  }, DEBOUNCE_MS);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      leftSection={<SearchIcon />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        send(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') send.flush();
      }}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
