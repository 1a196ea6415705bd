-- Public survey answers are released on a schedule, from enough distinct sources (issue 7 §2.2).
--
-- A reviewer isolated one citizen's answer: after the citizen answered, the attacker posted k − 1
-- known answers with curl from one address, read the results (a read released the batch), and
-- subtracted its own answers from the step. The survey page's waiting count told it when to strike.
-- Three changes, at the root (docs/privacy.md, "Public surveys"):
--
-- 1. A public wave's answers are released once a day, at midnight on its government's clock, and at
--    its close — never because someone reads the results or answers. survey_release decides that
--    itself from survey_wave.next_release_at, which only it moves (a trigger refuses anyone else),
--    so no caller, not even a modified server, can release a public batch off schedule. The server's
--    ticker (features/surveys/release-ticker.ts) calls it when a wave is due; waves of several
--    processes are claimed with FOR UPDATE SKIP LOCKED.
-- 2. A public batch is released only when its answers come from at least k distinct sources: an
--    HMAC of the client's network under the server's secret (never a plain hash, which anyone could
--    recompute for every IPv4 address), passed by the server with each answer, kept only in the
--    inbox (which the app role cannot read) and deleted with the answer at release. Answers of one
--    attacker's address count once however many it posts. Otherwise they keep waiting for the next
--    day, and what still waits at close is withheld for good as before.
-- 3. survey_inbox_count says nothing about public waves (null): the waiting count told the attacker
--    when a lone answer waited.
--
-- Employees' answers (identified and anonymous waves) are still released as soon as k wait: each
-- comes from an invitation, so faking k − 1 of them needs k − 1 invited accounts, which leaves a
-- trail in the audit log; docs/privacy.md says what remains.

alter table survey_response_inbox add column source bytea;
alter table survey_wave add column next_release_at timestamptz;

-- Only the release functions (running as jenjang_auth) set a wave's next scheduled release.
create function survey_wave_release_guard()
  returns trigger
  language plpgsql set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    if current_user <> 'jenjang_auth'
       and ((tg_op = 'INSERT' and new.next_release_at is not null)
            or (tg_op = 'UPDATE' and new.next_release_at is distinct from old.next_release_at)) then
      raise exception using
        errcode = 'insufficient_privilege',
        message = 'survey_wave.next_release_at is set by survey_release only';
    end if;
    return new;
  end $$;
create trigger survey_wave_release_guard before insert or update of next_release_at on survey_wave
  for each row execute function survey_wave_release_guard();

grant update (next_release_at) on survey_wave to jenjang_auth;

-- Moves what waits into the results if the batch holds k (the survey's, never below 3) — for a
-- public wave, k distinct sources (an answer waiting from before sources were kept counts as one
-- of its own) — in one statement, in random order, dated with the day of the batch. The caller
-- has taken the wave's release lock. Not for the application: survey_release and survey_finalize
-- decide when.
create function survey_release_batch(p_wave bigint)
  returns int
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  declare
    v_k int;
    v_zone text;
    v_mode text;
    v_sources int;
    v_moved int := 0;
  begin
    select greatest(s.min_group_size, 3), t.time_zone, s.mode into v_k, v_zone, v_mode
      from survey_wave w join survey s on s.id = w.survey_id join tenant t on t.id = w.tenant_id
      where w.id = p_wave and w.tenant_id = current_tenant_id();
    if not found then
      return 0;
    end if;
    if v_mode = 'public' then
      select count(distinct source)::int + (count(*) filter (where source is null))::int into v_sources
        from survey_response_inbox where wave_id = p_wave;
    else
      select count(*)::int into v_sources from survey_response_inbox where wave_id = p_wave;
    end if;
    if v_sources < v_k then
      return 0;
    end if;
    with taken as (
      delete from survey_response_inbox where wave_id = p_wave
      returning tenant_id, employee_id, unit_id, answers
    )
    insert into survey_response (tenant_id, wave_id, employee_id, unit_id, answered_on, answers)
      select tenant_id, p_wave, employee_id, unit_id, (now() at time zone v_zone)::date, answers
      from taken order by random();
    get diagnostics v_moved = row_count;
    return v_moved;
  end $$;

-- Releases an open wave's waiting answers when the rules allow now. Employees' waves: as soon as
-- k wait. Public waves: only when the wave's scheduled release is due (next_release_at passed, or
-- never set), which then moves on to the next midnight on the government's clock whether or not
-- the batch was full. Serialised per wave. Returns how many answers moved.
drop function survey_release(bigint);
create function survey_release(p_wave bigint)
  returns int
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  declare
    v_mode text;
    v_zone text;
    v_due timestamptz;
  begin
    perform pg_advisory_xact_lock(hashtextextended('jenjang.survey-release', p_wave));
    select s.mode, t.time_zone, w.next_release_at into v_mode, v_zone, v_due
      from survey_wave w join survey s on s.id = w.survey_id join tenant t on t.id = w.tenant_id
      where w.id = p_wave and w.tenant_id = current_tenant_id() and w.status = 'open';
    if not found then
      return 0;
    end if;
    if v_mode = 'public' then
      if v_due is not null and v_due > clock_timestamp() then
        return 0;
      end if;
      update survey_wave
        set next_release_at = ((clock_timestamp() at time zone v_zone)::date + 1)::timestamp at time zone v_zone
        where id = p_wave;
    end if;
    return survey_release_batch(p_wave);
  end $$;

-- As in 0011, with the last batch released by the rules of survey_release_batch (a public wave's
-- last batch needs k distinct sources too).
drop function survey_finalize(bigint, boolean);
create function survey_finalize(p_wave bigint, p_close boolean)
  returns int
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  declare
    v_status text;
    v_closes timestamptz;
    v_gone int;
    v_withheld int;
  begin
    perform pg_advisory_xact_lock(hashtextextended('jenjang.survey-release', p_wave));
    select w.status, w.closes_at into v_status, v_closes
      from survey_wave w where w.id = p_wave and w.tenant_id = current_tenant_id();
    if not found or v_status = 'draft' then
      return null;
    end if;
    if v_status = 'open' then
      if not p_close and clock_timestamp() < v_closes then
        return null;
      end if;
      perform survey_release_batch(p_wave);
      update survey_wave
        set status = 'closed', closed_at = now(),
            closes_at = case when now() > opens_at then least(closes_at, now()) else closes_at end
        where id = p_wave;
    end if;
    with gone as (delete from survey_response_inbox where wave_id = p_wave returning 1)
    select count(*)::int into v_gone from gone;
    if v_gone > 0 then
      update survey_wave set withheld = withheld + v_gone where id = p_wave;
    end if;
    select w.withheld into v_withheld from survey_wave w where w.id = p_wave;
    return v_withheld;
  end $$;

-- How many answers of an employees' wave wait (which the invitations already say); null for a
-- public wave, whose waiting count would tell an attacker when a lone answer waits.
drop function survey_inbox_count(bigint);
create function survey_inbox_count(p_wave bigint)
  returns int
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select case when s.mode = 'public' then null
                else (select count(*)::int from survey_response_inbox i where i.wave_id = p_wave) end
    from survey_wave w join survey s on s.id = w.survey_id
    where w.id = p_wave and w.tenant_id = current_tenant_id()
  $$;

-- A citizen's answer in one round trip: checks the window, claims the device once per wave and
-- puts the answer (under the survey's service unit) in the inbox with its source. It never
-- releases: public batches leave on the schedule. Returns 'stored', 'closed' or 'duplicate'.
drop function survey_submit_public(int, bigint, bytea, jsonb);
create function survey_submit_public(p_tenant int, p_wave bigint, p_device bytea, p_source bytea, p_answers jsonb)
  returns text
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  declare v_unit bigint;
  begin
    if p_source is null then
      raise exception 'a public answer needs its source';
    end if;
    perform set_config('jenjang.tenant_id', p_tenant::text, true);
    select s.service_unit_id into v_unit
      from survey_wave w join survey s on s.id = w.survey_id
      where w.id = p_wave and w.tenant_id = p_tenant and s.mode = 'public' and w.status = 'open'
        and clock_timestamp() >= w.opens_at and clock_timestamp() < w.closes_at;
    if not found then
      return 'closed';
    end if;
    insert into survey_public_device (tenant_id, wave_id, device_hash) values (p_tenant, p_wave, p_device)
      on conflict do nothing;
    if not found then
      return 'duplicate';
    end if;
    insert into survey_response_inbox (tenant_id, wave_id, unit_id, source, answers)
      values (p_tenant, p_wave, v_unit, p_source, p_answers);
    return 'stored';
  end $$;

-- The ticker runs before any tenant is known: the governments with a wave due — a public wave whose
-- scheduled release has come, or any open wave whose window has passed. Tenant ids only.
create function survey_releases_due_tenants()
  returns setof int
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select distinct w.tenant_id from survey_wave w join survey s on s.id = w.survey_id
    where w.status = 'open'
      and ((s.mode = 'public' and (w.next_release_at is null or w.next_release_at <= clock_timestamp()))
           or w.closes_at <= clock_timestamp())
  $$;

-- Handed to jenjang_auth, then granted by their owner (see 0006 for why the order matters).
grant create on schema public to jenjang_auth;
alter function survey_release_batch(bigint) owner to jenjang_auth;
alter function survey_release(bigint) owner to jenjang_auth;
alter function survey_finalize(bigint, boolean) owner to jenjang_auth;
alter function survey_inbox_count(bigint) owner to jenjang_auth;
alter function survey_submit_public(int, bigint, bytea, bytea, jsonb) owner to jenjang_auth;
alter function survey_releases_due_tenants() owner to jenjang_auth;
revoke create on schema public from jenjang_auth;

set local role jenjang_auth;
revoke execute on function survey_release_batch(bigint), survey_release(bigint), survey_finalize(bigint, boolean),
  survey_inbox_count(bigint), survey_submit_public(int, bigint, bytea, bytea, jsonb),
  survey_releases_due_tenants() from public;
grant execute on function survey_release(bigint), survey_finalize(bigint, boolean), survey_inbox_count(bigint),
  survey_submit_public(int, bigint, bytea, bytea, jsonb), survey_releases_due_tenants() to jenjang_app;
reset role;
