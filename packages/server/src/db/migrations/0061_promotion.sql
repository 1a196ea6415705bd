-- Promotion in rank (issue 13): the rules a policy states in a form Jenjang applies, and each
-- promotion proposed for a period with its outcome.
--
-- policy_rules: a version of a policy may state, besides its text, rules Jenjang applies, one set
--   per kind: 'promotion' (kenaikan pangkat, domain talent/promotion.contract.ts) now; talent
--   mapping later. The service checks them against the kind's contract. A version without a row of
--   a kind states the rules of the version it was drafted from, so a revision that leaves them
--   alone keeps them. Like the text, the rules of an adopted or discarded version never change
--   (policy_version_frozen from 0028).
-- promotion: a kenaikan pangkat proposed for one period date (SIASN's type 101, reguler): from and
--   to which golongan, under which version's rules it was checked, and whether those rules found the
--   person eligible; then approved with the decree (SK number and date, TMT) or rejected with a
--   reason. One per person and period.

create table policy_rules (
  tenant_id int not null references tenant (id),
  version_id bigint not null,
  kind text not null check (kind in ('promotion')),
  rules jsonb not null check (jsonb_typeof(rules) = 'object'),
  updated_by bigint,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, version_id, kind),
  foreign key (version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (tenant_id, updated_by) references account (tenant_id, id)
);
create index policy_rules_kind on policy_rules (tenant_id, kind);
select jenjang_tenant_table('policy_rules', 'select, insert, update, delete');

create trigger policy_rules_frozen before insert or update or delete on policy_rules
  for each row execute function policy_version_frozen();

create table promotion (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  employee_id bigint not null,
  period date not null check (extract(day from period) = 1),
  kind text not null default 'reguler' check (kind in ('reguler')),
  from_golongan text not null check (length(from_golongan) between 1 and 10),
  to_golongan text not null check (length(to_golongan) between 1 and 10),
  rules_version_id bigint,
  eligible boolean not null,
  state text not null default 'proposed' check (state in ('proposed', 'approved', 'rejected')),
  decree_number text check (length(decree_number) between 1 and 100),
  decree_date date,
  tmt date,
  reason text check (length(reason) between 1 and 1000),
  proposed_by bigint,
  proposed_at timestamptz not null default now(),
  decided_by bigint,
  decided_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, employee_id, period),
  check ((state = 'approved') = (decree_number is not null and decree_date is not null and tmt is not null)),
  check ((state = 'rejected') = (reason is not null)),
  check ((state = 'proposed') = (decided_at is null)),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (rules_version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (tenant_id, proposed_by) references account (tenant_id, id),
  foreign key (tenant_id, decided_by) references account (tenant_id, id)
);
create index promotion_period on promotion (tenant_id, period, state);
select jenjang_tenant_table('promotion', 'select, insert, update');
