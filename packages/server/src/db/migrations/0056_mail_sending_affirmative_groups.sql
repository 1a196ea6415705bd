-- Two refinements of issue 11's first cut (0053–0055).
--
-- notification.mail_state 'sending': the sweep claims a batch of pending mail in a short transaction
-- (mail_claimed_at), sends each message outside any transaction and marks it sent on its own, so no
-- row lock is held while an SMTP server answers; a claim older than a quarter of an hour (its process
-- stopped) is pending again, and sent again: at least once.
--
-- program_application.affirmative_groups: every affirmative group of the program the applicant
-- belongs to, in the program's order. A batch reserving seats for several groups counts a member of
-- several in the first of them that it reserves for (domain affirmative.rules.ts seatGroup);
-- affirmative_group stays the group their seat counts in (or, without a seat, their first group).

alter table notification
  drop constraint notification_mail_state_check,
  add constraint notification_mail_state_check check (mail_state in ('pending', 'sending', 'sent', 'skipped')),
  add column mail_claimed_at timestamptz,
  add constraint notification_mail_claimed check ((mail_state = 'sending') = (mail_claimed_at is not null));
create index notification_mail_sending on notification (tenant_id, mail_claimed_at) where mail_state = 'sending';

-- Replaced by its owner (0055 gave it to jenjang_auth), which may create in the schema for that moment.
grant create on schema public to jenjang_auth;
set local role jenjang_auth;
create or replace function notification_mail_due_tenants()
  returns setof int
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select distinct n.tenant_id from notification n where n.mail_state in ('pending', 'sending')
  $$;
reset role;
revoke create on schema public from jenjang_auth;

alter table program_application
  add column affirmative_groups text[] not null default '{}' check (cardinality(affirmative_groups) <= 5);
update program_application set affirmative_groups = array[affirmative_group] where affirmative_group is not null;
