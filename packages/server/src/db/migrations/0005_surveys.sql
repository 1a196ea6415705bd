-- Surveys and feedback: instruments (versioned questionnaires), surveys with their waves,
-- audiences, responses, anonymity, public answering, moderation and in-app notifications.
-- docs/privacy.md explains what the anonymous tables below guarantee, and where that ends.

alter table account add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

create table instrument (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  kind text not null check (kind in ('needs', 'reaction', 'behaviour', 'satisfaction', 'skm', 'publicFeedback', 'custom')),
  template_key text,
  title text not null,
  created_by bigint references account (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index instrument_tenant on instrument (tenant_id, updated_at desc);

-- A version is frozen once a wave that uses it has received a response: editing then makes a new
-- version, so every response keeps the exact questions it answered.
create table instrument_version (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  instrument_id bigint not null references instrument (id),
  version int not null check (version >= 1),
  definition jsonb not null,
  created_by bigint references account (id),
  created_at timestamptz not null default now(),
  unique (instrument_id, version)
);

create table survey (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  instrument_id bigint not null references instrument (id),
  title text not null,
  mode text not null check (mode in ('identified', 'anonymous', 'public')),
  -- Identified and anonymous: who is asked (unit subtrees, position kinds, golongan, PNS/PPPK, or
  -- a list of employees). Public: nobody in particular.
  audience jsonb not null default '{}',
  service_unit_id bigint references unit (id),
  service_name text,
  public_code text unique check (public_code ~ '^[a-z0-9]{8,32}$'),
  -- Results of any group smaller than this are hidden (never below 3).
  min_group_size smallint not null default 5 check (min_group_size >= 3),
  created_by bigint references account (id),
  created_at timestamptz not null default now(),
  check ((mode = 'public') = (public_code is not null))
);
create index survey_tenant on survey (tenant_id, created_at desc);

create table survey_wave (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  survey_id bigint not null references survey (id),
  number int not null check (number >= 1),
  label text not null,
  instrument_version_id bigint not null references instrument_version (id),
  status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
  opens_at timestamptz not null,
  closes_at timestamptz not null check (closes_at > opens_at),
  -- For the Krejcie–Morgan minimum sample: e.g. the service's users in the period.
  population int check (population >= 0),
  invited int not null default 0,
  opened_at timestamptz,
  closed_at timestamptz,
  unique (survey_id, number),
  unique (tenant_id, id)
);
create index survey_wave_open on survey_wave (tenant_id, status, closes_at);

-- The answer tables below refer to a wave (and a unit) together with its tenant: one foreign-key
-- check instead of two, and a row can never join a wave of another government. Thousands of
-- public answers a minute each lock the wave row for that check, so fewer checks matter.
create unique index unit_tenant_id on unit (tenant_id, id);

-- The audience of an identified or anonymous wave, fixed when the wave opens. For an anonymous
-- wave, `responded` only says a ballot was handed out: nothing here points at the response.
create table survey_invitation (
  tenant_id int not null,
  wave_id bigint not null,
  employee_id bigint not null references employee (id),
  unit_id bigint,
  responded boolean not null default false,
  reminded_at timestamptz,
  primary key (wave_id, employee_id),
  foreign key (tenant_id, wave_id) references survey_wave (tenant_id, id),
  foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);
create index survey_invitation_employee on survey_invitation (tenant_id, employee_id);

-- Single-use ballots of anonymous waves: the hash of a random token, the wave, and the
-- respondent's OPD for unit breakdowns. Handing out a ballot marks the invitation; answering burns
-- the ballot. No column links a ballot to the invitation it came from.
create table survey_ballot (
  token_hash bytea primary key,
  tenant_id int not null,
  wave_id bigint not null,
  unit_id bigint,
  foreign key (tenant_id, wave_id) references survey_wave (tenant_id, id),
  foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);

-- Responses. Identified waves store the employee; anonymous and public ones never do. The day,
-- not the time, is kept; ids are random, so neither reveals the order of answering.
create table survey_response (
  id uuid primary key default gen_random_uuid(),
  tenant_id int not null,
  wave_id bigint not null,
  employee_id bigint references employee (id),
  unit_id bigint,
  answered_on date not null,
  answers jsonb not null,
  foreign key (tenant_id, wave_id) references survey_wave (tenant_id, id),
  foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);
create index survey_response_wave on survey_response (wave_id);
create unique index survey_response_identified on survey_response (wave_id, employee_id) where employee_id is not null;

-- Anonymous responses wait here until the wave holds at least min_group_size of them, then move
-- to survey_response together, in random order, in one transaction: they share one transaction id
-- and their storage order says nothing about who answered first (see docs/privacy.md).
create table survey_response_inbox (
  id uuid primary key default gen_random_uuid(),
  tenant_id int not null,
  wave_id bigint not null,
  unit_id bigint,
  answered_on date not null,
  answers jsonb not null,
  foreign key (tenant_id, wave_id) references survey_wave (tenant_id, id),
  foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);
create index survey_response_inbox_wave on survey_response_inbox (wave_id);

-- Public waves: one response per device (a random cookie, stored hashed) per wave.
create table survey_public_device (
  tenant_id int not null,
  wave_id bigint not null,
  device_hash bytea not null,
  primary key (wave_id, device_hash),
  foreign key (tenant_id, wave_id) references survey_wave (tenant_id, id)
);

-- Text answers an admin hid as abusive; hidden texts leave results, lists and exports.
create table survey_text_hidden (
  tenant_id int not null references tenant (id),
  response_id uuid not null references survey_response (id),
  question_key text not null,
  hidden_by bigint not null references account (id),
  hidden_at timestamptz not null default now(),
  primary key (response_id, question_key)
);

create table notification (
  id bigint generated always as identity primary key,
  tenant_id int not null references tenant (id),
  account_id bigint not null references account (id) on delete cascade,
  kind text not null,
  data jsonb not null default '{}',
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notification_account on notification (tenant_id, account_id, created_at desc);

do $$
declare t text;
begin
  foreach t in array array['instrument', 'instrument_version', 'survey', 'survey_wave', 'survey_invitation',
                           'survey_ballot', 'survey_response', 'survey_response_inbox', 'survey_public_device',
                           'survey_text_hidden', 'notification']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', t);
  end loop;
end $$;

-- Public answering starts from a link, before the tenant is known: this returns the tenant, the
-- survey and the wave it answers now (its newest published one) of a public code, and nothing else.
create policy public_lookup on survey for select to jenjang_auth using (true);
create policy public_lookup on survey_wave for select to jenjang_auth using (true);
create policy ballot_lookup on survey_ballot for select to jenjang_auth using (true);
grant select on survey, survey_wave, survey_ballot to jenjang_auth;

create function public_find_survey(p_code text)
  returns table (tenant_id int, survey_id bigint, wave_id bigint, instrument_version_id bigint, service_unit_id bigint)
  language sql stable security definer set search_path = public
  as $$
    select s.tenant_id, s.id, w.id, w.instrument_version_id, s.service_unit_id
    from survey s
    left join lateral (
      select w.id, w.instrument_version_id from survey_wave w
      where w.survey_id = s.id and w.status <> 'draft' order by w.number desc limit 1
    ) w on true
    where s.public_code = p_code and s.mode = 'public'
  $$;

-- An anonymous respondent answers with a ballot token and no session: this finds its tenant.
create function ballot_find_tenant(p_token_hash bytea)
  returns int
  language sql stable security definer set search_path = public
  as $$ select b.tenant_id from survey_ballot b where b.token_hash = p_token_hash $$;

grant create on schema public to jenjang_auth;
alter function public_find_survey(text) owner to jenjang_auth;
alter function ballot_find_tenant(bytea) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;
revoke all on function public_find_survey(text), ballot_find_tenant(bytea) from public;
grant execute on function public_find_survey(text), ballot_find_tenant(bytea) to jenjang_app;

-- A citizen's answer in one round trip: the busiest route of all (every counter's QR code) would
-- otherwise spend four (begin, tenant, insert, commit). It runs as the caller (security invoker),
-- so row-level security applies inside exactly as in withTenant(): the tenant is set for this
-- statement's transaction only. Stores the answer only while the wave takes answers, and only once
-- per device; returns 'stored', 'closed' or 'duplicate'.
create function survey_submit_public(
  p_tenant int, p_wave bigint, p_unit bigint, p_device bytea, p_answered_on date, p_answers jsonb
) returns text
  language plpgsql volatile security invoker set search_path = public
  as $$
  begin
    perform set_config('jenjang.tenant_id', p_tenant::text, true);
    perform 1 from survey_wave
      where id = p_wave and status = 'open' and now() >= opens_at and now() < closes_at;
    if not found then
      return 'closed';
    end if;
    insert into survey_public_device (tenant_id, wave_id, device_hash) values (p_tenant, p_wave, p_device)
      on conflict do nothing;
    if not found then
      return 'duplicate';
    end if;
    insert into survey_response (tenant_id, wave_id, unit_id, answered_on, answers)
      values (p_tenant, p_wave, p_unit, p_answered_on, p_answers);
    return 'stored';
  end $$;
revoke all on function survey_submit_public(int, bigint, bigint, bytea, date, jsonb) from public;
grant execute on function survey_submit_public(int, bigint, bigint, bytea, date, jsonb) to jenjang_app;

grant select, insert, update on instrument, instrument_version, survey, survey_wave to jenjang_app;
grant select, insert, update on survey_invitation, notification to jenjang_app;
grant select, insert, delete on survey_ballot, survey_response_inbox to jenjang_app;
grant select, insert on survey_response, survey_public_device to jenjang_app;
grant select, insert, delete on survey_text_hidden to jenjang_app;
