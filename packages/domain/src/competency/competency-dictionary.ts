// The national competency dictionary's names (PermenPANRB 38/2017): eight managerial competencies
// and one sociocultural, shipped as reference data; technical competencies are each government's
// own, per position. The definitions and the level descriptors 1–5 are still to be added from the
// regulation's annex (DOMAIN.md §4 confirms the codes and names only; the annex writes the codes
// M.01…M.08, which is to be settled before assessments are imported by code — see
// docs/research/permenpanrb-38-2017-dictionary.md).

export const COMPETENCY_TYPES = ['manajerial', 'sosialKultural', 'teknis'] as const;
export type CompetencyType = (typeof COMPETENCY_TYPES)[number];

export interface NationalCompetency {
  code: string;
  type: Exclude<CompetencyType, 'teknis'>;
  name: { id: string; en: string };
}

/** PermenPANRB 38/2017: M.1–M.8 managerial, SK.1 sociocultural. */
export const NATIONAL_COMPETENCIES: readonly NationalCompetency[] = [
  { code: 'M.1', type: 'manajerial', name: { id: 'Integritas', en: 'Integrity' } },
  { code: 'M.2', type: 'manajerial', name: { id: 'Kerja Sama', en: 'Cooperation' } },
  { code: 'M.3', type: 'manajerial', name: { id: 'Komunikasi', en: 'Communication' } },
  { code: 'M.4', type: 'manajerial', name: { id: 'Orientasi pada Hasil', en: 'Results orientation' } },
  { code: 'M.5', type: 'manajerial', name: { id: 'Pelayanan Publik', en: 'Public service' } },
  {
    code: 'M.6',
    type: 'manajerial',
    name: { id: 'Pengembangan Diri dan Orang Lain', en: 'Developing oneself and others' },
  },
  { code: 'M.7', type: 'manajerial', name: { id: 'Mengelola Perubahan', en: 'Managing change' } },
  { code: 'M.8', type: 'manajerial', name: { id: 'Pengambilan Keputusan', en: 'Decision making' } },
  { code: 'SK.1', type: 'sosialKultural', name: { id: 'Perekat Bangsa', en: 'Nation unifier' } },
];
