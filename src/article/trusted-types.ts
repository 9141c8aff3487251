/**
 * The Trusted Types side of the safety boundary (sanitize.ts): our policy, and the one script the
 * elements write (their JSON-LD).
 *
 * Trusted Types policies the bundle creates (the README must list them, so a page with
 * `require-trusted-types-for 'script'` and a `trusted-types` allow-list can admit them):
 *   - `newsprint-sanitizer` — ours, made here on the first sanitize/htmlToText call. Its
 *     `createHTML` blesses a string only while the sanitizer is parsing it into DOMPurify's inert
 *     document (`whileParsing()`), and that output never reaches a live sink. Its `createScript`
 *     blesses only a JSON object, only while `writeJsonLd()` sets the text of the
 *     `application/ld+json` script of `<newsprint-article structured-data>`. At any other time
 *     both throw; no `createScriptURL`.
 *   - `lit-html` — Lit's, created when lit-html is imported. `renderSanitized()` → `unsafeHTML()`
 *     → Lit sets a `<template>`'s innerHTML through it.
 *   - NOT `dompurify`: DOMPurify makes a policy named `dompurify` (or `dompurify#<suffix>` from a
 *     `data-tt-policy-suffix` attribute on the script that loaded it) lazily, on the first
 *     `sanitize()` call without a `TRUSTED_TYPES_POLICY` option. We always pass that option (our
 *     policy, or `null`), so it never does. Nothing else in the bundle may call DOMPurify directly.
 *   Copies: a second copy of the bundle on the same page creates both names again, which a
 *   `trusted-types` directive refuses unless it lists `'allow-duplicates'`.
 */
import type { TrustedTypePolicy, TrustedTypesWindow } from 'trusted-types/lib/index.js';
import { isObject } from './json-object.js';

/** Our Trusted Types policy's name (see the top of this file). */
export const SANITIZER_POLICY_NAME = 'newsprint-sanitizer';
/**
 * Every Trusted Types policy name the script-tag bundle creates: ours, Lit's, and the chunk
 * loader's (`scripts/chunk-loader.js`: script URLs of the build's own chunks only).
 */
export const TRUSTED_TYPES_POLICY_NAMES = [
  SANITIZER_POLICY_NAME,
  'lit-html',
  'newsprint-loader',
] as const;

/** True only while the sanitizer is inside DOMPurify (inert parsing); our policy checks it. */
let parsing = false;
/** True only while `writeJsonLd()` sets a script's text; our policy checks it. */
let writingJsonLd = false;
let policy: TrustedTypePolicy | null | undefined;

function isJsonObject(text: string): boolean {
  try {
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * Sets the text of a `<script type="application/ld+json">` the element writes about itself.
 * Script text is a Trusted Types sink (even for JSON-LD), so on a page that requires them the
 * text goes through our policy, which blesses nothing but a JSON object, and only here. Returns
 * false, writing nothing, where the page refuses our policy.
 */
export function writeJsonLd(script: HTMLScriptElement, json: string): boolean {
  if (script.type !== 'application/ld+json' || !isJsonObject(json)) return false;
  const trusted = typeof window !== 'undefined' && 'trustedTypes' in window;
  const ours = sanitizerPolicy();
  if (!ours) {
    if (trusted) return false; // the page refused the policy: it would refuse the text too
    script.text = json;
    return true;
  }
  writingJsonLd = true;
  try {
    script.text = ours.createScript(json) as unknown as string;
    return true;
  } finally {
    writingJsonLd = false;
  }
}

/**
 * Runs `parse` (DOMPurify at work for the sanitizer) with our policy blessing the HTML it parses
 * into its inert document; the flag is restored even when parsing throws.
 */
export function whileParsing<T>(parse: () => T): T {
  const previous = parsing;
  parsing = true;
  try {
    return parse();
  } finally {
    parsing = previous;
  }
}

/** No policy from now on: the server renderer's sanitizer runs where there are no Trusted Types. */
export function withoutSanitizerPolicy(): void {
  policy = null;
}

let warned = false;

/**
 * One console warning for the page, shared by the policy and the sanitizer: a page that refuses
 * our policy hears why once, not again for every piece of HTML left out because of it.
 */
export function warnOnce(message: string, cause?: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`Newsprint: ${message}`, ...(cause === undefined ? [] : [cause]));
}

/** Our Trusted Types policy, made once; `null` where Trusted Types do not exist or refuse it. */
export function sanitizerPolicy(): TrustedTypePolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory =
    typeof window === 'undefined'
      ? undefined
      : (window as Partial<TrustedTypesWindow>).trustedTypes;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      const created = factory.createPolicy(SANITIZER_POLICY_NAME, {
        createHTML(input: string): string {
          if (!parsing) throw new TypeError(`${SANITIZER_POLICY_NAME} only serves the sanitizer`);
          return input;
        },
        // Only the element's own JSON-LD (`structured-data`), only while it writes it, and only
        // a JSON object: as script text that cannot run (`{"…":` is a syntax error in JS).
        createScript(input: string): string {
          if (!writingJsonLd || !isJsonObject(input)) {
            throw new TypeError(`${SANITIZER_POLICY_NAME} only writes Newsprint's JSON-LD`);
          }
          return input;
        },
      });
      // A real TrustedTypePolicy: createScriptURL exists and throws, which is what DOMPurify's
      // shape check wants and what we want it to do.
      policy = created as unknown as TrustedTypePolicy;
    } catch (error) {
      warnOnce(
        `the Trusted Types policy "${SANITIZER_POLICY_NAME}" could not be created; add it to ` +
          "the page's trusted-types directive. Article HTML will be left out.",
        error,
      );
    }
  }
  return policy;
}
