-- A policy's indicators (issue 9): what the policy is judged by, each computed from Jenjang's own
-- data by a registered source (features/policies/indicator-sources.ts) with its parameters, never
-- a typed-in value; with its direction, baseline and target.

create table policy_indicator (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  policy_id bigint not null,
  name text not null check (length(name) between 1 and 200),
  source text not null,
  params jsonb not null,
  direction text not null check (direction in ('up', 'down')),
  baseline double precision,
  target double precision not null,
  created_at timestamptz not null default now(),
  primary key (id, tenant_id),
  foreign key (policy_id, tenant_id) references policy (id, tenant_id)
);
create index policy_indicator_policy on policy_indicator (policy_id, tenant_id);
select jenjang_tenant_table('policy_indicator', 'select, insert, delete');
