let counter = 0;

/** A suffix no other call in this test process returns: names, codes and NIPs that never collide. */
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The next of a counter shared by the factories (NIP sequence numbers). */
export const nextSequence = () => counter++;
