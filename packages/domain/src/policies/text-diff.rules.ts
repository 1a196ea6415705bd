// The inline comparison of a modified provision: which words of its text were struck out and which
// were written in. A reader of a regulation compares wording, so the unit is the word, and the
// spaces and punctuation between words are tokens of their own: "ayat (2)" → "ayat (3)" marks only
// the number, and joining the segments gives back each text exactly, character for character.
//
// The edit script is Myers' O(ND) shortest edit script over the tokens ("An O(ND) Difference
// Algorithm and Its Variations", 1986): its work grows with the size of the texts times the number
// of edits, so a long regulation with a few amended words is quick. Two long texts that share little
// would cost (N + M) · D, so the search stops at MAX_EDIT_TOKENS edits and the differing middle is
// shown as one struck-out and one written-in block instead — for texts so different, a word-by-word
// diff would be unreadable anyway.

export interface TextSegment {
  op: 'same' | 'added' | 'removed';
  text: string;
}

type TokenOp = 'same' | 'added' | 'removed';

/**
 * Beyond this many token insertions and deletions the texts are treated as rewritten rather than
 * amended. It bounds the work to about (N + M) · 1,000 comparisons and the memory of the search to
 * about a million integers.
 */
export const MAX_EDIT_TOKENS = 1000;

// A word is a run of letters, digits and combining marks; a run of whitespace is one token; any other
// character stands alone. The last alternative catches whatever the others miss, so no character is
// ever lost between tokens.
const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]|[\s\S]/gu;

/** Splits a text into words, whitespace runs and single other characters; their join is the text. */
export function tokenise(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Word-level difference of two texts, for the inline comparison of a modified provision. */
export function diffWords(before: string, after: string): TextSegment[] {
  if (before === after) return before === '' ? [] : [{ op: 'same', text: before }];
  const a = tokenise(before);
  const b = tokenise(after);
  // The common beginning and end are cut off first: an amendment usually touches a few words in the
  // middle, and the search then only sees those.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: TokenOp[] = [];
  const texts: string[] = [];
  const emit = (op: TokenOp, text: string) => {
    ops.push(op);
    texts.push(text);
  };
  for (let i = 0; i < start; i++) emit('same', a[i]!);
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const script = shortestEditScript(interned(middleA, middleB), MAX_EDIT_TOKENS);
  if (script === null) {
    emit('removed', middleA.join(''));
    emit('added', middleB.join(''));
  } else {
    let i = 0;
    let j = 0;
    for (const op of script) {
      if (op === 'same') {
        emit('same', middleA[i++]!);
        j++;
      } else if (op === 'removed') emit('removed', middleA[i++]!);
      else emit('added', middleB[j++]!);
    }
  }
  for (let i = endA; i < a.length; i++) emit('same', a[i]!);
  return segments(ops, texts);
}

/** The two token lists as numbers, so the search compares integers rather than strings. */
function interned(a: readonly string[], b: readonly string[]): { a: Int32Array; b: Int32Array } {
  const ids = new Map<string, number>();
  const toIds = (tokens: readonly string[]) =>
    Int32Array.from(tokens, (token) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
      }
      return id;
    });
  return { a: toIds(a), b: toIds(b) };
}

/**
 * Myers' greedy forward search for the shortest edit script turning `a` into `b`, one op per token in
 * order; null when it needs more than `limit` insertions and deletions. Each round d keeps, for every
 * diagonal k = x − y, the furthest x reachable with d edits; the rounds' frontiers are kept (only
 * the diagonals −d…d, so the memory is about limit²) to walk the path back afterwards.
 */
function shortestEditScript(seq: { a: Int32Array; b: Int32Array }, limit: number): TokenOp[] | null {
  const { a, b } = seq;
  const n = a.length;
  const m = b.length;
  const maxD = Math.min(n + m, limit);
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxD; d++) {
    // The frontier of round d − 1 on diagonals −(d − 1)…d − 1: all that round d reads.
    trace.push(v.slice(offset - d + 1, offset + d));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return pathBack(trace, d, n, m);
    }
  }
  return null;
}

/** Walks the kept frontiers back from (n, m) to (0, 0) and returns the ops in reading order. */
function pathBack(trace: readonly Int32Array[], finalD: number, n: number, m: number): TokenOp[] {
  const ops: TokenOp[] = [];
  let x = n;
  let y = m;
  for (let d = finalD; d > 0; d--) {
    const frontier = trace[d]!;
    const at = (k: number) => frontier[k + d - 1]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      ops.push('same');
      x--;
      y--;
    }
    ops.push(x === previousX ? 'added' : 'removed');
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    ops.push('same');
    x--;
    y--;
  }
  return ops.reverse();
}

/**
 * Joins the tokens into segments: each run of same tokens is one segment, and each run of changes
 * between them becomes what was struck out followed by what was written in, as a reader expects.
 */
function segments(ops: readonly TokenOp[], texts: readonly string[]): TextSegment[] {
  const out: TextSegment[] = [];
  const push = (op: TokenOp, text: string) => {
    if (text !== '') out.push({ op, text });
  };
  let i = 0;
  while (i < ops.length) {
    let same = '';
    while (i < ops.length && ops[i] === 'same') same += texts[i++];
    push('same', same);
    let removed = '';
    let added = '';
    while (i < ops.length && ops[i] !== 'same') {
      if (ops[i] === 'removed') removed += texts[i];
      else added += texts[i];
      i++;
    }
    push('removed', removed);
    push('added', added);
  }
  return out;
}
