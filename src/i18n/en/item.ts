// English texts of an item's measure, scope and basis confidence: keys item.*.
import type { item as zh } from '../zh/item.js';

export const item: Record<keyof typeof zh, string> = {
  'item.measure.rate': 'rate',
  'item.measure.count': 'count',
  'item.measure.amount': 'amount',
  'item.measure.index': 'index',
  'item.measure.rank': 'rank',
  'item.measure.grade': 'grade',
  'item.measure.yes-no': 'yes/no',
  'item.measure.events': 'events',
  'item.scope.city': 'city',
  'item.scope.district': 'each district; the districts share the points',
  'item.scope.all': 'the city and each district; scored on the city-wide figure, district figures counted only',
  'item.confidence.confirmed': 'confirmed (national document)',
  'item.confidence.city-practice': 'creation-city practice',
  'item.confidence.plan': "the plan's text",
  'item.confidence.inferred': 'inferred (tailor to your city)',
};
