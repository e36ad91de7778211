/** Boolean cells: true/false and yes/no in lower, upper or title case. Not 1/0 or T/F, which are ambiguous with numbers and codes. */
export function parseBoolean(s: string): 1 | 0 | undefined {
  switch (s) {
    case 'true':
    case 'TRUE':
    case 'True':
    case 'yes':
    case 'YES':
    case 'Yes':
      return 1;
    case 'false':
    case 'FALSE':
    case 'False':
    case 'no':
    case 'NO':
    case 'No':
      return 0;
    default:
      return undefined;
  }
}
