// The exit codes, as documented in the README and --help.
export const EXIT = {
  /** Every evaluated requirement met, or nothing at or above --fail-on. */
  ok: 0,
  /** The check found failures, or validate found data errors. */
  findings: 1,
  /** The run could not be completed: usage error, unreadable file, invalid pack or profile. */
  cannotRun: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
