// The words of free-text answers, counted for results pages (a word cloud or a top-words list).

/** Code-point order: the same in every browser and on the server, unlike a locale's collation. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Indonesian function words, with the abbreviations people type in comment boxes (yg, dgn, utk). */
export const STOP_WORDS_ID: ReadonlySet<string> = words(`
  yang dan di ke dari untuk dengan ini itu tidak ada saya kami kita sudah akan lebih juga pada dalam
  atau karena agar bisa sangat adalah oleh sebagai bahwa para dapat harus telah masih belum mereka
  anda kamu dia ia beliau nya pun lah kah ya tak bukan jika kalau bila maka namun tetapi tapi serta
  hanya saja sedang hal secara setiap semua sekali sehingga supaya bagi terhadap tentang antara
  seperti sama lagi apa bagaimana kapan mana siapa mengapa kenapa jadi pula begitu sini situ sana
  hingga sampai sejak selalu sering yaitu yakni ialah tersebut tsb dll dsb dst mohon si sang
  yg dgn dg utk krn karna tdk gak ga nggak enggak engga gk sdh udah blm jg dr pd bs aja sih deh
  kok dong nih tuh lbh sy kpd kepada olehnya ketika saat
`);

/** English function words, for answers written in English. */
export const STOP_WORDS_EN: ReadonlySet<string> = words(`
  the and of to a an in is it for on at by with as be are was were been being this that these those
  from or but not no nor so if then than too very can could will would should shall may might must
  do does did done have has had i me my we us our you your he him his she her they them their its
  there here what which who whom when where why how all any some more most also just about into out
  up down over under only own same such am because while until again each few both other off once
  don't doesn't didn't isn't aren't wasn't can't won't it's i'm i've we're they're there's
`);

export interface WordFrequencyOptions {
  /** Most words returned; 50 unless told. */
  limit?: number;
  /** Shortest word kept, in letters; 2 unless told, so "AC" and "TV" survive. */
  minLength?: number;
  /** Words to leave out besides the built-in lists, e.g. the agency's own name. */
  extraStopWords?: Iterable<string>;
}

export interface WordCount {
  word: string;
  /** Texts the word appears in. */
  count: number;
}

// Letters and digits, with inner apostrophes and hyphens kept so "kupu-kupu" and "don't" stay whole.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;

function wordsOf(text: string): Set<string> {
  const normalized = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");
  return new Set(Array.from(normalized.matchAll(WORD), (match) => match[0]));
}

/**
 * The words most often found in free-text answers, most frequent first, ties in code-point order.
 * Lower-cased, punctuation stripped, numbers and stop words dropped, no stemming. A word counts once
 * per text, so one long complaint cannot outweigh many short ones.
 */
export function wordFrequencies(texts: readonly string[], options: WordFrequencyOptions = {}): WordCount[] {
  const { limit = 50, minLength = 2 } = options;
  const extra = new Set(Array.from(options.extraStopWords ?? [], (w) => w.normalize('NFKC').toLowerCase()));
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (!LETTER.test(word) || [...word].length < minLength) continue;
      if (STOP_WORDS_ID.has(word) || STOP_WORDS_EN.has(word) || extra.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return Array.from(counts, ([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || byCodePoint(a.word, b.word))
    .slice(0, Math.max(0, limit));
}
