import { useInstance } from '../lib/instance';
import { DemoNotice } from './demo-notice';

export { DEMO_BAND_HEIGHT } from './demo-notice';

/** The demo notice (demo-notice.tsx), on every page of a demo deployment. */
export function DemoBand() {
  const instance = useInstance();
  return instance?.demo ? <DemoNotice /> : null;
}
