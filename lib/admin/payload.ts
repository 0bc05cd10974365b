// The payload viewer shows the stored body indented. JSON.parse + stringify is only for the
// eye: the exact bytes Fintoc signed stay in rawBody, and the viewer offers them too.
export function formatPayload(rawBody: string): { text: string; formatted: boolean } {
  try {
    return { text: JSON.stringify(JSON.parse(rawBody), null, 2), formatted: true };
  } catch {
    return { text: rawBody, formatted: false };
  }
}
