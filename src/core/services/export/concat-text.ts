/**
 * `parts.join(separator)`, concatenated instead: the result is not copied into one piece here but when it is
 * read, so a long export's last step does not hold the event loop for the copy.
 */
export function concatText(parts: readonly string[], separator = ''): string {
  let out = parts[0] ?? ''
  for (let i = 1; i < parts.length; i++) out += separator + parts[i]
  return out
}
