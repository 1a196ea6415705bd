import { describe, expect, it } from 'vitest';
import {
  answeredPublicWave,
  ballotKey,
  clearBallot,
  clearDraft,
  draftKey,
  type KeyValueStore,
  readBallot,
  readDraft,
  rememberPublicAnswer,
  writeBallot,
  writeDraft,
} from './answer-storage';

function memoryStore(): KeyValueStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const refusing: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('drafts', () => {
  it('keeps a draft per account and wave until it is cleared', () => {
    const store = memoryStore();
    const key = draftKey(7, 42);
    writeDraft(store, key, { rating: 4, grid: { a: 2 } });
    expect(readDraft(store, key)).toEqual({ rating: 4, grid: { a: 2 } });
    expect(readDraft(store, draftKey(8, 42))).toBeNull();
    clearDraft(store, key);
    expect(readDraft(store, key)).toBeNull();
  });

  it('removes the draft when no answer is left', () => {
    const store = memoryStore();
    const key = draftKey(7, 42);
    writeDraft(store, key, { rating: 4 });
    writeDraft(store, key, {});
    expect(store.items.size).toBe(0);
  });

  it('ignores a draft that is not what this page wrote', () => {
    const store = memoryStore();
    store.setItem('broken', '{not json');
    store.setItem('array', JSON.stringify({ answers: [1, 2] }));
    expect(readDraft(store, 'broken')).toBeNull();
    expect(readDraft(store, 'array')).toBeNull();
  });

  it('does nothing, without throwing, when storage is refused or absent', () => {
    expect(() => writeDraft(refusing, 'k', { a: 1 })).not.toThrow();
    expect(readDraft(refusing, 'k')).toBeNull();
    expect(readDraft(null, 'k')).toBeNull();
  });
});

describe('ballot tokens', () => {
  it('keeps the token for a retry and forgets it once the answers are accepted', () => {
    const store = memoryStore();
    const key = ballotKey(7, 42);
    const token = 'Zm9vYmFyYmF6cXV4cXV1eHh5enp5';
    writeBallot(store, key, token);
    expect(readBallot(store, key)).toBe(token);
    clearBallot(store, key);
    expect(readBallot(store, key)).toBeNull();
  });

  it('ignores a stored value that cannot be a token', () => {
    const store = memoryStore();
    store.setItem(ballotKey(7, 42), 'short');
    expect(readBallot(store, ballotKey(7, 42))).toBeNull();
  });
});

describe('public answers on this device', () => {
  it('remembers the wave answered, so a later wave may be answered again', () => {
    const store = memoryStore();
    expect(answeredPublicWave(store, 'abcd2345efgh', 10)).toBe(false);
    rememberPublicAnswer(store, 'abcd2345efgh', 10);
    expect(answeredPublicWave(store, 'abcd2345efgh', 10)).toBe(true);
    expect(answeredPublicWave(store, 'abcd2345efgh', 11)).toBe(false);
    expect(answeredPublicWave(store, 'other2345code', 10)).toBe(false);
  });
});
