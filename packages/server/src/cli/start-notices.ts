import { cliText } from './cli-error';

interface TenantInfo {
  name: string;
  kind: string;
  demo: boolean;
}

/**
 * What the server says at every start about the kind of deployment it is: a demo (published
 * passwords), demo governments left in a real deployment's database, or no government yet and how
 * to set one up.
 */
export function deploymentNotices(tenants: readonly TenantInfo[], demoMode: boolean): string[] {
  const governments = tenants.filter((t) => t.kind !== 'nasional');
  const notices: string[] = [];
  const demoGovernments = governments.filter((t) => t.demo);
  if (demoMode) notices.push(cliText('start.demoMode'));
  else if (demoGovernments.length > 0) {
    notices.push(cliText('start.demoGovernments', { names: demoGovernments.map((t) => t.name).join(', ') }));
  }
  if (governments.length === 0) notices.push(cliText('start.noGovernment'));
  return notices;
}
