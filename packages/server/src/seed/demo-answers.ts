import type { InstrumentDefinition, Question, Scale } from '@jenjang/domain/surveys/instrument.contract';
import { questionsOf } from '@jenjang/domain/surveys/instrument.rules';
import {
  type Answers,
  type AnswerValue,
  isShown,
  validateAnswers,
} from '@jenjang/domain/surveys/survey-response.rules';
import { pick, type Random, seededRandom } from './demo-people';
import { composeText, type TextRecipe } from './stories/free-text';

/**
 * How a demo population tends to answer: a mean per question (or `question.statement`, and for
 * ability-vs-need `question.statement.ability` / `.need`), a default level for the rest (0 = the
 * bottom of every scale, 1 = the top), option weights, and how the texts some respondents write
 * are composed (stories/free-text.ts).
 */
export interface AnswerBias {
  means?: Record<string, number>;
  level?: number;
  weights?: Record<string, Record<string, number>>;
  texts?: Record<string, { share: number; recipe: TextRecipe }>;
  /** Share of optional non-text questions left blank. */
  skipOptional?: number;
}

/** A rating near `mean` on the scale: a rounded sum of three uniforms, so most land near the mean. */
function rating(random: Random, scale: Scale, mean: number): number {
  const noise = (random() + random() + random() - 1.5) * 1.3;
  return Math.min(scale.max, Math.max(scale.min, Math.round(mean + noise)));
}

function weighted(
  random: Random,
  values: readonly string[],
  weights: Record<string, number> | undefined,
): string {
  if (!weights) return pick(random, values);
  const total = values.reduce((sum, v) => sum + (weights[v] ?? 1), 0);
  let draw = random() * total;
  for (const value of values) {
    draw -= weights[value] ?? 1;
    if (draw <= 0) return value;
  }
  return values[values.length - 1]!;
}

function meanFor(bias: AnswerBias, key: string, scale: Scale): number {
  return bias.means?.[key] ?? scale.min + (scale.max - scale.min) * (bias.level ?? 0.7);
}

function answerOf(question: Question, random: Random, bias: AnswerBias): AnswerValue | undefined {
  switch (question.type) {
    case 'likert':
      return rating(random, question.scale, meanFor(bias, question.key, question.scale));
    case 'single':
      return weighted(
        random,
        question.options.map((o) => o.value),
        bias.weights?.[question.key],
      );
    case 'multiple': {
      const values = question.options.map((o) => o.value);
      const count = 1 + Math.floor(random() * Math.min(question.maxChoices ?? 3, 3));
      const chosen = new Set<string>();
      for (let i = 0; i < count * 3 && chosen.size < count; i++) {
        chosen.add(weighted(random, values, bias.weights?.[question.key]));
      }
      return [...chosen];
    }
    case 'number': {
      const low = question.min ?? 0;
      const high = question.max ?? low + 10;
      return Math.round(low + random() * (high - low));
    }
    case 'text': {
      const texts = bias.texts?.[question.key];
      if (!texts || random() >= texts.share) return undefined;
      // One draw of the answers' stream seeds the text's own: however long the text, the ratings
      // that follow are drawn as before.
      return composeText(seededRandom(Math.floor(random() * 2 ** 32)), texts.recipe);
    }
    case 'matrix':
      return Object.fromEntries(
        question.statements.map((s) => [
          s.key,
          rating(random, question.scale, meanFor(bias, `${question.key}.${s.key}`, question.scale)),
        ]),
      );
    case 'abilityNeed':
      return Object.fromEntries(
        question.statements.map((s) => {
          const path = `${question.key}.${s.key}`;
          const ability = rating(random, question.scale, bias.means?.[`${path}.ability`] ?? 3);
          const need = rating(random, question.scale, bias.means?.[`${path}.need`] ?? 3.8);
          return [s.key, { ability, need }];
        }),
      );
  }
}

/** One plausible, valid response to `definition` (checked with the same rules the API applies). */
export function synthesizeAnswers(
  definition: Pick<InstrumentDefinition, 'sections'>,
  random: Random,
  bias: AnswerBias,
): Answers {
  const answers: Answers = {};
  for (const question of questionsOf(definition)) {
    if (!isShown(question, answers)) continue;
    if (!question.required && question.type !== 'text' && random() < (bias.skipOptional ?? 0.1)) continue;
    const value = answerOf(question, random, bias);
    if (value !== undefined) answers[question.key] = value;
  }
  const check = validateAnswers(definition, answers);
  if (!check.ok) throw new Error(`demo answers break the instrument: ${JSON.stringify(check.issues)}`);
  return check.answers;
}
