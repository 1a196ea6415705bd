-- Survey administration (issue 7): surveys can be archived, and invitees hear of a wave when its
-- window opens rather than when an admin schedules it.

-- An archived survey leaves the default list and takes no new wave; its results stay readable.
-- Only surveys with no published wave still running are archived (survey.service.ts checks it).
alter table survey
  add column archived_at timestamptz,
  add column archived_by bigint references account (id);

-- When the invitees of a published wave were told that it opens. Null: not yet, because its
-- window has not opened (a scheduled wave). The in-process ticker (invitation-ticker.ts) claims
-- due waves with FOR UPDATE SKIP LOCKED and sets this in the same transaction as the
-- notifications, so each wave is announced once however many server processes tick.
alter table survey_wave add column invitations_sent_at timestamptz;
-- Every wave published before this migration was announced when it was published.
update survey_wave set invitations_sent_at = coalesce(opened_at, now()) where status <> 'draft';
create index survey_wave_invitations_due on survey_wave (opens_at)
  where status = 'open' and invitations_sent_at is null;

-- The ticker runs before any tenant is known: this tells it which governments have a wave whose
-- window has opened and whose invitees have not been told. Tenant ids only, nothing of the waves.
create function survey_invitations_due_tenants()
  returns setof int
  language sql stable security definer set search_path = public
  as $$
    select distinct w.tenant_id from survey_wave w
    where w.status = 'open' and w.invitations_sent_at is null
      and w.opens_at <= clock_timestamp() and w.closes_at > clock_timestamp()
  $$;

-- Handed to jenjang_auth (which may read survey_wave: public_lookup of 0005), then granted by its
-- owner (see 0006 for why the order matters).
grant create on schema public to jenjang_auth;
alter function survey_invitations_due_tenants() owner to jenjang_auth;
revoke create on schema public from jenjang_auth;

set local role jenjang_auth;
revoke execute on function survey_invitations_due_tenants() from public;
grant execute on function survey_invitations_due_tenants() to jenjang_app;
reset role;
