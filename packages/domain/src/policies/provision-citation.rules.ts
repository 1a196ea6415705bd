// How a provision is cited, the way Indonesian regulations refer to their parts (UU 12/2011,
// Lampiran II, on referring to a provision: "Pasal 5 ayat (1) huruf a angka 2"). A pasal, a bab or
// a bagian is named on its own — pasal are numbered through the whole text — while an ayat "(1)",
// a huruf "a." and an angka "2." are named after the provision they belong to. Labels are what
// the drafters typed; one that fits none of these patterns stands on its own.

/** The citation of a provision labelled `label`, part of the provision cited as `parent` (if any). */
export function citationOf(label: string, parent: string | null): string {
  const own = label.trim();
  if (parent === null) return own;
  if (/^\(\d+[a-z]?\)$/.test(own)) return `${parent} ayat ${own}`;
  const letter = /^([a-z])[.)]$/.exec(own);
  if (letter) return `${parent} huruf ${letter[1]}`;
  const number = /^(\d+)[.)]$/.exec(own);
  if (number) return `${parent} angka ${number[1]}`;
  return own;
}

/** One provision of a text: its work-level id, its parent's, its displayed number. */
export interface CitedProvision {
  provisionId: number;
  parentId: number | null;
  label: string;
}

/**
 * Every provision of a text by its citation: "Pasal 5 ayat (1)" for the ayat (1) of Pasal 5. The
 * provisions may come in any order; a parent missing from the text leaves the part on its own.
 */
export function citationsOf(text: readonly CitedProvision[]): Map<number, string> {
  const byId = new Map(text.map((p) => [p.provisionId, p]));
  const cited = new Map<number, string>();
  const cite = (provision: CitedProvision, depth: number): string => {
    const known = cited.get(provision.provisionId);
    if (known !== undefined) return known;
    const parent = provision.parentId === null ? undefined : byId.get(provision.parentId);
    // A text is a tree; the depth guard only keeps a malformed one from looping.
    const citation = citationOf(
      provision.label,
      parent && depth < text.length ? cite(parent, depth + 1) : null,
    );
    cited.set(provision.provisionId, citation);
    return citation;
  };
  for (const provision of text) cite(provision, 0);
  return cited;
}

/** Each version's provisions by their citations, from each version's text. */
export function citationsByVersion(
  texts: ReadonlyMap<number, readonly CitedProvision[]>,
): Map<number, Map<number, string>> {
  return new Map([...texts].map(([versionId, text]) => [versionId, citationsOf(text)]));
}
