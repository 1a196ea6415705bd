-- Events (issue 8): the outbox of domain events and their deliveries to queued subscribers.
-- A service publishes inside its own transaction: the event and one delivery per queued
-- subscriber commit with the change or not at all. Any server process then claims due deliveries
-- (FOR UPDATE SKIP LOCKED), runs the subscriber and marks the delivery in one transaction, so a
-- process killed between commit and delivery loses nothing: the delivery is still pending.

create table domain_event (
  tenant_id int not null references tenant (id),
  id uuid not null,
  type text not null,
  version int not null check (version > 0),
  -- No foreign key: an event is a fact about the past, kept as it was published.
  actor_account_id bigint,
  payload jsonb not null,
  occurred_at timestamptz not null,
  primary key (tenant_id, id)
);

create table event_delivery (
  tenant_id int not null,
  event_id uuid not null,
  -- The subscriber's stable name (platform/events/subscriber.ts): with event_id the key that
  -- makes a delivery happen once.
  subscriber text not null,
  -- pending: due at next_attempt_at; delivered; failed: gave up after its attempts, shown to
  -- admins until one retries it.
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null,
  last_error text,
  delivered_at timestamptz,
  primary key (tenant_id, event_id, subscriber),
  foreign key (tenant_id, event_id) references domain_event (tenant_id, id) on delete cascade
);
create index event_delivery_due on event_delivery (next_attempt_at) where status = 'pending';
create index event_delivery_unsettled on event_delivery (tenant_id, status) where status <> 'delivered';

select jenjang_tenant_table('domain_event', 'select, insert, delete');
select jenjang_tenant_table('event_delivery');

-- The dispatcher runs before any tenant is known: this tells it which governments have a
-- delivery due by `due_by` (the dispatcher's clock), or an event delivered everywhere that
-- occurred before `delivered_before` (to be forgotten). Tenant ids only, nothing of the events.
create index domain_event_occurred on domain_event (occurred_at);
create policy dispatcher_lookup on event_delivery for select to jenjang_auth using (true);
create policy dispatcher_lookup on domain_event for select to jenjang_auth using (true);
grant select on event_delivery, domain_event to jenjang_auth;

create function event_delivery_due_tenants(due_by timestamptz, delivered_before timestamptz)
  returns setof int
  language sql stable security definer set search_path = pg_catalog, public, pg_temp
  as $$
    select d.tenant_id from event_delivery d
    where d.status = 'pending' and d.next_attempt_at <= due_by
    union
    select e.tenant_id from domain_event e
    where e.occurred_at < delivered_before
      and not exists (select from event_delivery d
                      where d.tenant_id = e.tenant_id and d.event_id = e.id and d.status <> 'delivered')
  $$;

-- Handed to jenjang_auth, then granted by its owner (see 0006 for why the order matters).
grant create on schema public to jenjang_auth;
alter function event_delivery_due_tenants(timestamptz, timestamptz) owner to jenjang_auth;
revoke create on schema public from jenjang_auth;

set local role jenjang_auth;
revoke execute on function event_delivery_due_tenants(timestamptz, timestamptz) from public;
grant execute on function event_delivery_due_tenants(timestamptz, timestamptz) to jenjang_app;
reset role;
