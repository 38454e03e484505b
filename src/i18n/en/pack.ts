// English texts of rule packs and profiles: schema words and data settings: keys pack.*.
import type { pack as zh } from '../zh/pack.js';

export const pack: Record<keyof typeof zh, string> = {
  'pack.schema.top-level': 'the top level',
  'pack.schema.type.string': 'text',
  'pack.schema.type.number': 'a number',
  'pack.schema.type.integer': 'a whole number',
  'pack.schema.type.boolean': 'true or false',
  'pack.schema.type.object': 'a mapping',
  'pack.schema.type.array': 'a list',
  'pack.schema.type.or': ' or ',
  'pack.profile.data.blank': 'it is only spaces',
  'pack.profile.data.unsupported': '{part} is not supported; write each alternative as its own list entry',
  'pack.yaml-error.ALIAS_PROPS': 'an alias (*name) cannot carry an anchor (&) or a tag (!)',
  'pack.yaml-error.BAD_ALIAS': 'an alias (*name) refers to no anchor (&)',
  'pack.yaml-error.BAD_DIRECTIVE': 'a directive starting with % is not recognised',
  'pack.yaml-error.BAD_DQ_ESCAPE':
    'a backslash (\\) escape inside double quotes is not valid; put paths and text with backslashes in single quotes',
  'pack.yaml-error.BAD_INDENT': 'the indentation is wrong: items of one level line up, indented with spaces',
  'pack.yaml-error.BAD_PROP_ORDER': 'the anchor (&) and the tag (!) are in the wrong place',
  'pack.yaml-error.BAD_SCALAR_START': 'this value starts with a character that needs quotes (such as @, ` or %)',
  'pack.yaml-error.BLOCK_AS_IMPLICIT_KEY':
    'a block is read as a key: most likely a colon is missing on the line above, or the indentation is wrong',
  'pack.yaml-error.BLOCK_IN_FLOW': 'a block cannot start inside { } or [ ]',
  'pack.yaml-error.DUPLICATE_KEY': 'the same key appears twice at this level',
  'pack.yaml-error.IMPOSSIBLE': 'this cannot be parsed',
  'pack.yaml-error.KEY_OVER_1024_CHARS': 'a key is over 1024 characters long; most likely a colon is missing',
  'pack.yaml-error.MISSING_CHAR':
    'a character is missing: the dash (-) before a list item, a space after a colon, or a closing quote or bracket',
  'pack.yaml-error.MULTILINE_IMPLICIT_KEY':
    'a key cannot span lines: most likely a colon or a closing quote is missing',
  'pack.yaml-error.MULTIPLE_ANCHORS': 'a value can have only one anchor (&)',
  'pack.yaml-error.MULTIPLE_DOCS': 'the file holds two YAML documents (an extra --- line); keep one',
  'pack.yaml-error.MULTIPLE_TAGS': 'a value can have only one tag (!)',
  'pack.yaml-error.NON_STRING_KEY': 'a key must be text',
  'pack.yaml-error.RESOURCE_EXHAUSTION': 'the content grows too large when its aliases are expanded',
  'pack.yaml-error.TAB_AS_INDENT': 'a tab is used for indentation; use spaces',
  'pack.yaml-error.TAG_RESOLVE_FAILED': 'the tag (!) is not recognised',
  'pack.yaml-error.UNEXPECTED_TOKEN': 'a character is out of place here: check colons, dashes (-) and quotes',
  'pack.yaml-error.BAD_COLLECTION_TYPE': 'a list or a map is written in a way YAML does not allow',
};
