// A state's own bodies named without their state ("the Defence Ministry", "the General Staff"):
// in home copy they are the dateline state's, and after "the Belarusian Defence Ministry" they are
// that one. Left bare they would make one node of every country's defence ministry. Their labels
// with the state come from names.stateBodyLabel.

/** Canonical cores (see names.canonicalCore) of bodies every state has one of. */
const STATE_BODIES = new Set([
  'general staff', 'armed forces', 'parliament', 'cabinet', 'council of ministers', 'supreme court', 'constitutional court',
  'central bank', 'presidential administration', 'foreign office', 'prosecutor general\'s office', 'border service',
]);

/** The staff of an armed service, named for the service it heads ("Chief of Naval Staff" heads the navy). */
export const SERVICE_STAFFS: ReadonlyMap<string, string> = new Map([['naval staff', 'navy'], ['air staff', 'air force'], ['army staff', 'army']]);

/** True when `core` names a body of a state that the text left unqualified ("ministry of defence", "general staff"). */
export function isStateBodyCore(core: string): boolean {
  return STATE_BODIES.has(core) || SERVICE_STAFFS.has(core) || /^ministry of [a-z]/.test(core);
}
