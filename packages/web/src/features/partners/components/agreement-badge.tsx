import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerAgreement } from '../../../api/types';

const COLORS = { upcoming: 'blue', active: 'teal', expiring: 'orange', expired: 'gray' } as const;

/** An agreement's status on the government's today: in force, running out in N days, over. */
export function AgreementBadge({ agreement }: { agreement: PartnerAgreement }) {
  const { t } = useTranslation('partners');
  const label =
    agreement.status === 'expiring'
      ? t('agreement.status.expiring', { count: agreement.daysLeft })
      : t(`agreement.status.${agreement.status}`);
  return (
    <Badge color={COLORS[agreement.status]} variant="light" autoContrast>
      {label}
    </Badge>
  );
}
