/** True for an absolute http(s) URL without spaces: the only URLs kept as a source's address. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value) && URL.canParse(value)
}
