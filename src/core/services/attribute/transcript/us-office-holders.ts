/**
 * Who held the U.S. offices a White House transcript labels without a name ("THE PRESIDENT:", "The Vice
 * President."), by date: public record, inauguration to inauguration.
 */
const PRESIDENTS: [from: string, name: string][] = [
  ['1933-03-04', 'Franklin D. Roosevelt'],
  ['1945-04-12', 'Harry S. Truman'],
  ['1953-01-20', 'Dwight D. Eisenhower'],
  ['1961-01-20', 'John F. Kennedy'],
  ['1963-11-22', 'Lyndon B. Johnson'],
  ['1969-01-20', 'Richard Nixon'],
  ['1974-08-09', 'Gerald Ford'],
  ['1977-01-20', 'Jimmy Carter'],
  ['1981-01-20', 'Ronald Reagan'],
  ['1989-01-20', 'George H. W. Bush'],
  ['1993-01-20', 'Bill Clinton'],
  ['2001-01-20', 'George W. Bush'],
  ['2009-01-20', 'Barack Obama'],
  ['2017-01-20', 'Donald Trump'],
  ['2021-01-20', 'Joe Biden'],
  ['2025-01-20', 'Donald Trump']
]

const VICE_PRESIDENTS: [from: string, name: string][] = [
  ['1981-01-20', 'George H. W. Bush'],
  ['1989-01-20', 'Dan Quayle'],
  ['1993-01-20', 'Al Gore'],
  ['2001-01-20', 'Dick Cheney'],
  ['2009-01-20', 'Joe Biden'],
  ['2017-01-20', 'Mike Pence'],
  ['2021-01-20', 'Kamala Harris'],
  ['2025-01-20', 'JD Vance']
]

/** Until the next inauguration of this table; past it the table needs a new line, so nobody is named. */
const KNOWN_UNTIL = '2029-01-20'

/** A text from the White House or a record of presidential documents, where "The President" is the U.S. one. */
export const US_PRESIDENTIAL_SOURCE =
  /\b(?:THE WHITE HOUSE|The White House|Office of the Press Secretary|whitehouse\.gov|(?:Weekly|Daily) Compilation of Presidential Documents|American Presidency Project|presidency\.ucsb\.edu|James S\. Brady Press Briefing Room|Oval Office|Air Force One|Press Gaggle|Public Papers of the Presidents)\b/

/** The holder of the U.S. presidency or vice presidency on `date` (YYYY-MM-DD…), or null when unknown. */
export function usOfficeHolder(office: 'president' | 'vice president', date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null
  const day = date.slice(0, 10)
  if (day >= KNOWN_UNTIL) return null
  const table = office === 'president' ? PRESIDENTS : VICE_PRESIDENTS
  let holder: string | null = null
  for (const [from, name] of table) if (day >= from) holder = name
  return holder
}
