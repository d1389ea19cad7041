// The content model as the validator hands it on: plain, typed records with ids and derived years.
import type {
  Chapter,
  Direction,
  Goal,
  Owner,
  Plan,
  Redirect,
  Region,
  SiteInfo,
  PlacesFile,
  Term,
  VocabularyEntry,
} from '../schemas/index.ts';
import type { Years } from './timeframe.ts';

export interface DirectionEntry extends Direction {
  id: string;
}

export interface ChapterEntry extends Chapter {
  id: string;
  plan: string;
  /** Path of the MDX file, relative to the content root. */
  file: string;
}

export interface GoalEntry extends Goal {
  plan: string;
  file: string;
  line: number;
  /** Parsed timeframe; null when the goal has none or it could not be parsed. */
  years: Years | null;
}

export interface PlanEntry extends Plan {
  id: string;
  /** The introduction's MDX file, relative to the content root, if the plan has one. */
  introFile: string | null;
  introTitle: string | null;
  chapters: ChapterEntry[];
  goals: GoalEntry[];
}

export interface ContentModel {
  regions: Region[];
  owners: Owner[];
  directions: DirectionEntry[];
  plans: PlanEntry[];
  redirects: Redirect[];
  /** Compound words and their parts for search (content/search-vocabulary.yaml); absent in hand-built models. */
  vocabulary?: VocabularyEntry[];
  /** Facts about the site itself (content/site.yaml); null or absent when the content has none. */
  site?: SiteInfo | null;
  /** Counties and municipalities with their healthcare regions (content/places.yaml), when the file is valid. */
  places?: PlacesFile;
  /** Terms and abbreviations of the plans (content/terms.yaml). */
  terms?: Term[];
}
