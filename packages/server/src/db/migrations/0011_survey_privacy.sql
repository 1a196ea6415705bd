-- Survey privacy (issue 7): answers reach the results only in batches of at least k, through
-- functions the application role calls but whose tables it cannot read; surveys and questionnaires
-- get an owner unit so a scoped admin manages its own. docs/privacy.md explains what this
-- guarantees and what it does not.
--
-- 1. Every answer (identified, anonymous, public) first goes to survey_response_inbox. Once a wave's
--    inbox holds at least k answers (the survey's min_group_size, never below 3), one statement moves
--    them all to survey_response in random order: they share one transaction id, their storage order
--    and random ids say nothing about who answered when, and they carry the day of the batch, not of
--    the answer. A wave that closes with fewer than k waiting withholds them for good (deleted and
--    counted in survey_wave.withheld): adding them would let anyone compare the results before and
--    after and read those few answers.
-- 2. The application role cannot read the inbox, the ballots or the public devices at all: it writes
--    and counts them only through the SECURITY DEFINER functions below, owned by jenjang_auth (a role
--    it cannot become). A restrictive policy keeps every other role out of those three tables too,
--    including the table owner (FORCE row-level security), unless it alters the policy.
--    So the rows the application can read carry nothing written in the anonymous answering step.

-- Owner units. Null: the whole government's (managed by its tenant-wide admins). Set: created by an
-- admin scoped to that unit, whose audience lies inside it; managed within that subtree.
alter table instrument
  add column owner_unit_id bigint,
  add constraint instrument_owner_unit foreign key (tenant_id, owner_unit_id) references unit (tenant_id, id);
alter table survey
  add column owner_unit_id bigint,
  add constraint survey_owner_unit foreign key (tenant_id, owner_unit_id) references unit (tenant_id, id);

alter table survey_wave add column withheld int not null default 0 check (withheld >= 0);

-- Identified answers wait in the inbox too (with their employee); nothing waits with a date.
-- The inbox is a queue only the functions below write, after checking the wave: its rows need no
-- foreign keys of their own (each would lock the wave's row once more for every answer; the
-- released rows in survey_response keep theirs).
alter table survey_response_inbox
  add column employee_id bigint,
  drop column answered_on,
  drop constraint survey_response_inbox_tenant_id_wave_id_fkey,
  drop constraint survey_response_inbox_tenant_id_unit_id_fkey;

-- Answers stored before this migration kept the day each was given, even anonymous and public ones
-- mixed into batches: a lone answer's day next to the sign-in audit's times could point at a
-- person. They take their wave's latest day instead; identified answers keep theirs. (The owner
-- sees tenant rows only with a tenant set: forced row-level security.)
do $$
declare t record;
begin
  for t in select id from tenant loop
    perform set_config('jenjang.tenant_id', t.id::text, true);
    update survey_response r set answered_on = latest.day
      from (select wave_id, max(answered_on) as day from survey_response
             where employee_id is null group by wave_id) latest
      where r.wave_id = latest.wave_id and r.employee_id is null and r.answered_on <> latest.day;
  end loop;
  perform set_config('jenjang.tenant_id', '', true);
end $$;

-- The inbox and the ballots are queues: rows come and go all day. Vacuumed often, they stay small
-- to scan, and the dead versions of answers already released leave the disk sooner.
alter table survey_response_inbox set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200);
alter table survey_ballot set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200);

-- Only the definer functions (running as jenjang_auth) see these tables' rows.
do $$
declare t text;
begin
  foreach t in array array['survey_response_inbox', 'survey_ballot', 'survey_public_device']
  loop
    execute format('create policy definer_only on %I as restrictive for all to public '
                   'using (current_user = ''jenjang_auth'') with check (current_user = ''jenjang_auth'')', t);
  end loop;
end $$;

revoke all on survey_response_inbox, survey_ballot, survey_public_device from jenjang_app;
grant select, insert, delete on survey_response_inbox, survey_ballot to jenjang_auth;
grant select, insert on survey_public_device to jenjang_auth;
grant insert on survey_response to jenjang_auth;
grant select, update (responded) on survey_invitation to jenjang_auth;
grant update (status, closed_at, closes_at, withheld) on survey_wave to jenjang_auth;

drop function survey_submit_public(int, bigint, bigint, bytea, date, jsonb);

-- The answer checks shared by the submitting functions: the wave is the current tenant's, of this
-- mode, published and inside its window now (the clock, not the transaction's start).
create function survey_wave_accepting(p_wave bigint, p_mode text)
  returns boolean
  language sql volatile security definer set search_path = public
  as $$
    select exists (
      select 1 from survey_wave w join survey s on s.id = w.survey_id
      where w.id = p_wave and w.tenant_id = current_tenant_id() and s.mode = p_mode
        and w.status = 'open' and clock_timestamp() >= w.opens_at and clock_timestamp() < w.closes_at)
  $$;

-- Moves a wave's waiting answers into survey_response once at least k wait, while the wave is open:
-- all in one statement, in random order, dated with the day of the batch (the government's zone).
-- Serialised per wave. Returns how many moved. k comes from the survey, never from the caller.
create function survey_release(p_wave bigint)
  returns int
  language plpgsql volatile security definer set search_path = public
  as $$
  declare
    v_k int;
    v_zone text;
    v_moved int := 0;
  begin
    perform pg_advisory_xact_lock(hashtextextended('jenjang.survey-release', p_wave));
    select greatest(s.min_group_size, 3), t.time_zone into v_k, v_zone
      from survey_wave w join survey s on s.id = w.survey_id join tenant t on t.id = w.tenant_id
      where w.id = p_wave and w.tenant_id = current_tenant_id() and w.status = 'open';
    if not found then
      return 0;
    end if;
    if (select count(*) from survey_response_inbox where wave_id = p_wave) < v_k then
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

-- Ends a wave's answering: when it is closed now (p_close) or its window has passed, releases a last
-- full batch, marks it closed, then withholds what still waits (fewer than k) for good. Afterwards
-- (an answer that was already on its way when the wave closed) it withholds only. Returns the
-- wave's withheld count, or null while the wave still takes answers.
create function survey_finalize(p_wave bigint, p_close boolean)
  returns int
  language plpgsql volatile security definer set search_path = public
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
      perform survey_release(p_wave);
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

-- How many answers of a wave wait in the inbox (it says that someone answered, which the invitation
-- already says; never which answer or when).
create function survey_inbox_count(p_wave bigint)
  returns int
  language sql stable security definer set search_path = public
  as $$ select count(*)::int from survey_response_inbox where wave_id = p_wave $$;

-- Identified: marks the invitation and puts the answer, with its employee, in the inbox.
-- Returns 'stored', 'closed' or 'duplicate' (answered already, or not invited).
create function survey_submit_identified(p_wave bigint, p_employee bigint, p_answers jsonb)
  returns text
  language plpgsql volatile security definer set search_path = public
  as $$
  declare v_unit bigint;
  begin
    if not survey_wave_accepting(p_wave, 'identified') then
      return 'closed';
    end if;
    update survey_invitation set responded = true
      where wave_id = p_wave and employee_id = p_employee and not responded
      returning unit_id into v_unit;
    if not found then
      return 'duplicate';
    end if;
    insert into survey_response_inbox (tenant_id, wave_id, employee_id, unit_id, answers)
      values (current_tenant_id(), p_wave, p_employee, v_unit, p_answers);
    return 'stored';
  end $$;

-- Anonymous, step 1 (signed in): marks the invitation and stores a ballot, the hash of a random
-- token with the wave and the OPD, nothing else. Returns 'issued', 'closed' or 'duplicate'.
create function survey_issue_ballot(p_wave bigint, p_employee bigint, p_token_hash bytea)
  returns text
  language plpgsql volatile security definer set search_path = public
  as $$
  declare v_unit bigint;
  begin
    if not survey_wave_accepting(p_wave, 'anonymous') then
      return 'closed';
    end if;
    update survey_invitation set responded = true
      where wave_id = p_wave and employee_id = p_employee and not responded
      returning unit_id into v_unit;
    if not found then
      return 'duplicate';
    end if;
    insert into survey_ballot (token_hash, tenant_id, wave_id, unit_id)
      values (p_token_hash, current_tenant_id(), p_wave, v_unit);
    return 'issued';
  end $$;

-- Anonymous, step 2 arrives without a session: the tenant and wave of a ballot, and nothing else,
-- so the answers can be checked against the wave's questions before the ballot is burnt.
create function ballot_find(p_token_hash bytea)
  returns table (tenant_id int, wave_id bigint)
  language sql stable security definer set search_path = public
  as $$ select b.tenant_id, b.wave_id from survey_ballot b where b.token_hash = p_token_hash $$;

-- Anonymous, step 2: burns the ballot and puts the answer in the inbox, in one statement of its
-- own (the tenant is set for it only). Returns 'stored', 'closed' or 'used'.
create function survey_submit_anonymous(p_tenant int, p_token_hash bytea, p_answers jsonb)
  returns text
  language plpgsql volatile security definer set search_path = public
  as $$
  declare
    v_wave bigint;
    v_unit bigint;
  begin
    perform set_config('jenjang.tenant_id', p_tenant::text, true);
    select b.wave_id into v_wave from survey_ballot b where b.token_hash = p_token_hash and b.tenant_id = p_tenant;
    if not found then
      return 'used';
    end if;
    if not survey_wave_accepting(v_wave, 'anonymous') then
      return 'closed';
    end if;
    delete from survey_ballot where token_hash = p_token_hash and tenant_id = p_tenant returning unit_id into v_unit;
    if not found then
      return 'used';
    end if;
    insert into survey_response_inbox (tenant_id, wave_id, unit_id, answers)
      values (p_tenant, v_wave, v_unit, p_answers);
    return 'stored';
  end $$;

-- A citizen's answer in one round trip (the busiest route of all): checks the window, claims the
-- device once per wave, puts the answer (under the survey's service unit) in the inbox, and now and
-- then releases a full batch. Returns 'stored', 'closed' or 'duplicate'.
create function survey_submit_public(p_tenant int, p_wave bigint, p_device bytea, p_answers jsonb)
  returns text
  language plpgsql volatile security definer set search_path = public
  as $$
  declare
    v_unit bigint;
    v_k int;
  begin
    perform set_config('jenjang.tenant_id', p_tenant::text, true);
    select s.service_unit_id, greatest(s.min_group_size, 3) into v_unit, v_k
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
    insert into survey_response_inbox (tenant_id, wave_id, unit_id, answers)
      values (p_tenant, p_wave, v_unit, p_answers);
    -- The busiest route stays nearly one insert: one answer in 32, drawn at random, looks whether
    -- a full batch waits and releases it if no other release is running; so do a read of the
    -- results and the close. Under load batches only grow larger, which hides answers better.
    -- (Counting the inbox on every answer halved the answers a second: the queue's dead rows.)
    if random() < 1.0 / 32
       and (select count(*) from (select 1 from survey_response_inbox where wave_id = p_wave limit v_k) q) >= v_k
       and pg_try_advisory_xact_lock(hashtextextended('jenjang.survey-release', p_wave)) then
      perform survey_release(p_wave);
    end if;
    return 'stored';
  end $$;

-- Handed to jenjang_auth, then granted by their owner (see 0006 for why the order matters).
grant create on schema public to jenjang_auth;
alter function survey_wave_accepting(bigint, text) owner to jenjang_auth;
alter function survey_release(bigint) owner to jenjang_auth;
alter function survey_finalize(bigint, boolean) owner to jenjang_auth;
alter function survey_inbox_count(bigint) owner to jenjang_auth;
alter function survey_submit_identified(bigint, bigint, jsonb) owner to jenjang_auth;
alter function survey_issue_ballot(bigint, bigint, bytea) owner to jenjang_auth;
alter function ballot_find(bytea) owner to jenjang_auth;
alter function survey_submit_anonymous(int, bytea, jsonb) owner to jenjang_auth;
alter function survey_submit_public(int, bigint, bytea, jsonb) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;

set local role jenjang_auth;
-- ballot_find returns the wave as well; the old lookup has no caller left.
drop function ballot_find_tenant(bytea);
revoke execute on function survey_wave_accepting(bigint, text), survey_release(bigint),
  survey_finalize(bigint, boolean), survey_inbox_count(bigint), survey_submit_identified(bigint, bigint, jsonb),
  survey_issue_ballot(bigint, bigint, bytea), ballot_find(bytea), survey_submit_anonymous(int, bytea, jsonb),
  survey_submit_public(int, bigint, bytea, jsonb) from public;
grant execute on function survey_release(bigint), survey_finalize(bigint, boolean), survey_inbox_count(bigint),
  survey_submit_identified(bigint, bigint, jsonb), survey_issue_ballot(bigint, bigint, bytea), ballot_find(bytea),
  survey_submit_anonymous(int, bytea, jsonb), survey_submit_public(int, bigint, bytea, jsonb) to jenjang_app;
reset role;
