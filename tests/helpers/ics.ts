// Reads an iCalendar text back the way a calendar app does: folded lines joined (RFC 5545 §3.1), each
// event's properties by name, text values unescaped. Enough for the tests; not a general parser.

export interface IcsEvent {
  /** Property name → value, the parameters (";VALUE=DATE") left on the name. */
  properties: Map<string, string>;
  text(name: string): string | undefined;
}

export function unfoldIcs(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

/** The calendar's own properties (before the first event) and its events. */
export function parseIcs(ics: string): { header: Map<string, string>; events: IcsEvent[] } {
  const header = new Map<string, string>();
  const events: IcsEvent[] = [];
  let current: Map<string, string> | null = null;
  for (const line of unfoldIcs(ics)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      const properties = current;
      events.push({ properties, text: (key) => unescapeText(properties.get(key)) });
      current = null;
    } else if (current) current.set(name, value);
    else if (!header.has(name)) header.set(name, value);
  }
  return { header, events };
}

function unescapeText(value: string | undefined): string | undefined {
  return value?.replace(/\\([\\;,nN])/g, (_, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}
