import { SKM_ELEMENT_KEYS } from '@jenjang/domain/surveys/survey-templates/skm.template';
import type { AnswerBias } from '../demo-answers';
import type { TextRecipe } from './free-text';

// How the respondents of each kind of survey tend to answer, tuned by each story: the means carry
// the story's signal, the recipes its free texts.

const SKM_PROFILE = {
  sex: { male: 45, female: 55 },
  age_band: { under_20: 4, age_20_29: 24, age_30_39: 30, age_40_49: 22, age_50_59: 14, age_60_over: 6 },
  education: {
    primary_or_less: 6,
    junior_secondary: 10,
    senior_secondary: 42,
    diploma: 12,
    bachelor: 26,
    postgraduate: 4,
  },
  occupation: { civil_servant: 12, private_employee: 30, self_employed: 28, student: 14, other: 16 },
};

/** SKM (PermenPANRB 14/2017): the mean of each element U1–U9, and what citizens write. */
export const skm = (
  u: [number, number, number, number, number, number, number, number, number],
  suggestions: TextRecipe,
): AnswerBias => ({
  means: Object.fromEntries(SKM_ELEMENT_KEYS.map((key, i) => [key, u[i]!])),
  weights: SKM_PROFILE,
  skipOptional: 0.08,
  texts: { suggestions: { share: 0.3, recipe: suggestions } },
});

/**
 * The employee satisfaction survey: promotion statements around `promotion`, equal access to
 * training around `equalTraining`, everything else around `others`; proposals as the story's.
 */
export const satisfaction = (
  promotion: number,
  others: number,
  proposals: TextRecipe,
  equalTraining = others,
): AnswerBias => {
  const matrix: Record<string, string[]> = {
    job_satisfaction: ['job_clear_duties', 'job_meaningful', 'job_workload', 'job_competence_fit', 'job_pay'],
    work_motivation: [
      'motivation_enthusiasm',
      'motivation_recognition',
      'motivation_extra_effort',
      'motivation_pride',
    ],
    career_promotion: [
      'promotion_fair_transparent',
      'promotion_merit',
      'promotion_open_information',
      'promotion_equal_chance',
      'career_path_clear',
      'career_rank_on_time',
      'career_performance_used',
    ],
    leadership_supervision: [
      'leadership_example',
      'leadership_direction',
      'leadership_feedback',
      'leadership_fairness',
      'leadership_listening',
    ],
    training_access: [
      'training_equal_access',
      'training_annual_hours',
      'training_relevant',
      'training_needs_heard',
      'training_superior_support',
    ],
    work_environment: [
      'environment_facilities',
      'environment_digital',
      'environment_safety',
      'environment_relations',
      'environment_respect',
      'environment_work_life',
    ],
  };
  const means: Record<string, number> = { overall_satisfaction: (promotion + others * 3) / 4 };
  for (const [question, statements] of Object.entries(matrix)) {
    for (const statement of statements) {
      const mean = statement.startsWith('promotion_')
        ? promotion
        : statement === 'training_equal_access'
          ? equalTraining
          : others;
      means[`${question}.${statement}`] = mean;
    }
  }
  return {
    means,
    texts: { proposals: { share: 0.25, recipe: proposals } },
  };
};

/** LAN's ability-and-need survey: the gaps (ability, need) of the story's competencies. */
export const needs = (otherWishes: TextRecipe): AnswerBias => {
  const gaps: Record<string, [number, number]> = {
    'technical_competencies.information_systems': [2.6, 4.5],
    'technical_competencies.data_analysis': [2.5, 4.3],
    'technical_competencies.public_service_standards': [2.9, 4.4],
    'technical_competencies.digital_archives': [2.6, 4.1],
    'technical_competencies.information_security': [2.4, 3.9],
    'managerial_competencies.m5_public_service': [3.1, 4.4],
    'managerial_competencies.m7_managing_change': [2.9, 4.2],
    'managerial_competencies.m4_results_orientation': [3.2, 4.0],
  };
  const means: Record<string, number> = {};
  for (const [path, [ability, need]] of Object.entries(gaps)) {
    means[`${path}.ability`] = ability;
    means[`${path}.need`] = need;
  }
  return {
    means,
    weights: {
      preferred_formats: {
        // Seed 000: seminars and workshops are what the article's ASN ask for.
        seminar_workshop: 4.5,
        e_learning: 2.5,
        technical_guidance: 2.5,
        course: 2,
        mentoring: 1.6,
        classroom_training: 1.5,
        coaching: 1,
        benchmarking: 1,
      },
      learning_method: {
        blended: 4,
        face_to_face: 3,
        online_live: 2,
        online_self_paced: 1.5,
        workplace_practice: 2,
      },
      position_kind: {
        pelaksana: 5,
        fungsional: 4,
        pengawas: 1.5,
        administrator: 0.6,
        jpt_pratama: 0.1,
        jpt_madya: 0.02,
      },
    },
    texts: { other_wishes: { share: 0.2, recipe: otherWishes } },
  };
};

/** A training's reaction evaluation: how relevant it was, whether the time sufficed, what to change. */
export const reaction = (
  relevance: number,
  texts: { suggestions: TextRecipe; applicationFirst: TextRecipe },
  time = 3.4,
): AnswerBias => ({
  level: 0.78,
  means: { material_relevance: relevance, application_intent: relevance - 0.1, time_allocation: time },
  texts: {
    suggestions: { share: 0.45, recipe: texts.suggestions },
    application_first: { share: 0.5, recipe: texts.applicationFirst },
  },
});
