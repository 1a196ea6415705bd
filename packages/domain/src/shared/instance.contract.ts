import { z } from 'zod';

/** What every visitor's browser needs before anything else: how this deployment runs. */
export const Instance = z
  .object({
    /** A demonstration with published passwords: every page says so. */
    demo: z.boolean(),
    /** Nobody can sign in yet: no government has been set up (see README, "Setting up a government"). */
    setupNeeded: z.boolean(),
  })
  .meta({ id: 'Instance' });
