import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// Labels of domain codes (roles, jenis jabatan, PNS/PPPK, sex) come from @jenjang/domain's own
// translations, merged as the 'domain' namespace. The code itself is shown when a label is missing.

type LooseT = (key: string, options: { defaultValue: string }) => string;

export function useDomainLabels() {
  const { t, i18n } = useTranslation('domain');
  const language = i18n.language;
  return useMemo(() => {
    // Domain keys are data (server codes), not literals, so they are looked up untyped.
    const lookup = t as unknown as LooseT;
    const label = (group: string, code: string) => lookup(`${group}.${code}`, { defaultValue: code });
    return {
      language,
      role: (role: string) => label('role', role),
      positionKind: (kind: string) => label('positionKind', kind),
      fungsionalLevel: (level: string) => label('fungsionalLevel', level),
      employeeType: (type: string) => label('employeeType', type),
      sex: (sex: string) => label('sex', sex),
      unitKind: (kind: string) => label('unitKind', kind),
      employeeStatus: (status: string) => label('employeeStatus', status),
      // Audit log entries: an action this version does not know yet shows its code.
      auditAction: (action: string) => label('auditAction', action),
      auditActionGroup: (group: string) => label('auditActionGroup', group),
      auditEntity: (entity: string) => label('auditEntity', entity),
      auditDetail: (key: string) => label('auditDetail', key),
      /** A recorded value in words where the domain names it (a reason, a scope, a mode). */
      auditValue: (key: string, value: string) =>
        key === 'role' ? label('role', value) : label(`auditValue.${key}`, value),
    };
  }, [t, language]);
}
