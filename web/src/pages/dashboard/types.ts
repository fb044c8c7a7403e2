// The dashboard's JSON (mirrors Dashboard in src/services/rollups.ts; amounts are exact decimal strings).
export interface ProjectFigures {
  code: string;
  target: string | null;
  actual: string | null;
  rate: string | null;
  reporting: number;
  funding: { category: string; source: string; amount: string }[];
}
export interface ChildRow {
  unitId: string;
  name: string;
  level: string;
  status: string; // an evaluation status or 'missing'
  score: string | null;
  grade: string | null;
  target: string | null;
  actual: string | null;
  rate: string | null;
  units: number;
}
export interface Dashboard {
  unit: { id: string; name: string; level: string };
  year: number;
  project: ProjectFigures;
  units: number;
  statuses: Record<string, number>;
  grades: Record<string, number>;
  children: ChildRow[];
  trend: { year: number; target: string | null; actual: string | null; rate: string | null }[];
}
export interface PublicHeadline {
  year: number;
  roots: { unitId: string; name: string; publishedUnits: number; project: ProjectFigures }[];
}
