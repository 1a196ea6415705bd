/**
 * Text for a cell of an exported spreadsheet (CSV or XLSX) that a spreadsheet program will never
 * run as a formula (OWASP "CSV injection"): text starting with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe, which shows the text as it was typed.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A cell of an export: text as spreadsheetText makes it; numbers, dates and empty cells as they are. */
export function spreadsheetCell<T>(value: T): T | string {
  return typeof value === 'string' ? spreadsheetText(value) : value;
}
