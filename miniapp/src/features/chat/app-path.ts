/**
 * An `open` button's path inside this app: the chatbot names "/units/{unit}/procedures/{code}"
 * (so the OA can deep-link any unit); inside the app the current unit's is "/procedures/{code}".
 */
export function appPath(path: string, unit: string): string {
  const prefix = `/units/${unit}`;
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}
