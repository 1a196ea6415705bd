-- A running job's process touches heartbeat_at every few seconds. A job whose heartbeat has gone
-- quiet belongs to a process that died; with several server processes on one database, that is
-- how one process tells another's live job from a dead one (status alone cannot).
alter table job add column heartbeat_at timestamptz;
