/**
 * The words of a starter program file (`cohort init`) in one language: the
 * comments that explain each key, and example values (names, titles, columns,
 * reasons).
 */

/** Comment text per key; each is wrapped into `# ` lines by the template. */
export interface StarterComments {
  intro: string;
  illustrative: string;
  id: string;
  name: string;
  owner: string;
  provider: string;
  summary: string;
  audience: string;
  status: string;
  locale: string;
  country: string;
  intake: string;
  illustrativeKey: string;
  credits: string;
  fee: string;
  application: string;
  format: string;
  modules: string;
  components: string;
  applicants: string;
  fields: string;
  eligibility: string;
  seats: string;
  quotas: string;
  unfilled: string;
  spread: string;
  ranking: string;
  ties: string;
  requirements: string;
  competencies: string;
}

export interface StarterValues {
  name: string;
  owner: string;
  provider: string;
  summary: string;
  audience: string;
  how: string;
  duration: string;
  feeNote: string;
  location: string;
  /** Titles of the three dated gatherings. */
  modules: [string, string, string];
  /** The first is a mentor group, the second an improvement project. */
  components: [StarterComponent, StarterComponent];
  applicantId: string;
  columns: {
    name: string;
    sector: string;
    region: string;
    leaderSince: string;
    nominated: string;
    attestation: string;
    score: string;
  };
  /** Two quota groups: ids are slugs, used as enum values and quota ids. */
  sectors: [{ id: string; label: string }, { id: string; label: string }];
  regions: [string, string, string, string];
  reasons: { leaderYear: string; nomination: string };
  requirements: [{ id: string; text: string }, { id: string; text: string }];
  /** The word module ids are made of: samling-1, samling-2. */
  moduleWord: string;
}

export interface StarterComponent {
  id: string;
  title: string;
  description: string;
}

export interface StarterWords {
  comments: StarterComments;
  values: StarterValues;
}
