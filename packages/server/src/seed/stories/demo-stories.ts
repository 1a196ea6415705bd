import { tanjungpinangStory } from './000-tanjungpinang.story';
import { jakartaStory } from './001-dki-jakarta.story';
import { pontianakStory } from './002-pontianak.story';
import { belawanStory } from './003-belawan.story';
import { tanjungbalaiStory } from './004-tanjungbalai.story';
import type { DemoStory } from './story';

/** Every demo story, one per seed article, in the seeds' order. */
export const DEMO_STORIES: readonly DemoStory[] = [
  tanjungpinangStory,
  jakartaStory,
  pontianakStory,
  belawanStory,
  tanjungbalaiStory,
];

export function storyOf(region: string): DemoStory | undefined {
  return DEMO_STORIES.find((story) => story.region === region);
}
