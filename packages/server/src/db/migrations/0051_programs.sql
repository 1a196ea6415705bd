-- Development programs, their batches and the applications to them (issue 11; domain
-- programs/program.rules.ts and selection.rules.ts).
--
-- program: one learning offer of a government: its path (Perlan LAN 10/2018 code), JP, provider,
--   cost per participant, the policy it carries out, and its published terms: who may apply
--   (eligibility, jsonb in the shape of domain EligibilityRules), the score weights that rank
--   applicants (jsonb ScoreWeights) and the per-OPD quota (at most / at least this many of one OPD;
--   an OPD is a unit at the top of the tree). The terms are frozen once applications open.
-- program_competency: the competencies the program develops and the level it aims at.
-- program_plan_item: the planned developments (RPK items) the program fulfils.
-- program_batch (angkatan): dates, venue or link, capacity. `taken` counts the seats given, under
--   the batch row's lock; the check makes overbooking impossible whatever the code does.
-- program_application: one per program and employee. preferences: the batches asked for, most
--   wanted first. source: applied by the employee, nominated by a supervisor (who thereby
--   recommends), or assigned by the agency. The selection writes score (hundredths, domain
--   applicantScore), its lines, the outcome and, for those not selected, their place on the
--   waiting list; batch_id is the seat held while state is 'selected'.

create table program (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  title text not null check (length(title) between 1 and 300),
  description text check (length(description) <= 5000),
  path_code text not null check (path_code ~ '^(KL(0[1-9]|1[0-2])|NKL(0[1-9]|1[0-3]))$'),
  jp numeric(7, 2) not null check (jp > 0 and jp <= 2000),
  provider_kind text not null check (provider_kind in ('internal', 'lan', 'partner')),
  provider_name text check (length(provider_name) between 1 and 200),
  cost_per_participant numeric(16, 2) not null default 0 check (cost_per_participant >= 0),
  policy_id bigint,
  state text not null default 'draft'
    check (state in ('draft', 'open', 'closed', 'selected', 'completed', 'cancelled')),
  eligibility jsonb not null,
  weights jsonb not null,
  quota_unit_max int check (quota_unit_max > 0),
  quota_unit_min int check (quota_unit_min > 0),
  applications_close_on date,
  ranking_shows_names boolean not null default false,
  selection_summary jsonb,
  selected_at timestamptz,
  created_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  check (quota_unit_min is null or quota_unit_max is null or quota_unit_min <= quota_unit_max),
  foreign key (tenant_id, policy_id) references policy (tenant_id, id),
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
create index program_by_state on program (tenant_id, state, id);
select jenjang_tenant_table('program', 'select, insert, update');

create table program_competency (
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  competency_id bigint not null,
  target_level smallint not null check (target_level between 1 and 5),
  primary key (tenant_id, program_id, competency_id),
  foreign key (tenant_id, program_id) references program (tenant_id, id) on delete cascade,
  foreign key (tenant_id, competency_id) references competency (tenant_id, id)
);
select jenjang_tenant_table('program_competency', 'select, insert, delete');

create table program_plan_item (
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  plan_item_id bigint not null,
  primary key (tenant_id, program_id, plan_item_id),
  foreign key (tenant_id, program_id) references program (tenant_id, id) on delete cascade,
  foreign key (tenant_id, plan_item_id) references development_plan_item (tenant_id, id) on delete cascade
);
create index program_plan_item_by_item on program_plan_item (tenant_id, plan_item_id);
select jenjang_tenant_table('program_plan_item', 'select, insert, delete');

create table program_batch (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  name text not null check (length(name) between 1 and 100),
  starts_on date not null,
  ends_on date not null,
  venue text check (length(venue) between 1 and 300),
  online_url text check (online_url ~ '^https?://' and length(online_url) <= 500),
  capacity int not null check (capacity between 0 and 100000),
  taken int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (id, tenant_id),
  check (starts_on <= ends_on),
  check (taken between 0 and capacity),
  foreign key (tenant_id, program_id) references program (tenant_id, id) on delete cascade
);
create index program_batch_by_program on program_batch (tenant_id, program_id, starts_on, id);
select jenjang_tenant_table('program_batch', 'select, insert, update, delete');

create table program_application (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  employee_id bigint not null,
  preferences bigint[] not null check (cardinality(preferences) between 1 and 10),
  source text not null check (source in ('self', 'nomination', 'assignment')),
  recommended boolean not null default false,
  nominated_by bigint,
  motivation text check (length(motivation) <= 1000),
  state text not null default 'applied'
    check (state in ('applied', 'selected', 'waitlisted', 'notSelected', 'withdrawn')),
  batch_id bigint,
  score int check (score between 0 and 10000),
  score_lines jsonb,
  outcome text check (outcome in ('selected', 'belowCutoff', 'tie', 'groupFull', 'batchesFull')),
  waitlist_position int check (waitlist_position > 0),
  applied_at timestamptz not null default now(),
  decided_at timestamptz,
  withdrawn_at timestamptz,
  primary key (id, tenant_id),
  unique (tenant_id, program_id, employee_id),
  check ((state = 'selected') = (batch_id is not null)),
  foreign key (tenant_id, program_id) references program (tenant_id, id) on delete cascade,
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, batch_id) references program_batch (tenant_id, id),
  foreign key (tenant_id, nominated_by) references account (tenant_id, id)
);
create index program_application_by_program on program_application (tenant_id, program_id, state, id);
create index program_application_by_employee on program_application (tenant_id, employee_id);
create index program_application_by_batch on program_application (tenant_id, batch_id) where batch_id is not null;
select jenjang_tenant_table('program_application', 'select, insert, update');
