import { describe, expect, it } from 'vitest';
import { onFirstInteraction } from './on-first-interaction';

describe('onFirstInteraction', () => {
  it('runs once, at the first focus, touch or key, and not before', () => {
    for (const type of ['focusin', 'pointerdown', 'keydown']) {
      const target = new EventTarget();
      let runs = 0;
      onFirstInteraction(() => runs++, target);
      target.dispatchEvent(new Event('scroll'));
      expect(runs).toBe(0);
      target.dispatchEvent(new Event(type));
      target.dispatchEvent(new Event('focusin'));
      target.dispatchEvent(new Event('keydown'));
      expect(runs, type).toBe(1);
    }
  });

  it('runs nothing once cancelled', () => {
    const target = new EventTarget();
    let runs = 0;
    onFirstInteraction(() => runs++, target)();
    target.dispatchEvent(new Event('pointerdown'));
    expect(runs).toBe(0);
  });
});
