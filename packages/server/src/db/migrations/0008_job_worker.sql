-- The process that runs a job writes its instance id here. A server that finds the previous server
-- of its data directory dead (its registration in <data>/run) fails that server's queued and running
-- jobs at once, instead of waiting for their heartbeat to go stale; jobs of other live processes
-- sharing the database keep the heartbeat rule.
alter table job add column worker_id text;
create index job_worker_active on job (worker_id) where status in ('queued', 'running');
