-- Organisation management by admins (issue 7): units close instead of disappearing, and the
-- kinds of units and positions become closed lists the app can validate and translate.
--
-- unit.closed_on: the day the closure took effect (a decree is often entered after it, so it may
--   lie in the past, never in the future). A closed unit keeps its row for ever: employees'
--   history, survey answers and the audit log refer to it. Closing closes its whole subtree and
--   moves its employees elsewhere in the same transaction, so a closed unit holds nobody.
--   Sibling names stay unique including closed units (unit_name_per_parent): an import naming a
--   closed unit then finds it, and is told it is closed, instead of silently re-creating it.
alter table unit add column closed_on date;

alter table unit add constraint unit_kind_known check (kind in (
  'opd', 'sekretariat', 'inspektorat', 'dinas', 'badan', 'kecamatan', 'kelurahan', 'rsud', 'sudin',
  'kota_administrasi', 'kabupaten_administrasi', 'bagian', 'subbagian', 'bidang', 'seksi', 'upt', 'unit'));

-- UU 20/2023 kinds and PermenPANRB 1/2023 jenjang (domain/position.ts); only a fungsional position
-- has a jenjang. A kind may still be unknown: old files name a struktural post without its eselon.
alter table position add constraint position_kind_known check (kind is null or kind in (
  'jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'));
alter table position add constraint position_level_known check (level is null or (kind = 'fungsional' and level in (
  'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama', 'pemula', 'terampil', 'mahir', 'penyelia')));

-- Whether the person still works for the government: 'nonaktif' (retired, moved away, deceased)
-- keeps the record for history but leaves survey audiences and pickers.
alter table employee add constraint employee_status_known check (status in ('aktif', 'nonaktif'));
