// The PDF writer's digit rule is the one both exporters share: digits in the template's shape outside Latin
// islands (names, identifiers, URLs, e-mails), quoted text included. Kept under this name so the PDF modules,
// being split on another branch, need no edit; they should import ./shared/digits-direction.ts directly.
export { shapeDigits as localDigits } from './shared/digits-direction.ts';
