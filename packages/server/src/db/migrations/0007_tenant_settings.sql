-- Settings of each government that used to be fixed for all.
-- time_zone: WIB, WITA or WIT (Keppres 41/1987). Survey windows, reminders, the day an answer
--   counts for and every date shown to its people follow it.
-- ikm_weight / ikm_round_decimals: how its IKM reports weigh the nine elements. PermenPANRB
--   14/2017 says 1/9 each; many governments' past reports use 0.111 and round the weighted NRR to
--   two or three decimals, so nine 4s make 99.9. A government comparing with its own past reports
--   chooses; every report states which convention it used (DOMAIN.md §5).
-- demo: created by the demo loader. Outside demo mode these governments' accounts cannot sign in
--   with the published demo password, and the start says they are there.
-- kind 'nasional': the home of national (or provincial) viewers, who read aggregates across
--   governments and nothing else; it holds no employees.
alter table tenant
  add column time_zone text not null default 'Asia/Jakarta'
    check (time_zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
  add column ikm_weight text not null default 'exact' check (ikm_weight in ('exact', '0.111')),
  add column ikm_round_decimals smallint check (ikm_round_decimals in (2, 3)),
  add column demo boolean not null default false;

alter table tenant drop constraint tenant_kind_check;
alter table tenant add constraint tenant_kind_check check (kind in ('provinsi', 'kabupaten', 'kota', 'nasional'));
