import type { AnswerBias } from '../demo-answers';

// A demo story: what one seed article (shared/seeds beside the project; summarised in
// each story's `signal`) says a government wants to do, told as the surveys it runs and how its
// people answer. Days are relative to the story's today, so the demo always has a wave open to
// answer and waves closed to read.

export interface DemoWave {
  label: string;
  /** Window in days from today (negative: in the past). */
  from: number;
  to: number;
  /** Responses at demo scale 1. */
  responses: number;
  population?: number;
  bias: AnswerBias;
}

export interface DemoSurvey {
  templateKey: string;
  title: string;
  mode: 'identified' | 'anonymous' | 'public';
  /** Everyone, or a sample of `size` employees spread over many OPDs (a training's participants). */
  audience?: { kind: 'all' } | { kind: 'sample'; size: number; units?: RegExp };
  /** Public surveys: the service counter's unit, its service, and a readable demo code. */
  service?: { unit: RegExp; name: string; code: string };
  waves: DemoWave[];
}

export interface DemoStory {
  /** The seed article's number ('000'–'004'), which names the story's file. */
  seed: string;
  /** The government it happens in (demo-regions.ts). */
  region: string;
  /** What the article asks for, and what the demo's results show because of it. */
  signal: string;
  surveys: DemoSurvey[];
}
