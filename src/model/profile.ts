// Types of a city's own profile (自查配置, qcc.yaml): regions, year, overrides, exemptions, waivers.
import type { Location } from './location.js';
import type { Target } from './pack.js';

export interface Override {
  target?: Target;
  points?: number;
  reason: string;
  location: Location;
}

export interface NotApplicable {
  reason: string;
  location: Location;
}

export interface Waiver {
  item: string;
  /** Absent: every region of the item. */
  region?: string;
  reason: string;
  approver: string;
  /** ISO date, YYYY-MM-DD. */
  expires: string;
  location: Location;
}

/** One entry of data: in qcc.yaml — a file, a folder or a glob, relative to qcc.yaml's folder. */
export interface DataSetting {
  text: string;
  location: Location;
}

export interface Profile {
  /** Built-in pack id or a path to a pack folder. */
  pack?: string;
  city: string;
  districts: string[];
  year?: number;
  overrides: Record<string, Override>;
  notApplicable: Record<string, NotApplicable>;
  waivers: Waiver[];
  /** Where the submitted data is (data:), used when no files are named; absent: the data files beside qcc.yaml. */
  data?: DataSetting[];
  /** Local names of the pack's departments: pack name → local name (departments: in qcc.yaml). */
  departments?: Record<string, string>;
  /** Fixed months of the pack's phases, by phase id (phases: in qcc.yaml), YYYY-MM. */
  phases?: Record<string, { from: string; to: string }>;
  /** Default 完成时限 in the gap list, YYYY-MM-DD. */
  deadline?: string;
  /** The file it was read from; absent for the default profile. */
  file?: string;
}
