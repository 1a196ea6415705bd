/**
 * The same function, working out its value once for each distinct argument (a Map's identity:
 * strings and numbers by value). For pure functions read over many rows that share few values.
 */
export function memo<K, V>(work: (key: K) => V): (key: K) => V {
  const done = new Map<K, V>();
  return (key) => {
    if (done.has(key)) return done.get(key) as V;
    const value = work(key);
    done.set(key, value);
    return value;
  };
}
