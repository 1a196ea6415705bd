const INTERACTIONS = ['focusin', 'pointerdown', 'keydown'] as const;
/** Seen before the page's own handlers; an options object, which every EventTarget reads alike. */
const CAPTURE = { capture: true };

/**
 * Runs `work` once, when the person first focuses, touches or types anywhere in `target`: for code
 * they will need after what they are starting (the signed-in shell, while they fill in the sign-in
 * form), fetched then rather than while a phone still loads the page itself. Returns a cancel function.
 */
export function onFirstInteraction(work: () => void, target: EventTarget = document): () => void {
  const stop = () => {
    for (const type of INTERACTIONS) target.removeEventListener(type, run, CAPTURE);
  };
  function run() {
    stop();
    work();
  }
  for (const type of INTERACTIONS) target.addEventListener(type, run, CAPTURE);
  return stop;
}
