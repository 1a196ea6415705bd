-- The annual Rencana Pengembangan Kompetensi (issue 10; PP 11/2017 jo. PP 17/2020 art. 205–206).
--
-- development_plan: one per government, year and OPD (unit_id), or the government's own plan
--   (unit_id null) that the OPDs' proposals are consolidated into and a leader approves. States and
--   moves: domain development-plan.rules.ts. budget: what the plan may cost, in rupiah (null: not
--   set yet). policy_id: the policy the plan carries out, when it names one.
-- development_plan_item: one planned development: a competency, who takes part (target group and
--   how many), the path (Perlan LAN 10/2018 code) and JP, the estimated cost, a priority, and why:
--   `basis` (a gap, a stated need, talent) with the evidence the proposal was generated from
--   (figures as they were then) and the people's own rationale. An item consolidated into the
--   government's plan names the OPD plan's item it came from.

create table development_plan (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  year smallint not null check (year between 2000 and 2100),
  unit_id bigint,
  state text not null default 'draft' check (state in ('draft', 'proposed', 'consolidated', 'approved')),
  budget numeric(16, 2) check (budget >= 0),
  policy_id bigint,
  note text check (length(note) <= 2000),
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  check (unit_id is not null or state in ('draft', 'approved')),
  foreign key (tenant_id, unit_id) references unit (tenant_id, id),
  foreign key (tenant_id, policy_id) references policy (tenant_id, id),
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
create unique index development_plan_per_year on development_plan (tenant_id, year, coalesce(unit_id, 0));
select jenjang_tenant_table('development_plan', 'select, insert, update');

create table development_plan_item (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  plan_id bigint not null,
  competency_id bigint,
  title text not null check (length(title) between 1 and 300),
  target_group text not null check (length(target_group) between 1 and 300),
  path_code text not null check (path_code ~ '^(KL(0[1-9]|1[0-2])|NKL(0[1-9]|1[0-3]))$'),
  jp numeric(7, 2) not null check (jp > 0 and jp <= 2000),
  participants int not null check (participants between 0 and 1000000),
  estimated_cost numeric(16, 2) not null check (estimated_cost >= 0),
  priority smallint not null check (priority between 1 and 3),
  basis text not null check (basis in ('gap', 'stated', 'talent', 'manual')),
  evidence jsonb,
  rationale text check (length(rationale) <= 2000),
  policy_id bigint,
  from_item_id bigint,
  position smallint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  foreign key (tenant_id, plan_id) references development_plan (tenant_id, id) on delete cascade,
  foreign key (tenant_id, competency_id) references competency (tenant_id, id),
  foreign key (tenant_id, policy_id) references policy (tenant_id, id),
  foreign key (tenant_id, from_item_id) references development_plan_item (tenant_id, id)
);
create index development_plan_item_plan on development_plan_item (tenant_id, plan_id, position, id);
select jenjang_tenant_table('development_plan_item', 'select, insert, update, delete');
