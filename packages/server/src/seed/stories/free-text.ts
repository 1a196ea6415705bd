import { pick, type Random } from '../demo-people';

// Free-text answers built from parts, so a thousand respondents do not write the same eight
// sentences: a way of opening, what they are writing about (a theme of the story), and a way of
// ending. A theme's weight is how often respondents raise it: the story's signal shows in its texts.

export interface TextTheme {
  /** How often this theme is raised, relative to the others. */
  weight: number;
  /**
   * The heart of the sentence, written to follow any of the openings (lower case unless a name):
   * a wish reads as what should happen ("waktu praktik ditambah"), without "perlu".
   */
  cores: readonly string[];
  /** Endings that fit this theme: added to the recipe's, or for a remark (own openings) its only ones. */
  endings?: readonly string[];
  /** Openings of its own, instead of the recipe's (praise does not start with "Mohon"). */
  openings?: readonly string[];
}

export interface TextRecipe {
  openings: readonly string[];
  themes: readonly TextTheme[];
  endings: readonly string[];
}

/** Openings and endings that fit a wish ("Mohon waktu praktik ditambah."). */
export const COMMON_OPENINGS = [
  '',
  '',
  'Saran saya, ',
  'Menurut saya ',
  'Mohon ',
  'Sebaiknya ',
  'Harapan kami, ',
  'Sudah saatnya ',
  'Kalau bisa ',
  'Usul: ',
] as const;
export const COMMON_ENDINGS = [
  '.',
  '.',
  '.',
  ', terima kasih.',
  '!',
  ' ke depannya.',
  ' secepatnya.',
] as const;

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function themeOf(random: Random, themes: readonly TextTheme[]): TextTheme {
  let draw = random() * themes.reduce((sum, t) => sum + t.weight, 0);
  for (const theme of themes) {
    draw -= theme.weight;
    if (draw < 0) return theme;
  }
  return themes[themes.length - 1]!;
}

/** One respondent's text: an opening, a theme's core, an ending; now and then a second sentence. */
export function composeText(random: Random, recipe: TextRecipe): string {
  const sentence = () => {
    const theme = themeOf(random, recipe.themes);
    const core = pick(random, theme.cores);
    // A remark (a theme with openings of its own) ends as it says: "secepatnya" fits only wishes.
    const endings = theme.openings ? (theme.endings ?? ['.']) : [...recipe.endings, ...(theme.endings ?? [])];
    const text = capitalised(
      `${pick(random, theme.openings ?? recipe.openings)}${core}${pick(random, endings)}`,
    );
    return { core, text };
  };
  const first = sentence();
  if (random() >= 0.2) return first.text;
  const second = sentence();
  return second.core === first.core ? first.text : `${first.text} ${second.text}`;
}

/** Openings for what someone found good or bad, not a wish. */
export const REMARK_OPENINGS = ['', '', 'Secara umum ', 'Menurut saya ', 'Jujur saja, '] as const;

/** A recipe with the common openings and endings around the given themes. */
export const recipe = (themes: readonly TextTheme[], extra: Partial<TextRecipe> = {}): TextRecipe => ({
  openings: extra.openings ?? COMMON_OPENINGS,
  themes,
  endings: extra.endings ?? COMMON_ENDINGS,
});

/** Why an applicant applies to a program: each core a purpose that follows "Saya ingin". */
export const reasonsToApply = (cores: readonly string[]): TextRecipe =>
  recipe([{ weight: 1, cores }], {
    openings: ['Saya ingin ', 'Saya mendaftar untuk ', 'Tujuan saya: '],
    endings: ['.', '.', '.', ', terima kasih.'],
  });
