import type { ReactNode } from 'react';
import { DemoBand } from './demo-band';
import { LanguageSwitch } from './language-switch';
import { PublicFrame } from './public-frame';

/** The app's pages seen without a session (sign-in, set password, setup), in the public frame. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <PublicFrame band={<DemoBand />} languageSwitch={<LanguageSwitch />}>
      {children}
    </PublicFrame>
  );
}
