-- Individual development plans (IDP, issue 10): per employee and year, the activities for that
-- person's largest gaps, agreed with the supervisor (domain idp.rules.ts). An item may name the
-- competency it develops and the policy it carries out; completed_on marks it done.

create table development_idp (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  employee_id bigint not null,
  year smallint not null check (year between 2000 and 2100),
  state text not null default 'draft' check (state in ('draft', 'agreed', 'inProgress', 'done')),
  note text check (length(note) <= 2000),
  agreed_by bigint,
  agreed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  unique (employee_id, year, tenant_id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, agreed_by) references account (tenant_id, id)
);
select jenjang_tenant_table('development_idp', 'select, insert, update');

create table development_idp_item (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  idp_id bigint not null,
  competency_id bigint,
  activity text not null check (length(activity) between 1 and 300),
  path_code text not null check (path_code ~ '^(KL(0[1-9]|1[0-2])|NKL(0[1-9]|1[0-3]))$'),
  jp numeric(7, 2) not null check (jp > 0 and jp <= 2000),
  due_on date,
  completed_on date,
  policy_id bigint,
  position smallint not null default 0,
  primary key (id, tenant_id),
  foreign key (tenant_id, idp_id) references development_idp (tenant_id, id) on delete cascade,
  foreign key (tenant_id, competency_id) references competency (tenant_id, id),
  foreign key (tenant_id, policy_id) references policy (tenant_id, id)
);
create index development_idp_item_idp on development_idp_item (tenant_id, idp_id, position, id);
select jenjang_tenant_table('development_idp_item', 'select, insert, update, delete');
