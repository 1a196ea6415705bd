import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { deploymentNotices } from './start-notices';

const text = (key: string, params: Record<string, unknown> = {}) => translate('id', `cli.${key}`, params);
const kota = (name: string, demo = false) => ({ name, kind: 'kota', demo });

describe('deploymentNotices', () => {
  it('says a demo is a demo at every start', () => {
    expect(deploymentNotices([kota('Kota Pontianak', true)], true)).toEqual([text('start.demoMode')]);
  });

  it('warns a real deployment about demo governments left in its database', () => {
    const notices = deploymentNotices([kota('Kota Pontianak', true), kota('Kota Batam')], false);
    expect(notices).toEqual([text('start.demoGovernments', { names: 'Kota Pontianak' })]);
    expect(notices[0]).toContain('Kota Pontianak');
  });

  it('tells the operator of an empty database how to set up the first government', () => {
    const notices = deploymentNotices([{ name: 'Nasional', kind: 'nasional', demo: false }], false);
    expect(notices).toEqual([text('start.noGovernment')]);
    expect(notices[0]).toContain('tenant create --code 21.72');
  });

  it('says nothing more for a real deployment with its governments', () => {
    expect(deploymentNotices([kota('Kota Batam')], false)).toEqual([]);
  });
});
