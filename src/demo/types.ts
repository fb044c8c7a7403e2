// Shapes of the demo data set: plain data keyed by unit codes, loaded by the store.
import type { Evaluation, KeyProject, UnitLevel } from '../domain/types.js';
import type { Role } from '../domain/access.js';

export interface DemoUnit {
  code: string;
  name: string;
  shortName: string | null;
  type: string;
  level: UnitLevel;
  parentCode: string | null;
  fromYear: number;
}

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
}

export type DemoEvaluation = Omit<Evaluation, 'id' | 'unit' | 'framework' | 'version' | 'totalScore' | 'grade'> & {
  unitCode: string;
  frameworkCode: string;
  /** A returned evaluation's reason (the transition history is written with it). */
  returnReason?: string;
};

/** A key project's figures for a unit and year outside any evaluation (roll-up inputs). */
export interface DemoKeyProjectValue {
  unitCode: string;
  year: number;
  project: KeyProject;
}

export interface DemoDataset {
  /** Deadlines of the demo years, as days after the day the demo is loaded: a fixed date was
   *  "已逾期 1225 天" a few years on. */
  deadlines?: { year: number; level: string; daysAfterLoad: number }[];
  units: DemoUnit[];
  users: DemoUser[];
  evaluations: DemoEvaluation[];
  keyProjectValues: DemoKeyProjectValue[];
}
