-- Anonymous staff input in consultation rounds (issue 9), with the guarantee of anonymous survey
-- answers (docs/privacy.md, "Anonymous consultation input"): nothing the application role can read
-- links an anonymous comment or proposal to the employee who wrote it — no column, transaction id,
-- storage order, id or time.
--
-- 1. Eligibility and input are two steps. Signed in, an invited employee takes a ballot: the hash of
--    a random token, with the round and a keyed hash of (round, account) — its author key — in
--    consultation_ballot. The input then comes without a session with the token: one statement burns
--    the ballot and puts the input, with the author key, in consultation_inbox.
-- 2. The application role has no privilege on either table; it writes and counts them only through
--    the SECURITY DEFINER functions below, owned by jenjang_auth. A restrictive policy keeps every
--    other role, the tables' owner included, out of their rows.
-- 3. Once the inbox holds input of at least k distinct authors (k: the round's min_group_size, set
--    from SURVEY_MIN_GROUP_SIZE when it opened, never below 3), one statement moves all of it into
--    consultation_comment in random order, with random ids, dated with the batch's day (midnight on
--    the government's clock), with no author (source 'anonymous'). The author keys leave with the
--    inbox rows. One author
--    posting k inputs does not make a batch: k distinct people do.
-- 4. When a round stops taking input (closed, its window passed, or its policy moved on), a last
--    batch of k or more authors is released and what still waits is withheld for good: deleted, its
--    number kept in consultation_round.withheld.

-- The public as an invited group: on the transparency page of a published policy, citizens read the
-- draft while the round runs and send input without an account (held until an official response).
alter table consultation_round
  add column invites_public boolean not null default false,
  add column allows_anonymous boolean not null default false,
  add column min_group_size int not null default 5 check (min_group_size >= 3),
  add column withheld int not null default 0 check (withheld >= 0);

do $$
declare c text;
begin
  select conname into c from pg_constraint
    where conrelid = 'consultation_round'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%invites_partners%';
  execute format('alter table consultation_round drop constraint %I', c);
end $$;
alter table consultation_round add constraint consultation_round_audience
  check (invites_employees or invites_leaders or invites_partners or invites_public);

-- Where input came from: an account (identified), invited staff without their name (anonymous), or
-- a citizen on the transparency page (public). Only identified input keeps an author.
alter table consultation_comment
  alter column author_id drop not null,
  add column source text not null default 'identified' check (source in ('identified', 'anonymous', 'public')),
  add constraint consultation_comment_author check ((author_id is null) = (source <> 'identified'));

-- The queues: no timestamps, no identity, no foreign keys of their own (only the functions below
-- write them, after checking the round). Vacuumed often, so the dead versions of released input
-- leave the disk sooner.
create table consultation_ballot (
  token_hash bytea not null,
  tenant_id int not null,
  round_id bigint not null,
  author_key bytea not null,
  primary key (token_hash, tenant_id)
);
create index consultation_ballot_author on consultation_ballot (tenant_id, round_id, author_key);

create table consultation_inbox (
  id uuid not null default gen_random_uuid(),
  tenant_id int not null,
  round_id bigint not null,
  author_key bytea not null,
  provision_id bigint,
  quote text,
  kind text not null,
  body text not null,
  primary key (id, tenant_id)
);
create index consultation_inbox_round on consultation_inbox (tenant_id, round_id);
alter table consultation_ballot set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200);
alter table consultation_inbox set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 200);

do $$
declare t text;
begin
  foreach t in array array['consultation_ballot', 'consultation_inbox']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                   'with check (tenant_id = current_tenant_id())', t);
    execute format('create policy definer_only on %I as restrictive for all to public '
                   'using (current_user = ''jenjang_auth'') with check (current_user = ''jenjang_auth'')', t);
  end loop;
end $$;

-- The sessionless step finds its ballot before the tenant is known (consultation_ballot_find).
create policy ballot_lookup on consultation_ballot for select to jenjang_auth using (true);

revoke all on consultation_ballot, consultation_inbox from jenjang_app;
grant select, insert, delete on consultation_ballot, consultation_inbox to jenjang_auth;
grant select on consultation_round, policy to jenjang_auth;
grant update (withheld) on consultation_round to jenjang_auth;
grant insert on consultation_comment to jenjang_auth;

-- Whether a round takes anonymous input at p_now (the server's clock, as for identified input): the
-- current tenant's, allowing it, not closed, before its end, its policy under consultation. The time
-- decides only whether input is taken, never what anyone may read.
create function consultation_anonymous_accepting(p_round bigint, p_now timestamptz)
  returns boolean
  language sql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select exists (
      select 1 from consultation_round r join policy p on p.id = r.policy_id and p.tenant_id = r.tenant_id
      where r.id = p_round and r.tenant_id = current_tenant_id() and r.allows_anonymous
        and r.closed_at is null and p_now < r.closes_at and p.state = 'consultation')
  $$;

-- Step 1 (signed in; the service checked the invitation): stores a ballot. At most 10 of one
-- author's ballots and inputs wait at a time. Returns 'issued', 'closed' or 'limit'.
create function consultation_issue_ballot(p_round bigint, p_author_key bytea, p_token_hash bytea, p_now timestamptz)
  returns text
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  begin
    perform pg_advisory_xact_lock(hashtextextended('jenjang.consultation-release', p_round));
    if not consultation_anonymous_accepting(p_round, p_now) then
      return 'closed';
    end if;
    if (select count(*) from consultation_ballot
         where tenant_id = current_tenant_id() and round_id = p_round and author_key = p_author_key)
       + (select count(*) from consultation_inbox
           where tenant_id = current_tenant_id() and round_id = p_round and author_key = p_author_key) >= 10 then
      return 'limit';
    end if;
    insert into consultation_ballot (token_hash, tenant_id, round_id, author_key)
      values (p_token_hash, current_tenant_id(), p_round, p_author_key);
    return 'issued';
  end $$;

-- Step 2 arrives without a session: the tenant and round of a ballot, nothing else, so the input
-- can be checked against the round's draft before the ballot is burnt.
create function consultation_ballot_find(p_token_hash bytea)
  returns table (tenant_id int, round_id bigint)
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$ select b.tenant_id, b.round_id from consultation_ballot b where b.token_hash = p_token_hash $$;

-- Step 2: burns the ballot and puts the input in the inbox, in one statement of its own (the tenant
-- is set for it only). Serialised with the round's release and close. Returns 'stored', 'closed'
-- or 'used'.
create function consultation_submit_anonymous(
  p_tenant int, p_token_hash bytea, p_provision bigint, p_quote text, p_kind text, p_body text, p_now timestamptz)
  returns text
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  declare
    v_round bigint;
    v_author bytea;
  begin
    perform set_config('jenjang.tenant_id', p_tenant::text, true);
    select b.round_id into v_round from consultation_ballot b
      where b.token_hash = p_token_hash and b.tenant_id = p_tenant;
    if not found then
      return 'used';
    end if;
    perform pg_advisory_xact_lock(hashtextextended('jenjang.consultation-release', v_round));
    if not consultation_anonymous_accepting(v_round, p_now) then
      return 'closed';
    end if;
    delete from consultation_ballot where token_hash = p_token_hash and tenant_id = p_tenant
      returning author_key into v_author;
    if not found then
      return 'used';
    end if;
    insert into consultation_inbox (tenant_id, round_id, author_key, provision_id, quote, kind, body)
      values (p_tenant, v_round, v_author, p_provision, p_quote, p_kind, p_body);
    return 'stored';
  end $$;

-- Moves a round's waiting input into consultation_comment once it holds input of at least k
-- distinct authors: all of it in one statement, in random order, with random ids (above any the
-- identity hands out, within JavaScript's safe integers), dated with the batch's day, with no
-- author. k comes from the round, never from the caller. Returns how many moved.
create function consultation_release(p_round bigint)
  returns int
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  declare
    v_k int;
    v_zone text;
    v_day timestamptz;
    v_moved int := 0;
  begin
    perform pg_advisory_xact_lock(hashtextextended('jenjang.consultation-release', p_round));
    select greatest(r.min_group_size, 3), t.time_zone into v_k, v_zone
      from consultation_round r join tenant t on t.id = r.tenant_id
      where r.id = p_round and r.tenant_id = current_tenant_id();
    if not found then
      return 0;
    end if;
    if (select count(distinct author_key) from consultation_inbox
         where tenant_id = current_tenant_id() and round_id = p_round) < v_k then
      return 0;
    end if;
    v_day := ((now() at time zone v_zone)::date)::timestamp at time zone v_zone;
    with taken as (
      delete from consultation_inbox where tenant_id = current_tenant_id() and round_id = p_round
      returning tenant_id, provision_id, quote, kind, body
    )
    insert into consultation_comment (id, tenant_id, round_id, provision_id, quote, kind, body,
                                      author_id, source, created_at)
      overriding system value
      select 4503599627370496 + floor(random() * 4503599627370495)::bigint, tenant_id, p_round,
             provision_id, quote, kind, body, null, 'anonymous', v_day
      from taken order by random();
    get diagnostics v_moved = row_count;
    return v_moved;
  end $$;

-- Ends a round's anonymous input once it no longer takes input (closed, its window passed, its
-- policy moved on): releases a last batch of k or more authors, then withholds what still waits
-- for good. Returns the round's withheld count, or null while the round still takes input.
create function consultation_finalize(p_round bigint, p_now timestamptz)
  returns int
  language plpgsql volatile security definer set search_path = pg_catalog, public, pg_temp
  as $$
  declare
    v_gone int;
    v_withheld int;
  begin
    perform pg_advisory_xact_lock(hashtextextended('jenjang.consultation-release', p_round));
    if not exists (select 1 from consultation_round where id = p_round and tenant_id = current_tenant_id()) then
      return null;
    end if;
    if consultation_anonymous_accepting(p_round, p_now) then
      return null;
    end if;
    perform consultation_release(p_round);
    delete from consultation_ballot where tenant_id = current_tenant_id() and round_id = p_round;
    with gone as (
      delete from consultation_inbox where tenant_id = current_tenant_id() and round_id = p_round returning 1
    )
    select count(*)::int into v_gone from gone;
    if v_gone > 0 then
      update consultation_round set withheld = withheld + v_gone
        where id = p_round and tenant_id = current_tenant_id();
    end if;
    select r.withheld into v_withheld from consultation_round r
      where r.id = p_round and r.tenant_id = current_tenant_id();
    return v_withheld;
  end $$;

-- Handed to jenjang_auth (which needs CREATE on the schema for that, briefly), then granted by it.
grant create on schema public to jenjang_auth;
alter function consultation_anonymous_accepting(bigint, timestamptz) owner to jenjang_auth;
alter function consultation_issue_ballot(bigint, bytea, bytea, timestamptz) owner to jenjang_auth;
alter function consultation_ballot_find(bytea) owner to jenjang_auth;
alter function consultation_submit_anonymous(int, bytea, bigint, text, text, text, timestamptz) owner to jenjang_auth;
alter function consultation_release(bigint) owner to jenjang_auth;
alter function consultation_finalize(bigint, timestamptz) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;

set local role jenjang_auth;
revoke execute on function consultation_anonymous_accepting(bigint, timestamptz), consultation_issue_ballot(bigint, bytea, bytea, timestamptz),
  consultation_ballot_find(bytea), consultation_submit_anonymous(int, bytea, bigint, text, text, text, timestamptz),
  consultation_release(bigint), consultation_finalize(bigint, timestamptz) from public;
grant execute on function consultation_issue_ballot(bigint, bytea, bytea, timestamptz), consultation_ballot_find(bytea),
  consultation_submit_anonymous(int, bytea, bigint, text, text, text, timestamptz), consultation_release(bigint),
  consultation_finalize(bigint, timestamptz) to jenjang_app;
reset role;
