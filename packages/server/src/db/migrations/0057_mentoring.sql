-- Mentoring (Perlan LAN 10/2018 NKL02) and coaching (NKL01) (issue 12; domain
-- programs/mentoring.rules.ts and mentoring-jp.rules.ts).
--
-- mentoring_scheme: the mentoring of one program whose path is NKL01 or NKL02: its period (sessions
--   are held from starts_on to ends_on), the pairing rules the agency published (mentors from the
--   mentee's own OPD, another OPD or any; whether a supervisor may mentor their own subordinate),
--   how many mentees a mentor takes unless said otherwise, and the JP rule of its sessions (minutes
--   per JP, null: the government's; an optional ceiling per session). ended_at: the mentoring is
--   over; nothing more is logged, and each side may write its reflection.
-- mentoring_mentor, mentoring_mentee: who mentors (with their capacity) and who is mentored.
-- mentoring_exclusion: conflicts of interest the agency recorded: a pair never proposed.
-- mentoring_pair: a mentor and a mentee, proposed by the optimal matching (source 'matched', with
--   the score and the needs it covers as explained then) or set by hand ('manual'; override_reason
--   says why a pairing rule was set aside). One active pair per mentee and program; a pair with
--   sessions is ended, never deleted.
-- mentoring_goal: what a pair means to achieve, and whether it did.
-- mentoring_session: one meeting logged on a phone: day, topic, minutes, and the JP it earns under the
--   scheme's rule. A session logged by one side counts once the other confirms it (or the agency
--   logs it); then its JP is credited to the mentee's year.
-- mentoring_credit: the development_record (kind 'program', source 'program') holding a pair's
--   confirmed JP of one year, kept equal to the sum of that year's confirmed sessions.
-- mentoring_reflection: at the end, each side's reflection and how useful the mentoring was (1–5).

create table mentoring_scheme (
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  starts_on date not null,
  ends_on date not null,
  unit_rule text not null default 'any' check (unit_rule in ('any', 'sameOpd', 'otherOpd')),
  allow_supervisor boolean not null default false,
  mentor_capacity smallint not null default 3 check (mentor_capacity between 1 and 20),
  minutes_per_jp smallint check (minutes_per_jp between 1 and 240),
  max_jp_per_session numeric(5, 2) check (max_jp_per_session > 0 and max_jp_per_session <= 24),
  ended_at timestamptz,
  ended_by bigint,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, program_id),
  check (starts_on <= ends_on),
  foreign key (tenant_id, program_id) references program (tenant_id, id) on delete cascade,
  foreign key (tenant_id, ended_by) references account (tenant_id, id)
);
select jenjang_tenant_table('mentoring_scheme', 'select, insert, update');

create table mentoring_mentor (
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  employee_id bigint not null,
  capacity smallint not null check (capacity between 0 and 20),
  added_at timestamptz not null default now(),
  primary key (tenant_id, program_id, employee_id),
  foreign key (tenant_id, program_id) references mentoring_scheme (tenant_id, program_id) on delete cascade,
  foreign key (tenant_id, employee_id) references employee (tenant_id, id)
);
select jenjang_tenant_table('mentoring_mentor', 'select, insert, update, delete');

create table mentoring_mentee (
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  employee_id bigint not null,
  added_at timestamptz not null default now(),
  primary key (tenant_id, program_id, employee_id),
  foreign key (tenant_id, program_id) references mentoring_scheme (tenant_id, program_id) on delete cascade,
  foreign key (tenant_id, employee_id) references employee (tenant_id, id)
);
select jenjang_tenant_table('mentoring_mentee', 'select, insert, delete');

create table mentoring_exclusion (
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  mentor_employee_id bigint not null,
  mentee_employee_id bigint not null,
  reason text not null check (length(reason) between 1 and 500),
  created_by bigint,
  created_at timestamptz not null default now(),
  primary key (tenant_id, program_id, mentor_employee_id, mentee_employee_id),
  foreign key (tenant_id, program_id) references mentoring_scheme (tenant_id, program_id) on delete cascade,
  foreign key (tenant_id, mentor_employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, mentee_employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
select jenjang_tenant_table('mentoring_exclusion', 'select, insert, delete');

create table mentoring_pair (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  program_id bigint not null,
  mentor_employee_id bigint not null,
  mentee_employee_id bigint not null,
  source text not null check (source in ('matched', 'manual')),
  score smallint not null check (score >= 0),
  covered jsonb not null,
  override_reason text check (length(override_reason) between 1 and 500),
  state text not null default 'active' check (state in ('active', 'ended')),
  created_by bigint,
  created_at timestamptz not null default now(),
  ended_at timestamptz,
  primary key (id, tenant_id),
  check (mentor_employee_id <> mentee_employee_id),
  check ((state = 'ended') = (ended_at is not null)),
  foreign key (tenant_id, program_id) references mentoring_scheme (tenant_id, program_id) on delete cascade,
  foreign key (tenant_id, mentor_employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, mentee_employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
create unique index mentoring_pair_active_mentee on mentoring_pair (tenant_id, program_id, mentee_employee_id)
  where state = 'active';
create index mentoring_pair_by_mentor on mentoring_pair (tenant_id, mentor_employee_id);
create index mentoring_pair_by_mentee on mentoring_pair (tenant_id, mentee_employee_id);
select jenjang_tenant_table('mentoring_pair', 'select, insert, update, delete');

create table mentoring_goal (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  pair_id bigint not null,
  text text not null check (length(text) between 1 and 500),
  state text not null default 'open' check (state in ('open', 'achieved', 'dropped')),
  created_by bigint,
  created_at timestamptz not null default now(),
  settled_at timestamptz,
  primary key (id, tenant_id),
  check ((state = 'open') = (settled_at is null)),
  foreign key (tenant_id, pair_id) references mentoring_pair (tenant_id, id) on delete cascade,
  foreign key (tenant_id, created_by) references account (tenant_id, id)
);
create index mentoring_goal_by_pair on mentoring_goal (tenant_id, pair_id, id);
select jenjang_tenant_table('mentoring_goal', 'select, insert, update, delete');

create table mentoring_session (
  id bigint generated always as identity,
  tenant_id int not null references tenant (id),
  pair_id bigint not null,
  held_on date not null,
  topic text not null check (length(topic) between 1 and 300),
  minutes smallint not null check (minutes between 5 and 600),
  notes text check (length(notes) <= 2000),
  jp numeric(6, 2) not null check (jp >= 0),
  logged_as text not null check (logged_as in ('mentor', 'mentee', 'agency')),
  logged_by bigint,
  logged_at timestamptz not null default now(),
  confirmed_by bigint,
  confirmed_at timestamptz,
  primary key (id, tenant_id),
  check ((confirmed_at is null) = (confirmed_by is null)),
  foreign key (tenant_id, pair_id) references mentoring_pair (tenant_id, id) on delete cascade,
  foreign key (tenant_id, logged_by) references account (tenant_id, id),
  foreign key (tenant_id, confirmed_by) references account (tenant_id, id)
);
create unique index mentoring_session_identity on mentoring_session (tenant_id, pair_id, held_on, lower(topic));
select jenjang_tenant_table('mentoring_session', 'select, insert, update, delete');

create table mentoring_credit (
  tenant_id int not null references tenant (id),
  pair_id bigint not null,
  year smallint not null check (year between 1900 and 2999),
  development_record_id bigint not null,
  primary key (tenant_id, pair_id, year),
  foreign key (tenant_id, pair_id) references mentoring_pair (tenant_id, id),
  foreign key (tenant_id, development_record_id) references development_record (tenant_id, id)
);
select jenjang_tenant_table('mentoring_credit', 'select, insert');

create table mentoring_reflection (
  tenant_id int not null references tenant (id),
  pair_id bigint not null,
  author text not null check (author in ('mentor', 'mentee')),
  text text not null check (length(text) between 1 and 3000),
  usefulness smallint not null check (usefulness between 1 and 5),
  written_by bigint,
  written_at timestamptz not null default now(),
  primary key (tenant_id, pair_id, author),
  foreign key (tenant_id, pair_id) references mentoring_pair (tenant_id, id) on delete cascade,
  foreign key (tenant_id, written_by) references account (tenant_id, id)
);
select jenjang_tenant_table('mentoring_reflection', 'select, insert, update');
