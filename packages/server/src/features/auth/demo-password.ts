import { ProblemError } from '../../http/problem';

/**
 * The published password of the demo accounts (printed at start and in the README). Outside demo
 * mode nobody may sign in with it, and nobody may ever choose it as a new password.
 */
export const DEMO_PASSWORD = 'jenjang-demo';

export function refuseDemoPassword(newPassword: string): void {
  if (newPassword !== DEMO_PASSWORD) return;
  throw new ProblemError(400, 'auth.demoPasswordChosen', {}, [
    { path: 'body/newPassword', key: 'auth.demoPasswordChosen' },
  ]);
}
