import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { hasAccounts } from './instance.repository';

/**
 * The deployment's state for the browser. Once an account exists it is remembered: accounts are
 * never deleted, and every visitor's first request then costs no query.
 */
export function instanceStatus(db: Db, config: Pick<Config, 'demoData'>) {
  let setUp = false;
  return async () => {
    setUp ||= await hasAccounts(db);
    return { demo: config.demoData, setupNeeded: !setUp };
  };
}
