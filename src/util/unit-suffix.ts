// How a unit follows a number: "98%" but "60 万平方米".

/** "%" and "‰" stick to the number; other units follow after a space. */
export function unitSuffix(unit: string | undefined): string {
  if (!unit) return '';
  return /^[%‰℃]$/.test(unit) ? unit : ` ${unit}`;
}
