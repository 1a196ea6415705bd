-- Talent mapping on the nine-box grid (issue 13; PermenPANRB 3/2020; domain talent/nine-box.*).
--
-- policy_rules gains the kind 'talent': a version of a policy may state the government's talent
--   settings (domain TalentSettings: scores, cut-offs, box numbering, recommendations, and who
--   besides the agency sees placements), frozen with the version like its promotion rules.
-- talent_score: the points the agency gives a person for a year on a component the settings name
--   (innovation, achievements, a discipline penalty…), per axis. The settings bound them when the
--   person is placed; the row only keeps them within 0–100.
-- talent_mapping: a year's mapping as last placed: the settings it used (a copy, so the formula
--   shown with a placement is the one that placed it, whatever the policy says later) and the
--   version that stated them (null: the defaults), who placed it, when and by which job.
-- talent_placement: each active employee's place in that mapping: both scores and bands, the box
--   (null when the predikat or the JPM is missing), its recommendation, and the lines and inputs
--   that explain it. Placing a year again replaces its placements in one transaction. Whose unit a
--   placement belongs to is the employee's unit now (a supervisor reads their unit's people as it is).
-- talent_key_position: a position the agency plans succession for (jabatan kritikal/kunci).
-- talent_successor: a person the agency names as a successor to a key position, with how soon they
--   would be ready; one row per position and person.

alter table policy_rules drop constraint policy_rules_kind_check;
alter table policy_rules add constraint policy_rules_kind_check check (kind in ('promotion', 'talent'));

create table talent_score (
  tenant_id int not null references tenant (id),
  year smallint not null check (year between 2019 and 2100),
  employee_id bigint not null,
  axis text not null check (axis in ('performance', 'potential')),
  component text not null check (component ~ '^[a-z][a-z0-9-]{0,39}$'),
  points numeric(5, 2) not null check (points between 0 and 100),
  note text check (length(note) between 1 and 500),
  given_by bigint,
  given_at timestamptz not null default now(),
  primary key (tenant_id, year, employee_id, axis, component),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, given_by) references account (tenant_id, id)
);
select jenjang_tenant_table('talent_score', 'select, insert, update, delete');

create table talent_mapping (
  tenant_id int not null references tenant (id),
  year smallint not null check (year between 2019 and 2100),
  settings jsonb not null check (jsonb_typeof(settings) = 'object'),
  settings_version_id bigint,
  considered int not null check (considered >= 0),
  placed int not null check (placed between 0 and considered),
  placed_by bigint,
  placed_at timestamptz not null default now(),
  job_id uuid,
  primary key (tenant_id, year),
  foreign key (settings_version_id, tenant_id) references policy_version (id, tenant_id),
  foreign key (tenant_id, placed_by) references account (tenant_id, id),
  foreign key (tenant_id, job_id) references job (tenant_id, id)
);
select jenjang_tenant_table('talent_mapping', 'select, insert, update');

create table talent_placement (
  tenant_id int not null,
  year smallint not null,
  employee_id bigint not null,
  box smallint check (box between 1 and 9),
  performance_band text check (performance_band in ('below', 'meets', 'above')),
  potential_band text check (potential_band in ('low', 'middle', 'high')),
  performance_score numeric(5, 2) not null check (performance_score >= 0),
  potential_score numeric(5, 2) not null check (potential_score >= 0),
  recommendation text check (recommendation in ('talentPool', 'develop', 'rotate', 'performanceFollowUp')),
  detail jsonb not null check (jsonb_typeof(detail) = 'object'),
  primary key (tenant_id, year, employee_id),
  check ((box is null) = (performance_band is null or potential_band is null)),
  check ((box is null) = (recommendation is null)),
  foreign key (tenant_id, year) references talent_mapping (tenant_id, year),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id)
);
create index talent_placement_box on talent_placement (tenant_id, year, box);
create index talent_placement_employee on talent_placement (tenant_id, employee_id, year);
select jenjang_tenant_table('talent_placement', 'select, insert, delete');

create table talent_key_position (
  tenant_id int not null references tenant (id),
  position_id bigint not null,
  note text check (length(note) between 1 and 500),
  marked_by bigint,
  marked_at timestamptz not null default now(),
  primary key (tenant_id, position_id),
  foreign key (position_id, tenant_id) references position (id, tenant_id),
  foreign key (tenant_id, marked_by) references account (tenant_id, id)
);
select jenjang_tenant_table('talent_key_position', 'select, insert, update, delete');

create table talent_successor (
  tenant_id int not null,
  position_id bigint not null,
  employee_id bigint not null,
  readiness text not null check (readiness in ('now', 'soon', 'later')),
  note text check (length(note) between 1 and 500),
  named_by bigint,
  named_at timestamptz not null default now(),
  primary key (tenant_id, position_id, employee_id),
  foreign key (tenant_id, position_id) references talent_key_position (tenant_id, position_id) on delete cascade,
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, named_by) references account (tenant_id, id)
);
create index talent_successor_employee on talent_successor (tenant_id, employee_id);
select jenjang_tenant_table('talent_successor', 'select, insert, update, delete');
