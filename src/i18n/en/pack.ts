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
};
