import type { CodersView, ViewScope } from '../../../../shared/api'

/** The choices of whose codings to show, for the coder menu: everyone's, mine, then each other coder's. */
export function scopeChoices(view: CodersView): { show: ViewScope['show']; label: string }[] {
  const others = view.coders
    .filter((c) => c.id !== view.current?.id)
    .sort((a, b) => a.name.localeCompare(b.name))
  return [
    { show: 'all', label: 'Everyone’s codings' },
    { show: 'mine', label: 'Only mine' },
    ...others.map((c) => ({ show: c.id, label: `Only ${c.name}’s` }))
  ]
}

/** What the top bar says beside the coder when views do not show everyone's codings; null when they do. */
export function scopeLabel(scope: ViewScope, view: CodersView): string | null {
  if (scope.blind) return 'Blind'
  if (scope.show === 'all') return null
  if (scope.show === 'mine') return 'Only mine'
  return `Only ${view.coders.find((c) => c.id === scope.show)?.name ?? 'one coder'}’s`
}
