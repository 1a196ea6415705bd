import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePolicies } from '../lib/get-policies';
import { AnchorLink } from './router-links';

interface PolicySelectProps {
  value: number | null;
  onChange: (policyId: number | null) => void;
  error?: ReactNode;
}

/**
 * The policy an activity carries out (a plan's item, an IDP activity): any of the government's
 * policies the reader sees but a retired one, unless it is the one already cited.
 */
export function PolicySelect({ value, onChange, error }: PolicySelectProps) {
  const { t } = useTranslation();
  const policies = usePolicies();
  const data = (policies.data?.items ?? [])
    .filter((policy) => policy.state !== 'retired' || policy.id === value)
    .map((policy) => ({ value: String(policy.id), label: policy.title }));
  return (
    <Select
      label={t('policyCited.label')}
      description={t('policyCited.help')}
      placeholder={t('policyCited.none')}
      disabled={policies.isPending}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('policyCited.clear') }}
      nothingFoundMessage={t('policyCited.nothing')}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next === null ? null : Number(next))}
      error={error}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
    />
  );
}

/** 'Melaksanakan kebijakan: <its title>', to the policy's page; nothing when none is cited. */
export function PolicyCitation({ policyId }: { policyId: number | null }) {
  const { t } = useTranslation();
  const policies = usePolicies(policyId !== null);
  if (policyId === null) return null;
  const title = policies.data?.items.find((policy) => policy.id === policyId)?.title;
  return (
    <span>
      {t('policyCited.carriesOut')}{' '}
      {title ? (
        <AnchorLink to="/policies/$policyId" params={{ policyId: String(policyId) }} size="xs">
          {title}
        </AnchorLink>
      ) : (
        t('policyCited.unseen')
      )}
    </span>
  );
}
