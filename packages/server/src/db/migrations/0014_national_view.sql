-- Real deployments and the national view (issue 7).
--
-- 1. Demo governments say so: tenants the demo loader created (their audit chain starts with
--    'demo.loaded') get demo = true, so a deployment outside demo mode can warn that they are there.
-- 2. National viewers (role nasional) belong to one tenant of kind 'nasional' for the whole
--    deployment, never to a government: the demo loader used to give every government its own, and
--    `account create --role nasional --tenant 21.72` made one inside a government. Those are disabled
--    here (their sessions end) and a trigger keeps the rule: a nasional account lives in a national
--    tenant, and a national tenant holds nothing but nasional accounts.
-- 3. What a national viewer reads: aggregates across governments, through SECURITY DEFINER functions
--    owned by the table owner that return counts and means and nothing about a person. They visit
--    each government in turn with its tenant set, so FORCE row-level security still decides what
--    each query sees; survey answers waiting in an inbox stay out of reach (0011). The service
--    applies the k rule (domain/table-suppression.rules.ts) before anything leaves the server; a
--    wave's answer means are not even read while it holds fewer than k answers.
-- 4. instance_has_accounts(): whether anyone can sign in yet, so a fresh database greets its first
--    visitor with how to set up a government instead of an empty sign-in form.

do $$
declare t record;
begin
  for t in select id, kind from tenant loop
    perform set_config('jenjang.tenant_id', t.id::text, true);
    if exists (select 1 from audit_log where action = 'demo.loaded') then
      update tenant set demo = true where id = t.id;
    end if;
    if t.kind <> 'nasional' then
      delete from session where account_id in (select id from account where role = 'nasional');
      delete from password_token where account_id in (select id from account where role = 'nasional');
      update account set status = 'disabled' where role = 'nasional';
    end if;
  end loop;
  perform set_config('jenjang.tenant_id', '', true);
end $$;

-- Runs as whoever writes the account: the app role sees its own tenant's row (the tenant is set),
-- the owner every row (tenant's row-level security is not forced on it).
create function account_fits_tenant() returns trigger
  language plpgsql set search_path = public
  as $$
  declare v_kind text;
  begin
    select kind into v_kind from tenant where id = new.tenant_id;
    if v_kind is null then
      raise exception 'account %: tenant % not found', new.username, new.tenant_id;
    end if;
    if (new.role = 'nasional') <> (v_kind = 'nasional') and new.status = 'active' then
      raise exception using
        errcode = 'check_violation',
        constraint = 'account_fits_tenant',
        message = format('a %s account cannot belong to a tenant of kind %s', new.role, v_kind);
    end if;
    return new;
  end $$;
create trigger account_fits_tenant before insert or update on account
  for each row execute function account_fits_tenant();

create function instance_has_accounts() returns boolean
  language sql stable security definer set search_path = public
  as $$ select exists (select 1 from account) $$;

-- Governments a national viewer may read about (never the national tenants themselves).
create function national_governments()
  returns table (tenant_id int, code text, name text, kind text, time_zone text,
                 ikm_weight text, ikm_round_decimals smallint, demo boolean)
  language sql stable security definer set search_path = public
  as $$
    select id, code, name, kind, time_zone, ikm_weight, ikm_round_decimals, demo
    from tenant where kind <> 'nasional' order by name, id
  $$;

-- The three below switch the transaction's tenant from one government to the next (hence volatile)
-- and put the caller's back before they return; an error aborts the caller's transaction anyway.

-- Employees per government and type (PNS, PPPK).
create function national_employee_counts()
  returns table (tenant_id int, pns int, pppk int)
  language plpgsql volatile security definer set search_path = public
  as $$
  #variable_conflict use_column
  declare
    v_caller text := current_setting('jenjang.tenant_id', true);
    v_tenant int;
  begin
    for v_tenant in select id from tenant where kind <> 'nasional' order by id loop
      perform set_config('jenjang.tenant_id', v_tenant::text, true);
      return query
        select v_tenant,
               (count(*) filter (where e.employee_type = 'PNS'))::int,
               (count(*) filter (where e.employee_type = 'PPPK'))::int
        from employee e;
    end loop;
    perform set_config('jenjang.tenant_id', coalesce(v_caller, ''), true);
  end $$;

-- IKM inputs per government, SKM survey and published wave: the number of stored answers, and per
-- SKM element (in the questionnaire's order) how many answered it and their mean. A wave with fewer
-- than k answers (p_k, or the survey's own k if larger, never below 3) returns no count and no means.
create function national_ikm_elements(p_k int)
  returns table (tenant_id int, wave_id bigint, survey_title text, service_name text, service_unit text,
                 wave_label text, opens_at timestamptz, closes_at timestamptz, responses int,
                 element text, element_order int, answered int, mean float8)
  language plpgsql volatile security definer set search_path = public
  as $$
  #variable_conflict use_column
  declare
    v_caller text := current_setting('jenjang.tenant_id', true);
    v_tenant int;
  begin
    for v_tenant in select id from tenant where kind <> 'nasional' order by id loop
      perform set_config('jenjang.tenant_id', v_tenant::text, true);
      return query
        with waves as (
          select w.id, s.title, s.service_name, u.name as unit_name, w.label, w.opens_at, w.closes_at,
                 w.instrument_version_id,
                 (select count(*) from survey_response r where r.wave_id = w.id)::int as answers,
                 greatest(p_k, s.min_group_size, 3) as k
          from survey_wave w
          join survey s on s.id = w.survey_id
          join instrument i on i.id = s.instrument_id
          left join unit u on u.id = s.service_unit_id
          where i.kind = 'skm' and w.status <> 'draft'
        ),
        elements as (
          select w.id as wave_id, q.question->>'skmElement' as element, q.question->>'key' as answer_key,
                 (row_number() over (partition by w.id order by sec.position, q.position))::int as element_order
          from waves w
          join instrument_version v on v.id = w.instrument_version_id
          cross join lateral jsonb_array_elements(v.definition->'sections') with ordinality sec(section, position)
          cross join lateral jsonb_array_elements(sec.section->'questions') with ordinality q(question, position)
          where w.answers >= w.k and q.question->>'type' = 'likert' and q.question ? 'skmElement'
        )
        select v_tenant, w.id, w.title, w.service_name, w.unit_name, w.label, w.opens_at, w.closes_at,
               case when w.answers >= w.k then w.answers end,
               e.element, e.element_order, m.answered, m.mean
        from waves w
        left join elements e on e.wave_id = w.id
        left join lateral (
          select (count(*) filter (where r.answers ? e.answer_key))::int as answered,
                 avg((r.answers->>e.answer_key)::numeric)::float8 as mean
          from survey_response r where r.wave_id = w.id and e.answer_key is not null
        ) m on true
        order by w.opens_at desc, w.id, e.element_order;
    end loop;
    perform set_config('jenjang.tenant_id', coalesce(v_caller, ''), true);
  end $$;

-- Participation per government and published wave of a survey sent to employees (identified or
-- anonymous): how many were invited and how many answered (for an anonymous wave: took a ballot).
create function national_participation()
  returns table (tenant_id int, wave_id bigint, survey_title text, mode text, wave_label text,
                 status text, opens_at timestamptz, closes_at timestamptz, invited int, responded int,
                 min_group_size int)
  language plpgsql volatile security definer set search_path = public
  as $$
  #variable_conflict use_column
  declare
    v_caller text := current_setting('jenjang.tenant_id', true);
    v_tenant int;
  begin
    for v_tenant in select id from tenant where kind <> 'nasional' order by id loop
      perform set_config('jenjang.tenant_id', v_tenant::text, true);
      return query
        select v_tenant, w.id, s.title, s.mode, w.label, w.status, w.opens_at, w.closes_at,
               (select count(*) from survey_invitation i where i.wave_id = w.id)::int,
               (select count(*) from survey_invitation i where i.wave_id = w.id and i.responded)::int,
               s.min_group_size::int
        from survey_wave w join survey s on s.id = w.survey_id
        where s.mode in ('identified', 'anonymous') and w.status <> 'draft'
        order by w.opens_at desc, w.id;
    end loop;
    perform set_config('jenjang.tenant_id', coalesce(v_caller, ''), true);
  end $$;

-- Executable by the app role only; the national service calls them for nasional viewers alone.
revoke all on function national_governments(), national_employee_counts(), national_ikm_elements(int),
  national_participation() from public;
grant execute on function national_governments(), national_employee_counts(), national_ikm_elements(int),
  national_participation() to jenjang_app;

grant create on schema public to jenjang_auth;
alter function instance_has_accounts() owner to jenjang_auth;
revoke create on schema public from jenjang_auth;
set local role jenjang_auth;
revoke all on function instance_has_accounts() from public;
grant execute on function instance_has_accounts() to jenjang_app;
reset role;
