import type { RoleString, ScopeSetting } from './types.js';

/** Every scope the engine knows, as in CE.SDK. */
export const ALL_SCOPES = Object.freeze([
  'layer/move', 'layer/resize', 'layer/rotate', 'layer/flip', 'layer/crop', 'layer/opacity', 'layer/blendMode',
  'layer/visibility', 'layer/clipping', 'fill/change', 'fill/changeType', 'stroke/change', 'shape/change',
  'text/edit', 'text/character', 'appearance/adjustments', 'appearance/filter', 'appearance/effect',
  'appearance/blur', 'appearance/shadow', 'appearance/animation', 'lifecycle/destroy', 'lifecycle/duplicate',
  'editor/add', 'editor/select',
] as const);

/** A scope name. */
export type Scope = (typeof ALL_SCOPES)[number];

const KNOWN_SCOPES: ReadonlySet<string> = new Set(ALL_SCOPES);

/** Whether a string is a known scope. */
export function isKnownScope(scope: unknown): scope is Scope {
  return typeof scope === 'string' && KNOWN_SCOPES.has(scope);
}

/** Roles the engine accepts. */
export const ROLES: readonly RoleString[] = Object.freeze(['Creator', 'Adopter', 'Viewer']);

/**
 * The global scope settings a role starts with. `setRole` resets the global scopes to these;
 * `setGlobalScope` afterwards refines them.
 * - Creator: everything 'Allow' (block scopes are ignored: creators lock content for adopters).
 * - Adopter: everything 'Defer' (the block's own scope flags decide).
 * - Viewer: everything 'Deny' except selecting.
 */
export function globalScopesForRole(role: RoleString): Map<string, ScopeSetting> {
  const settings = new Map<string, ScopeSetting>();
  for (const scope of ALL_SCOPES) {
    let setting: ScopeSetting;
    if (role === 'Creator') setting = 'Allow';
    else if (role === 'Adopter') setting = 'Defer';
    else setting = scope === 'editor/select' ? 'Allow' : 'Deny';
    settings.set(scope, setting);
  }
  return settings;
}
