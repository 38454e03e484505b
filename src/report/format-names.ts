// The --format names of every command, in the order help lists them: light, so that registering a command (its
// choices and help) loads no formatter. test/report/format-names.test.ts holds each list equal to its registry.

/** `qcc check`: table first, the default on a terminal. */
export const CHECK_FORMATS = ['table', 'json', 'junit', 'markdown', 'github', 'html', 'sarif'] as const;
/** `qcc validate`. */
export const VALIDATION_FORMATS = ['table', 'json', 'github', 'junit', 'sarif'] as const;
/** `qcc gaps`: the first is the default when neither --format nor -o's extension says. */
export const GAP_LIST_FORMATS = ['xlsx', 'markdown', 'csv'] as const;
/** `qcc diff`. */
export const DIFF_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
/** `qcc rules list`. */
export const RULES_FORMATS = ['table', 'json', 'markdown'] as const;
